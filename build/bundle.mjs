// Bundles the app with esbuild. Layer: build.
//   node build/bundle.mjs renderer   → dist/renderer/ (index.html, app.js, app.css, fonts)
//   node build/bundle.mjs electron   → dist/electron/main.cjs + preload.cjs
//   node build/bundle.mjs all        → both (default)
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = (...parts) => path.join(root, ...parts);

class BundleError extends Error {}

function requireFile(file, hint) {
  if (!existsSync(file)) throw new BundleError(`Missing ${path.relative(root, file)} — ${hint}`);
}

/** dist/renderer: the React app, its CSS and the bundled Tinos font files, plus index.html. */
export async function bundleRenderer({ quiet = false } = {}) {
  const entry = r('renderer', 'main.tsx');
  const html = r('renderer', 'index.html');
  requireFile(entry, 'the renderer entry is not written yet, so there is nothing to bundle.');
  requireFile(html, 'the renderer page (it must reference app.js and app.css) is not written yet.');
  const outdir = r('dist', 'renderer');
  // Start clean: asset names carry hashes, old ones would pile up.
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { app: entry },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome130',
    jsx: 'automatic',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    charset: 'utf8',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: quiet ? 'error' : 'warning',
  });
  await copyFile(html, path.join(outdir, 'index.html'));
  if (!quiet) console.log(`renderer → ${path.relative(root, outdir)}`);
}

/** dist/electron: the main process (CommonJS, Node) and the sandboxed preload. */
export async function bundleElectron({ quiet = false } = {}) {
  const outdir = r('dist', 'electron');
  await mkdir(outdir, { recursive: true });
  const common = { bundle: true, format: 'cjs', sourcemap: 'linked', legalComments: 'none', charset: 'utf8', logLevel: quiet ? 'error' : 'warning' };
  await build({
    ...common,
    entryPoints: [r('electron', 'main', 'main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
    // Native module and Chromium driver stay in node_modules (better-sqlite3 is unpacked from the asar).
    external: ['electron', 'better-sqlite3', 'playwright-core'],
    // Core modules written as ESM may read import.meta.url; give them this file's URL in CommonJS.
    banner: { js: 'const __kiemdiemImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__kiemdiemImportMetaUrl' },
  });
  await build({
    ...common,
    entryPoints: [r('electron', 'preload', 'preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    // A sandboxed preload runs in a browser-like context that can require only 'electron' and a few shims.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
    minify: true,
  });
  if (!quiet) console.log(`electron → ${path.relative(root, outdir)}`);
}

export async function bundle(target, options) {
  if (target === 'renderer' || target === 'all') await bundleRenderer(options);
  if (target === 'electron' || target === 'all') await bundleElectron(options);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2] ?? 'all';
  if (!['renderer', 'electron', 'all'].includes(target)) {
    console.error(`Unknown target "${target}". Use: node build/bundle.mjs renderer|electron|all`);
    process.exit(2);
  }
  try {
    await bundle(target);
  } catch (err) {
    // esbuild already printed its diagnostics; our own errors get one clear line.
    console.error(err instanceof BundleError ? `bundle: ${err.message}` : `bundle failed: ${err.message ?? err}`);
    process.exit(1);
  }
}
