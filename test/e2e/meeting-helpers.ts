// Helpers of the meeting journey (test/e2e/meeting-journey.test.ts) and the meeting benchmark
// (test/bench/meeting.ts): a typed API client over the browser-mode server's HTTP API (to seed the demo
// chi bộ), and a driver of the meeting wizard in Chromium that types what a secretary types — each
// click, fill, choice and tick is logged, so the benchmark counts user actions with the very code the
// journey runs. What is entered at each step is the shared script of test/support/wizard-script.ts.
// Layer: test.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createClient, type ApiClient } from '../../shared/contract/client';
import type { MeetingView } from '../../shared/meeting/types';
import { LEVEL_NAMES, type LevelCode } from '../../shared/rules/levels';
import { DEMO_CELL_NAME, must, type DemoCell, type DemoMemberSpec } from '../support/meeting-fixture';
import type { RunningServer } from '../support/web-server';
import { escapeRe, fillPreparationStep, reviewCollectiveStep, reviewMemberStep, type Action, type WizardControls } from '../support/wizard-script';
import { SCREENSHOT_DIR } from './journey-helpers';

export const MEETING_SHOTS = join(SCREENSHOT_DIR, 'meeting');

export function meetingShotPath(name: string): string {
  mkdirSync(MEETING_SHOTS, { recursive: true });
  return join(MEETING_SHOTS, name);
}

/** Every process under `pid` (Linux /proc), children first in depth order. */
function descendants(pid: number): number[] {
  let kids: number[];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return kids.flatMap((k) => [k, ...descendants(k)]);
}

function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * A power cut: SIGKILL to the server process itself. `RunningServer.stop('SIGKILL')` alone kills only
 * the tsx launcher (test/support/web-server.ts spawns `node tsx/cli.mjs main.ts`, and tsx runs the
 * server in a child process), which leaves the real server running with the database open. So the
 * processes under the launcher are killed first, then the launcher; returns the server's pids once
 * they are all gone. With `required`, fails when there was no server process to kill.
 */
export async function killServerTree(server: RunningServer, required = true): Promise<number[]> {
  const pids = descendants(server.process.pid!);
  if (required && pids.length === 0) throw new Error(`no server process under the launcher ${server.process.pid}`);
  for (const pid of [...pids].reverse()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await server.stop('SIGKILL');
  const deadline = Date.now() + 10_000;
  while (pids.some(alive)) {
    if (Date.now() > deadline) throw new Error(`server processes still alive after SIGKILL: ${pids.filter(alive).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return pids;
}

/** The API of a running browser-mode server, with the token its index.html carries. */
export async function httpClient(baseUrl: string): Promise<ApiClient> {
  const html = await (await fetch(baseUrl)).text();
  const token = /<meta name="kiemdiem-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`no kiemdiem-token meta in ${baseUrl}`);
  return createClient({
    call: async (method, input) => {
      const res = await fetch(`${baseUrl}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiemdiem-token': token },
        body: JSON.stringify(input),
      });
      return res.json();
    },
  });
}





/** Drives the meeting wizard; every user action is logged (the benchmark counts them). */
export class Wizard {
  readonly actions: Action[] = [];
  constructor(
    readonly page: Page,
    public cell: DemoCell,
  ) {}

  private log(kind: Action['kind'], what: string) {
    this.actions.push({ kind, what });
  }

  async click(target: Locator, what: string) {
    await target.click();
    this.log('click', what);
  }

  async fill(target: Locator, value: string, what: string) {
    await target.fill(value);
    this.log('fill', what);
  }

  async select(target: Locator, option: { label: string } | { value: string }, what: string) {
    await target.selectOption(option);
    this.log('select', what);
  }

  async check(target: Locator, what: string) {
    await target.check();
    this.log('check', what);
  }

  /** An element by id (the wizard's ids contain ':' — `member:<id>-…` — so no CSS #id). */
  byId(id: string): Locator {
    return this.page.locator(`[id="${id}"]`);
  }

  /** The shared wizard script's way to the controls (test/support/wizard-script.ts). */
  readonly controls: WizardControls = {
    fill: (id, value, what) => this.fill(this.byId(id), value, what),
    select: (id, option, what) => this.select(this.byId(id), option, what),
    check: (id, what) => this.check(this.byId(id), what),
    clickButton: (name, what) => this.click(this.page.getByRole('button', { name }), what),
    has: async (id) => (await this.byId(id).count()) > 0,
    value: (id) => this.byId(id).inputValue(),
    present: async (selector) => (await this.page.locator(selector).count()) > 0,
    waitPresent: (selector) => this.page.locator(selector).first().waitFor({ timeout: 15_000 }),
    waitValue: async (id, value) => {
      const deadline = Date.now() + 15_000;
      while ((await this.byId(id).inputValue()) !== value) {
        if (Date.now() > deadline) throw new Error(`#${id} did not show ${value}`);
        await this.page.waitForTimeout(50);
      }
    },
    saved: () => this.saved(),
  };

