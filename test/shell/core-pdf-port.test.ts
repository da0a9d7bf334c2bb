// The core prints through the PDF renderer injected at openCore (what the Electron shell does with
// its hidden-window adapter): `print.pdf` and a `print.batchStart` job use the injected factory,
// open one renderer each, close it, and a renderer that cannot start is a `printer-unavailable`
// refusal. No Chromium here: the fake renderer returns a tiny one-page PDF. Layer: test.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfRendererUnavailableError, type PdfRenderer, type PdfRendererFactory, type PdfRendererOptions } from '../../electron/core/print/pdf-renderer';
import { pdfPageCount } from '../../electron/core/print/pdf-merge';
import { openTempCore, unwrap, type TempCore } from '../support/temp-core';
import { seedFixture, type Fixture } from '../print/support';

/** A classic one-page PDF 1.4 with a correct xref table. */
function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.92 842.88] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const log = { opened: [] as (PdfRendererOptions | undefined)[], rendered: [] as string[], closed: 0 };
const fakeFactory: PdfRendererFactory = async (options) => {
  log.opened.push(options);
  const renderer: PdfRenderer = {
    parallel: 1,
    render: async (html) => {
      log.rendered.push(html);
      return tinyPdf();
    },
    close: async () => {
      log.closed++;
    },
  };
  return renderer;
};

let t: TempCore;
let fx: Fixture;
const out = mkdtempSync(path.join(os.tmpdir(), 'kiemdiem-core-pdf-'));

beforeAll(async () => {
  expect(pdfPageCount(tinyPdf())).toBe(1);
  t = openTempCore({ pdfRenderer: fakeFactory });
  fx = await seedFixture(t);
});
afterAll(() => {
  t?.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('the core uses the injected PDF renderer', () => {
  it('print.pdf renders the form HTML with it and closes it', async () => {
    log.opened.length = 0;
    log.rendered.length = 0;
    log.closed = 0;
    const r = unwrap(await t.client.call('print.pdf', { form: 'member-sheet', year: 2026, subject: { kind: 'member', id: fx.memberId } }));
    expect(r.pages).toBe(1);
    expect(Buffer.from(r.base64!, 'base64').subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(log.opened).toHaveLength(1);
    expect(log.rendered).toHaveLength(1);
    expect(log.rendered[0]).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(log.rendered[0]).toContain('@page{size:210mm 297mm');
    expect(log.closed).toBe(1);
  });

  it('a batch opens one renderer for all its documents', async () => {
    log.opened.length = 0;
    log.rendered.length = 0;
    log.closed = 0;
    const { jobId, total } = unwrap(await t.client.call('print.batchStart', { form: 'member-sheet', year: 2026, orgId: fx.cellId, out, combined: false, format: 'pdf' }));
    let status = unwrap(await t.client.call('print.batchStatus', { jobId }));
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      status = unwrap(await t.client.call('print.batchStatus', { jobId }));
    }
    expect(status.state).toBe('done');
    expect(total).toBeGreaterThan(1);
    expect(log.opened).toEqual([{ pages: 2 }]);
    expect(log.rendered).toHaveLength(total);
    expect(log.closed).toBe(1);
    expect(readdirSync(out)).toHaveLength(total);
  });

  it('a renderer that cannot start is a printer-unavailable refusal', async () => {
    const broken = openTempCore({ pdfRenderer: () => Promise.reject(new PdfRendererUnavailableError('Không mở được cửa sổ in PDF: hỏng')) });
    try {
      const f = await seedFixture(broken);
      const r = await broken.client.call('print.pdf', { form: 'member-sheet', year: 2026, subject: { kind: 'member', id: f.memberId } });
      expect(r).toMatchObject({ ok: false, error: { code: 'printer-unavailable', message: expect.stringContaining('cửa sổ in PDF') } });
    } finally {
      broken.cleanup();
    }
  });
});
