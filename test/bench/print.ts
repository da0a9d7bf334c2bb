// Benchmark `print`: batch printing of a 1 500-member demo commune — the confirmation sheet of every
// member, one PDF each — through our pipeline (load the register once, build each model, render HTML,
// Chromium prints, page count, atomic write), against Chromium alone printing the same static HTML
// strings (setContent + pdf on one page) in the same run. Figures: pages per second of both and our
// share of the raw rate (goal ≥ 50 %, issue 5), plus the time of the whole batch. Layer: test (benchmarks).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../db/open';
import { generateDemoCommune } from '../../electron/core/demo/generate-demo';
import { openCore } from '../../electron/core/core';
import { planBatch, runBatch, type BatchRequest } from '../../electron/core/print/batch';
import { buildFromData } from '../../electron/core/print/build-form';
import { bundledFontCss } from '../../electron/core/print/fonts';
import { CHROMIUM_ARGS } from '../../electron/core/print/pdf';
import { pdfPageCount } from '../../electron/core/print/pdf-merge';
import { renderHtml } from '../../shared/documents/render-html';
import { browserAvailable, chromiumPath } from '../support/browser';
import { tempDir } from '../support/temp-dir';

const MEMBERS = 1500;
/** Documents Chromium prints alone for the raw rate (a rate: a sample is enough). */
const RAW_SAMPLE = 300;

export async function benchPrint(): Promise<Record<string, number>> {
  if (!browserAvailable()) throw new Error('Cần Chromium (CHROMIUM_PATH) để chạy benchmark print.');
  const dir = tempDir('kiemdiem-bench-print-');
  try {
    const dbPath = join(dir, 'kiemdiem.sqlite');
    const db = openDatabase(dbPath);
    generateDemoCommune(db, { members: MEMBERS, seed: 1, year: 2026, now: new Date('2026-11-21T00:00:00Z') });
    db.close();
    const core = openCore({ dbPath, shell: 'test', now: () => new Date('2026-11-21T09:00:00+07:00') });
    const years = await core.dispatch('year.list', {});
    if (years.ok && !(years.value as { year: number }[]).some((y) => y.year === 2026)) await core.dispatch('year.create', { year: 2026 });
    core.close();

    const handle = openDatabase(dbPath);
    const req: BatchRequest = { form: 'member-sheet', year: 2026, out: join(dir, 'out'), combined: false, format: 'pdf' };
    const t0 = performance.now();
    const plan = await planBatch(handle.kysely, req);
    const planSeconds = (performance.now() - t0) / 1000;
    let reports = 0;
    const result = await runBatch(plan, req, {
      today: '2026-11-21',
      onProgress: ({ done, total }) => {
        reports++;
        if (done % 250 === 0 || done === total) process.stderr.write(`print: ${done}/${total}\n`);
      },
    });
    const oursSeconds = planSeconds + result.seconds;

    // The same static HTML, printed by Chromium alone.
    const fontCss = bundledFontCss();
    const htmls = plan.subjects.slice(0, RAW_SAMPLE).map((s) => renderHtml(buildFromData(plan.data, req.form, s.subject, { today: '2026-11-21' }).document, { fontCss }));
    handle.close();
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
    // Two baselines: one page printing at a time, and two pages at once as our batch does (BATCH_PAGES in
    // print/batch.ts), so the share is not flattered by our concurrency.
    const rawRun = async (pages: number) => {
      const tabs = await Promise.all(Array.from({ length: pages }, () => browser.newPage()));
      let printed = 0;
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        tabs.map(async (tab) => {
          for (let i = next++; i < htmls.length; i = next++) {
            await tab.setContent(htmls[i]!);
            printed += pdfPageCount(await tab.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      await Promise.all(tabs.map((tab) => tab.close()));
      return printed / seconds;
    };
    const raw = await rawRun(1);
    const rawTwo = await rawRun(2);
    await browser.close();

    const ours = result.pages / oursSeconds;
    const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
    return {
      members: result.total,
      documents: result.done,
      pages: result.pages,
      progressReports: reports,
      batchSeconds: round(oursSeconds),
      loadSeconds: round(planSeconds, 2),
      oursPagesPerSecond: round(ours),
      rawPagesPerSecond: round(raw),
      oursShareOfRawPercent: round((ours / raw) * 100, 0),
      rawTwoAtOncePagesPerSecond: round(rawTwo),
      oursShareOfRawTwoAtOncePercent: round((ours / rawTwo) * 100, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