  /** The step title "Bước n / N — …". */
  async stepTitle(): Promise<string> {
    return ((await this.page.locator('#mtg-step-title').textContent()) ?? '').trim();
  }

  async waitStep(title: RegExp | string): Promise<string> {
    const re = typeof title === 'string' ? new RegExp(`^Bước \\d+ / \\d+ — ${escapeRe(title)}`) : title;
    await this.page.getByRole('heading', { level: 2, name: re }).waitFor({ timeout: 15_000 });
    return this.stepTitle();
  }

  /** Waits until every pending save is done ("Đã lưu lúc hh:mm"); fails on "Chưa lưu được". */
  async saved(): Promise<void> {
    const status = this.page.locator('.mtg-save');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const text = ((await status.textContent()) ?? '').trim();
      if (/^Chưa lưu được/.test(text)) throw new Error(`a field was refused: ${text}`);
      if (/^Đã lưu lúc \d\d:\d\d$/.test(text)) return;
      if (Date.now() > deadline) throw new Error(`the save status did not settle: "${text}"`);
      await this.page.waitForTimeout(50);
    }
  }

  /** What the step still lists as missing (empty when it is complete). */
  async problems(): Promise<string[]> {
    const region = this.page.getByRole('region', { name: 'Còn thiếu trước khi sang bước sau' });
    if ((await region.count()) === 0) return [];
    return (await region.getByRole('listitem').allTextContents()).map((t) => t.trim());
  }

  /** Waits until the step says it is complete ("✓ Bước này đã đủ"), else fails with what is missing. */
  async complete(): Promise<void> {
    await this.saved();
    try {
      await this.page.locator('.mtg-complete').waitFor({ timeout: 10_000 });
    } catch {
      throw new Error(`step "${await this.stepTitle()}" is not complete; still missing: ${(await this.problems()).join(' | ')}`);
    }
  }

  /** "Tiếp theo →" and the next step's title. */
  async next(): Promise<string> {
    const before = await this.stepTitle();
    await this.click(this.page.getByRole('button', { name: /^Tiếp theo/ }), 'Tiếp theo →');
    const deadline = Date.now() + 15_000;
    for (;;) {
      const now = await this.stepTitle();
      if (now !== before && now !== '') return now;
      const error = this.page.locator('.mtg-step-error');
      if ((await error.count()) > 0) throw new Error(`"Tiếp theo" refused on "${before}": ${await error.textContent()}`);
      if (Date.now() > deadline) throw new Error(`"Tiếp theo" did not leave "${before}"`);
      await this.page.waitForTimeout(50);
    }
  }

  // ------------------------------------------------------------------------------------ the steps

  async preparation(): Promise<void> {
    await fillPreparationStep(this.controls, this.cell);
  }

  async attendance(members: readonly DemoMemberSpec[]): Promise<void> {
    const p = this.page;
    for (const m of members) {
      if (m.attendance === null || m.attendance === 'present') continue;
      const row = p.getByRole('group', { name: new RegExp(`^${escapeRe(m.fullName)} —`) });
      await this.check(row.getByRole('radio', { name: m.attendance === 'absent-excused' ? 'Vắng có lý do' : 'Vắng không có lý do', exact: true }), `${m.fullName}: vắng`);
      if (m.absenceReason) await this.fill(row.getByLabel(`Lý do vắng — ${m.fullName}`), m.absenceReason, `Lý do vắng — ${m.fullName}`);
    }
    await this.saved();
    await this.click(p.getByRole('button', { name: /^Đánh dấu \d+ đồng chí chưa điểm danh là “Có mặt”$/ }), 'Đánh dấu … là “Có mặt”');
  }

  async collective(): Promise<Record<string, string>> {
    return reviewCollectiveStep(this.controls, this.cell);
  }

  /** One member's step; returns the values typed by field id (to compare after a restart). `scoreBy` overrides the spec's. */
  async member(key: string, options: { scoreBy?: 'criteria' | 'groups' } = {}): Promise<Record<string, string>> {
    return reviewMemberStep(this.controls, this.cell, key, options);
  }

  async values(ids: readonly string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const id of ids) out[id] = await this.byId(id).inputValue();
    return out;
  }

  /**
   * One vote round for a subject in the "votes" (or "collective vote") step. A hand vote where every
   * present voter backs the proposal uses the one-click fill unless `shortcut` is false.
   */
  async vote(name: string, vote: { mode: 'hand' | 'ballot'; votes: Partial<Record<LevelCode, number>>; ballots?: { issued: number; returned: number; invalid: number } }, presentVoters: number, shortcut = true): Promise<void> {
    const form = this.page.getByRole('group', { name: `Nhập kết quả biểu quyết vòng 1 — ${name}`, exact: true });
    const levels = Object.entries(vote.votes).filter(([, n]) => n! > 0) as [LevelCode, number][];
    const unanimous = vote.mode === 'hand' && levels.length === 1 && levels[0]![1] === presentVoters;
    if (vote.mode === 'ballot') {
      await this.check(form.getByRole('radio', { name: 'Bỏ phiếu kín' }), 'Bỏ phiếu kín');
      await this.fill(form.getByLabel('Số phiếu phát ra', { exact: true }), String(vote.ballots!.issued), 'Số phiếu phát ra');
      await this.fill(form.getByLabel('Số phiếu thu về', { exact: true }), String(vote.ballots!.returned), 'Số phiếu thu về');
      await this.fill(form.getByLabel('Số phiếu không hợp lệ', { exact: true }), String(vote.ballots!.invalid), 'Số phiếu không hợp lệ');
    }
    if (unanimous && shortcut) {
      await this.click(form.getByRole('button', { name: `Điền: cả ${presentVoters} đồng chí nhất trí mức đề xuất` }), 'Điền: cả … nhất trí mức đề xuất');
    } else {
      for (const [level, n] of levels) await this.fill(form.getByLabel(LEVEL_NAMES[level], { exact: true }), String(n), `Số phiếu ${level}`);
    }
    await this.click(form.getByRole('button', { name: 'Ghi kết quả vòng 1' }), 'Ghi kết quả vòng 1');
    const card = this.page.locator('article.mtg-vote', { has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${escapeRe(name)}`) }) });
    try {
      await card.locator('.mtg-vote-badge').waitFor({ timeout: 10_000 });
    } catch {
      throw new Error(`the vote on ${name} was not recorded: ${(await card.locator('.form-alert').allTextContents()).join(' | ') || '(no message)'}`);
    }
  }

  /** Adds one remediation item to the plan of a subject (`collective` or `member:<id>`). */
  async remediation(sk: string, title: string, item: { content: string; measure: string; deadline: string }): Promise<void> {
    const section = this.page.locator('section.panel', { has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
    await this.click(section.getByRole('button', { name: '+ Thêm mục khắc phục' }), '+ Thêm mục khắc phục');
    await this.fill(this.byId(`${sk}-rem-0-content`), item.content, 'Hạn chế cần khắc phục');
    await this.fill(this.byId(`${sk}-rem-0-measure`), item.measure, 'Biện pháp');
    await this.fill(this.byId(`${sk}-rem-0-deadline`), item.deadline, 'Thời hạn');
  }
}

/** Opens "Hội nghị kiểm điểm" from the main navigation and starts or continues the demo cell's meeting. */
export async function enterMeeting(page: Page, action: 'Bắt đầu hội nghị kiểm điểm' | 'Tiếp tục hội nghị'): Promise<void> {
  await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('button', { name: 'Hội nghị kiểm điểm', exact: true }).click();
  await page.getByRole('heading', { name: 'Hội nghị kiểm điểm', level: 1 }).waitFor();
  await page.getByRole('button', { name: `${action} — ${DEMO_CELL_NAME}` }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Hội nghị kiểm điểm năm \\d{4} — ${DEMO_CELL_NAME}$`) }).waitFor();
}

/** Screenshot of what the user sees now (the viewport). */
export async function shootView(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: meetingShotPath(`${name}.png`) });
}

/** Screenshot of the whole page: the viewport is stretched to the height of `main.page`, which scrolls. */
export async function shootFull(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('main.page');
    return scroller ? scroller.scrollHeight + (window.innerHeight - scroller.clientHeight) : document.documentElement.scrollHeight;
  });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.min(height, 12_000)) });
  await page.screenshot({ path: meetingShotPath(`${name}.png`) });
  await page.setViewportSize(size);
}

/** Lower-case ASCII slug of a name, for file names ("Nguyễn Văn Hùng" → "nguyen-van-hung"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The meeting as the core has it (for the order of business and the counts). */
export async function meetingOf(client: ApiClient, meetingId: string): Promise<MeetingView> {
  return must(await client.call('meeting.get', { meetingId }), 'meeting.get');
}
