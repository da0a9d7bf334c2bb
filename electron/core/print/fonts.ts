// Reads the bundled Tinos woff2 files (@fontsource/tinos, latin + vietnamese subsets, regular, bold,
// italic, bold italic) once and returns them as @font-face rules with data: URLs under the layout's
// private family name, so every printed HTML is self-contained. Layer: electron/core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontFaceCss, type FontFaceSource } from '../../../shared/documents/fonts';
import { DEFAULT_LAYOUT } from '../../../shared/documents/layout';

const SUBSETS = ['latin', 'vietnamese'] as const;
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

/** The folder of the @fontsource/tinos package (resolved from this module, also inside the bundle). */
export function tinosPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@fontsource/tinos/package.json'));
}

export function loadFontSources(dir = tinosPackageDir()): FontFaceSource[] {
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const out: FontFaceSource[] = [];
  for (const subset of SUBSETS) {
    const unicodeRange = ranges[subset];
    if (!unicodeRange) throw new Error(`@fontsource/tinos has no unicode range for the ${subset} subset`);
    for (const f of FACES) {
      const file = join(dir, 'files', `tinos-${subset}-${f.weight}-${f.style}.woff2`);
      out.push({ weight: f.weight, style: f.style, unicodeRange, woff2Base64: readFileSync(file).toString('base64') });
    }
  }
  return out;
}

let cached: string | null = null;

/** The @font-face CSS of the default layout's family (read once per process). */
export function bundledFontCss(family = DEFAULT_LAYOUT.font.family): string {
  if (family !== DEFAULT_LAYOUT.font.family) return fontFaceCss(family, loadFontSources());
  cached ??= fontFaceCss(family, loadFontSources());
  return cached;
}
