// Batch printing through the core's job API and through the CLI, on a generated demo commune: progress
// reported while it runs, one PDF per member of a chi bộ, one combined PDF for the commune whose page
// numbers restart per member, cancel between documents, and CLI refusals with exit code 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { generateDemoCommune } from '../../electron/core/demo/generate-demo';
import { runCli } from '../../electron/core/cli/run-cli';
import { browserAvailable } from '../support/browser';
import { openTempCore, tempDir, unwrap, type TempCore } from '../support/temp-core';
import type { BatchStatus } from '../../shared/forms/jobs';
import { OUT, pdfFonts, pdfInfo, pdfText } from './support';

const enabled = browserAvailable();
let t: TempCore;
let cellId: string;
let cellMembers: number;
let memberId: string;

beforeAll(async () => {
  if (!enabled) return;
  const dir = tempDir('kiemdiem-print-batch-');
  const db = openDatabase(join(dir, 'kiemdiem.sqlite'));
  generateDemoCommune(db, { members: 80, cells: 10, seed: 7, year: 2026, now: new Date('2026-11-21T00:00:00Z') });
  db.close();
  t = openTempCore({ now: () => new Date('2026-11-21T09:00:00+07:00') }, dir);
  if (!unwrap(await t.client.call('year.list', {})).some((y) => y.year === 2026)) unwrap(await t.client.call('year.create', { year: 2026 }));
  const eligibility = unwrap(await t.client.call('eligibility.get', { year: 2026 }));
  const cell = eligibility.units.find((u) => u.counts.onRoll >= 5)!;
  cellId = cell.orgUnitId;
  cellMembers = cell.counts.onRoll;
  memberId = cell.members[0]!.memberId;
});
afterAll(() => t?.cleanup());

async function follow(jobId: string): Promise<{ final: BatchStatus; seen: number[] }> {
  const seen: number[] = [];
  for (;;) {
    const s = unwrap(await t.client.call('print.batchStatus', { jobId }));
    seen.push(s.done);
    if (!['running', 'cancelling'].includes(s.state)) return { final: s, seen };
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!enabled)('batch printing', () => {
  it('prints the confirmation sheet of every member of a chi bộ, one PDF each, with progress', async () => {
    const out = join(OUT, 'batch-chi-bo');
    rmSync(out, { recursive: true, force: true });
    const { jobId, total } = unwrap(await t.client.call('print.batchStart', { form: 'member-sheet', year: 2026, orgId: cellId, out }));
    expect(total).toBe(cellMembers);
    const { final, seen } = await follow(jobId);
    expect(final).toMatchObject({ state: 'done', done: total, total, error: null });
    expect(seen.some((d) => d > 0 && d < total)).toBe(true); // progress was visible while running
    expect(readdirSync(out).filter((n) => n.endsWith('.pdf'))).toHaveLength(total);
    expect(final.files).toHaveLength(total);
    for (const file of final.files.slice(0, 3)) expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('one combined PDF for the commune: pages add up, Tinos only, numbering restarts per member', async () => {
    const path = join(OUT, 'ban-kiem-diem-toan-xa.pdf');
    const { jobId, total } = unwrap(await t.client.call('print.batchStart', { form: 'blank-02', year: 2026, out: path, combined: true }));
    const { final } = await follow(jobId);
    expect(final.state).toBe('done');
    expect(final.files).toEqual([path]);
    const info = pdfInfo(path);
    expect(info.pages).toBe(final.pages);
    expect(info.size).toBe('594.96 x 841.92 pts (A4)');
    expect(new Set(pdfFonts(path).map((f) => f.name.replace(/-.*/, '')))).toEqual(new Set(['Tinos']));
    // Every member's form starts on a page without a number and with the form code.
    const firstPages = Array.from({ length: info.pages }, (_, i) => i + 1).filter((p) => /^Mẫu 02[ABC]-HD/.test(pdfText(path, p)));
    expect(firstPages).toHaveLength(total);
    expect(pdfText(path, firstPages[1]! + 1)).toMatch(/^2 /);
  });

  it('cancels between documents', async () => {
    const out = join(OUT, 'batch-huy');
    rmSync(out, { recursive: true, force: true });
    const { jobId, total } = unwrap(await t.client.call('print.batchStart', { form: 'member-sheet', year: 2026, out }));
    for (;;) {
      const s = unwrap(await t.client.call('print.batchStatus', { jobId }));
      if (s.done >= 1) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(unwrap(await t.client.call('print.batchCancel', { jobId })).state).toMatch(/cancelling|done/);
    const { final } = await follow(jobId);
    expect(final.state).toBe('cancelled');
    expect(final.done).toBeLessThan(total);
    expect(readdirSync(out)).toHaveLength(final.done);
  });

  it('refuses a relative output path and an unknown job', async () => {
    const r = await t.client.call('print.batchStart', { form: 'member-sheet', year: 2026, out: 'tuong-doi' });
    expect(!r.ok && r.error.code).toBe('invalid-path');
    const s = await t.client.call('print.batchStatus', { jobId: 'khong-co' });
    expect(!s.ok && s.error.code).toBe('not-found');
  });

  it('CLI print: one member, --all for a chi bộ with progress on stderr, refusals exit 2', async () => {
    t.core.close(); // the CLI opens the file itself
    const io = () => {
      const o = { out: '', err: '' };
      return { o, io: { stdout: (s: string) => (o.out += s), stderr: (s: string) => (o.err += s), readInput: () => '' } };
    };
    const one = io();
    const file = join(OUT, 'cli-phieu.pdf');
    expect(await runCli(['print', '--db', t.dbPath, '--form', 'member-sheet', '--member', memberId, '--year', '2026', '--out', file], one.io)).toBe(0);
    expect(JSON.parse(one.o.out)).toMatchObject({ form: 'member-sheet', path: file, format: 'pdf' });
    expect(pdfInfo(file).pages).toBeGreaterThan(0);

    const all = io();
    const folder = join(OUT, 'cli-docx');
    rmSync(folder, { recursive: true, force: true });
    expect(await runCli(['print', '--db', t.dbPath, '--form', 'blank-02', '--org', cellId, '--all', '--year', '2026', '--out', folder, '--format', 'docx'], all.io)).toBe(0);
    const summary = JSON.parse(all.o.out);
    expect(summary).toMatchObject({ state: 'done', format: 'docx' });
    expect(summary.files).toBe(summary.total);
    expect(readdirSync(folder).filter((n) => n.endsWith('.docx'))).toHaveLength(summary.total);
    expect(all.o.err).toMatch(new RegExp(`: ${summary.total}/${summary.total}\\n$`));

    for (const argv of [
      ['print', '--db', t.dbPath, '--form', 'mau-99', '--all', '--year', '2026', '--out', folder],
      ['print', '--db', t.dbPath, '--form', 'register', '--org', cellId, '--out', folder],
      ['print', '--db', t.dbPath, '--form', 'member-sheet', '--member', 'khong-co', '--year', '2026', '--out', file],
      ['print', '--db', t.dbPath, '--form', 'ballots', '--member', memberId, '--year', '2026', '--out', file],
    ]) {
      const bad = io();
      expect(await runCli(argv, bad.io), argv.join(' ')).toBe(2);
      const err = JSON.parse(bad.o.out).error;
      expect(err.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
    }
    t = openTempCore({}, t.dir); // reopen so afterAll can clean up
  });
});
