// A driver of the meeting wizard in jsdom, mirroring the Chromium one (test/e2e/meeting-helpers.ts
// `Wizard`) and running the same script (test/support/wizard-script.ts): it types, picks and clicks
// what a secretary does, by the same fastest paths (the two group totals, "Hoàn thành 100 %…", the
// preset proposal confirmed by "Tiếp theo", the one-click unanimous vote fill), on the real App over the
// in-process transport. Every action is logged. Controls are found by the wizard's ids and by the text
// of buttons (cheap on the large steps, where role queries over the whole document are slow in jsdom);
// long texts are pasted, short ones typed. Also the check of the minutes against the fixture and the
// core's view. Layer: test.
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { expect } from 'vitest';
import { App } from '../../renderer/app/App';
import type { ApiClient } from '../../shared/contract/client';
import type { MeetingView } from '../../shared/meeting/types';
import { LEVEL_NAMES, type LevelCode } from '../../shared/rules/levels';
import { COLLECTIVE_PLAN, DEMO_MEMBERS, type DemoCell, type DemoMemberSpec } from '../support/meeting-fixture';
import { escapeRe, fillPreparationStep, reviewCollectiveStep, reviewMemberStep, type Action, type WizardControls } from '../support/wizard-script';

export type User = ReturnType<typeof userEvent.setup>;

/** The App on a client, with a user that does not pause between keystrokes (jsdom has no one to wait for). */
export function renderFastApp(client: ApiClient) {
  const user = userEvent.setup({ delay: null });
  const view = render(createElement(App, { client }));
  return { user, ...view };
}

/** What a button is called: its aria-label, else its text (hidden helper text included, as for a screen reader). */
function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The one button in `scope` with that name (exact text, or a pattern). */
export function button(name: string | RegExp, scope: ParentNode = document): HTMLButtonElement {
  const matches = [...scope.querySelectorAll('button')].filter((b) => (typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b))));
  if (matches.length !== 1) throw new Error(`${matches.length} buttons named ${String(name)}`);
  return matches[0]!;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Drives the meeting wizard; every user action is logged. `user` and `cell` change after a restart. */
export class Wizard {
  readonly actions: Action[] = [];
  constructor(
    public user: User,
    public cell: DemoCell,
  ) {}

  private log(kind: Action['kind'], what: string) {
    this.actions.push({ kind, what });
  }

  async click(target: HTMLElement, what: string) {
    await this.user.click(target);
    this.log('click', what);
  }

  /** Replaces the text of a box: typed when short, pasted when long; then Tab (leaving the box saves it). */
  async fill(target: HTMLElement, value: string, what: string) {
    const box = target as HTMLInputElement | HTMLTextAreaElement;
    if (box.value !== '') await this.user.clear(box);
    if (value.length <= 12) await this.user.type(box, value);
    else {
      await this.user.click(box);
      await this.user.paste(value);
    }
    await this.user.tab();
    this.log('fill', what);
  }

  async select(target: HTMLElement, option: { label: string } | { value: string }, what: string) {
    const select = target as HTMLSelectElement;
    const value = 'value' in option ? option.value : [...select.options].find((o) => o.text === option.label)?.value;
    if (value === undefined) throw new Error(`${what}: no option "${'label' in option ? option.label : ''}"`);
    await this.user.selectOptions(select, value);
    this.log('select', what);
  }

  async check(target: HTMLElement, what: string) {
    if (!(target as HTMLInputElement).checked) await this.user.click(target);
    this.log('check', what);
  }

  /** An element by id (the wizard's ids contain ':' — `member:<id>-…`). */
  byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const el = document.getElementById(id);
    if (!el) throw new Error(`no element #${id} on "${this.stepTitle()}"`);
    return el as T;
  }
  /** The shared wizard script's way to the controls (test/support/wizard-script.ts). */
  readonly controls: WizardControls = {
    fill: (id, value, what) => this.fill(this.byId(id), value, what),
    select: (id, option, what) => this.select(this.byId(id), option, what),
    check: (id, what) => this.check(this.byId(id), what),
    clickButton: (name, what) => this.click(button(name), what),
    has: async (id) => document.getElementById(id) !== null,
    value: async (id) => this.byId<Field>(id).value,
    present: async (selector) => document.querySelector(selector) !== null,
    waitPresent: (selector) => waitFor(() => expect(document.querySelector(selector)).not.toBeNull(), { timeout: 15_000 }),
    waitValue: (id, value) => waitFor(() => expect(this.byId<Field>(id).value).toBe(value), { timeout: 15_000 }),
    saved: () => this.saved(),
  };


  /** The step title "Bước n / N — …". */
  stepTitle(): string {
    return (document.getElementById('mtg-step-title')?.textContent ?? '').trim();
  }

  async waitStep(title: RegExp | string): Promise<string> {
    const re = typeof title === 'string' ? new RegExp(`^Bước \\d+ / \\d+ — ${escapeRe(title)}`) : title;
    await waitFor(() => expect(this.stepTitle()).toMatch(re), { timeout: 15_000 });
    return this.stepTitle();
  }

  /** Waits until every pending save is done ("Đã lưu lúc hh:mm"); fails on "Chưa lưu được". */
  async saved(): Promise<void> {
    let refused: string | null = null;
    await waitFor(
      () => {
        const text = (document.querySelector('.mtg-save')?.textContent ?? '').trim();
        if (/^Chưa lưu được/.test(text)) refused = text;
        else expect(text).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
      },
      { timeout: 15_000 },
    );
    if (refused) throw new Error(`a field was refused: ${refused}`);
  }

  /** What the step still lists as missing (empty when it is complete). */
  problems(): string[] {
    const region = document.querySelector('.mtg-problems');
    return region ? [...region.querySelectorAll('li')].map((li) => (li.textContent ?? '').trim()) : [];
  }

  /** Waits until the step says it is complete ("✓ Bước này đã đủ"), else fails with what is missing. */
  async complete(): Promise<void> {
    await this.saved();
    try {
      await waitFor(() => expect(document.querySelector('.mtg-complete')).not.toBeNull(), { timeout: 10_000 });
    } catch {
      throw new Error(`step "${this.stepTitle()}" is not complete; still missing: ${this.problems().join(' | ')}`);
    }
  }

  /** "Tiếp theo →" and the next step's title. */
  async next(): Promise<string> {
    const before = this.stepTitle();
    await this.click(button(/^Tiếp theo/), 'Tiếp theo →');
    let refusal: string | null = null;
    await waitFor(
      () => {
        refusal = document.querySelector('.mtg-step-error')?.textContent ?? null;
        if (refusal) return;
        expect(this.stepTitle()).not.toBe(before);
        expect(this.stepTitle()).not.toBe('');
      },
      { timeout: 15_000 },
    );
    if (refusal) throw new Error(`"Tiếp theo" refused on "${before}": ${refusal}`);
    return this.stepTitle();
  }

  // ------------------------------------------------------------------------------------ the steps

  async preparation(): Promise<void> {
    await fillPreparationStep(this.controls, this.cell);
  }

  /** The row (fieldset) of a member in the attendance step. */
  attendanceRow(fullName: string): HTMLFieldSetElement {
    const row = [...document.querySelectorAll('fieldset.mtg-att-group')].find((f) => (f.querySelector('legend')?.textContent ?? '').startsWith(`${fullName} —`));
    if (!row) throw new Error(`no attendance row for ${fullName}`);
    return row as HTMLFieldSetElement;
  }

  async attendance(members: readonly DemoMemberSpec[]): Promise<void> {
    for (const m of members) {
      if (m.attendance === null || m.attendance === 'present') continue;
      const choice = m.attendance === 'absent-excused' ? 'Vắng có lý do' : 'Vắng không có lý do';
      const radio = [...this.attendanceRow(m.fullName).querySelectorAll('label')].find((l) => l.textContent === choice)!.querySelector('input')!;
      await this.check(radio, `${m.fullName}: vắng`);
      if (m.absenceReason) await this.fill(this.byId(`att-${this.cell.ids[m.key]}-reason`), m.absenceReason, `Lý do vắng — ${m.fullName}`);
    }
    await this.saved();
    await this.click(button(/^Đánh dấu \d+ đồng chí chưa điểm danh là “Có mặt”$/), 'Đánh dấu … là “Có mặt”');
  }

  async collective(): Promise<Record<string, string>> {
    return reviewCollectiveStep(this.controls, this.cell);
  }

  /** One member's step; returns the values typed by field id (to compare after a restart). */
  async member(key: string, options: { scoreBy?: 'criteria' | 'groups' } = {}): Promise<Record<string, string>> {
    return reviewMemberStep(this.controls, this.cell, key, options);
  }

  /** The values now in the fields (by id). */
  values(ids: readonly string[]): Record<string, string> {
    return Object.fromEntries(ids.map((id) => [id, this.byId<Field>(id).value]));
  }

  /** The vote card of a subject (`collective` or `member:<id>`). */
  voteCard(sk: string): HTMLElement {
    return this.byId(`${sk}-vote-title`).closest('article')!;
  }

  /**
   * One vote round for a subject in the "votes" (or "collective vote") step. A hand vote where every
   * present voter backs the proposal uses the one-click fill unless `shortcut` is false. Resolves once the
   * round is recorded: with a result badge, or — `expectRevote` — with the call for a new round.
   */
  async vote(
    sk: string,
    name: string,
    vote: { mode: 'hand' | 'ballot'; votes: Partial<Record<LevelCode, number>>; ballots?: { issued: number; returned: number; invalid: number } },
    presentVoters: number,
    options: { round?: number; shortcut?: boolean; expectRevote?: boolean } = {},
  ): Promise<void> {
    const round = options.round ?? 1;
    const form = this.byId(`vote-${sk}-title`).closest<HTMLElement>('.mtg-vote-form')!;
    expect(form.querySelector('h4')!.textContent).toBe(`Nhập kết quả biểu quyết vòng ${round} — ${name}`);
    const box = (suffix: string) => this.byId(`vote-${sk}-${suffix}`);
    const levels = Object.entries(vote.votes).filter(([, n]) => n! > 0) as [LevelCode, number][];
    const unanimous = vote.mode === 'hand' && levels.length === 1 && levels[0]![1] === presentVoters;
    if (vote.mode === 'ballot') {
      const radio = [...form.querySelectorAll('label')].find((l) => l.textContent === 'Bỏ phiếu kín')!.querySelector('input')!;
      await this.check(radio, 'Bỏ phiếu kín');
      await this.fill(box('issued'), String(vote.ballots!.issued), 'Số phiếu phát ra');
      await this.fill(box('returned'), String(vote.ballots!.returned), 'Số phiếu thu về');
      await this.fill(box('invalid'), String(vote.ballots!.invalid), 'Số phiếu không hợp lệ');
    }
    if (unanimous && options.shortcut !== false) {
      await this.click(button(`Điền: cả ${presentVoters} đồng chí nhất trí mức đề xuất`, form), 'Điền: cả … nhất trí mức đề xuất');
    } else {
      for (const [level, n] of levels) await this.fill(box(level), String(n), `Số phiếu ${level}`);
    }
    await this.click(button(`Ghi kết quả vòng ${round}`, form), `Ghi kết quả vòng ${round}`);
    const card = () => this.voteCard(sk);
    const refusal = () => [...card().querySelectorAll('.form-alert')].map((a) => a.textContent).join(' | ');
    await waitFor(
      () => {
        if (refusal()) throw new Error(`the vote on ${name} was refused: ${refusal()}`);
        if (options.expectRevote) expect(card().textContent).toContain(`Nhập kết quả biểu quyết vòng ${round + 1}`);
        else expect(card().querySelector('.mtg-vote-badge')).not.toBeNull();
      },
      { timeout: 10_000 },
    );
  }

  /** Adds one remediation item to the plan of a subject (`collective` or `member:<id>`). */
  async remediation(sk: string, title: string, item: { content: string; measure: string; deadline: string }): Promise<void> {
    const section = this.byId(`${sk}-rem-title`).closest('section')!;
    expect(section.querySelector('h3')!.textContent).toBe(title);
    await this.click(button('+ Thêm mục khắc phục', section), '+ Thêm mục khắc phục');
    await this.fill(this.byId(`${sk}-rem-0-content`), item.content, 'Hạn chế cần khắc phục');
    await this.fill(this.byId(`${sk}-rem-0-measure`), item.measure, 'Biện pháp');
    await this.fill(this.byId(`${sk}-rem-0-deadline`), item.deadline, 'Thời hạn');
  }
}

/** Section III's block of each reviewed member, in the order of business (split on "n. "). */
export function memberBlocks(text: string): string[] {
  const section = text.slice(text.indexOf('III. KIỂM ĐIỂM, XẾP LOẠI ĐẢNG VIÊN'), text.indexOf('IV. KẾT QUẢ ĐỀ NGHỊ XẾP LOẠI ĐẢNG VIÊN'));
  return section.split(/\n(?=\d+\. )/).slice(1);
}

/**
 * The minutes on screen against the fixture (the outcomes the demo chi bộ must give) and the core's view
 * of the meeting: every present member, every vote count of every round, the computed levels and the
 * proposals, and the chi bộ's own vote.
 */
export function checkMinutes(text: string, cell: DemoCell, view: MeetingView, order: readonly string[]): void {
  const present = DEMO_MEMBERS.filter((m) => m.attendance === 'present').map((m) => m.fullName);
  expect(present).toHaveLength(13);
  expect(view.members.filter((m) => m.attendance === 'present').map((m) => m.fullName).sort()).toEqual([...present].sort());
  const presentLine = text.split('\n').find((l) => l.trim().startsWith('Có mặt:'));
  expect(presentLine, 'the "Có mặt:" line of the minutes').toBeTruthy();
  for (const name of present) expect(presentLine).toContain(name);
  expect(text).toContain('Vắng có lý do: đồng chí Lý Thị Hương — Ốm, đang điều trị tại bệnh viện huyện.');
  expect(text).not.toContain('Dương Văn Bình, ');

  const blocks = memberBlocks(text);
  expect(blocks).toHaveLength(order.length);
  for (const [i, key] of order.entries()) {
    const m = cell.spec(key);
    const block = blocks[i]!;
    const subject = view.members.find((x) => x.memberId === cell.ids[key])!.subject!;
    expect(block.split('\n')[0]).toContain(m.fullName);
    // The outcomes the fixture expects, and what the core computed: the same.
    expect(subject.assessment.computed?.level ?? null, m.fullName).toBe(m.expectedComputed);
    expect(subject.votes.result, m.fullName).toBe(m.expectedVoted);
    if (m.expectedComputed) expect(block, m.fullName).toContain(`Mức tính theo quy định: "${LEVEL_NAMES[m.expectedComputed]}".`);
    else expect(block, m.fullName).toContain('Mức tính theo quy định: quy định chưa có mức cho trường hợp này');
    expect(block, m.fullName).toContain(`Chi ủy đề xuất: "${LEVEL_NAMES[m.review!.proposedLevel]}".`);
    // Every round the core recorded, with every count; the last one is the fixture's vote.
    expect(subject.votes.rounds.length, m.fullName).toBeGreaterThan(0);
    for (const round of subject.votes.rounds) {
      expect(block, `${m.fullName}: round ${round.round}`).toContain(`Biểu quyết vòng ${round.round} — `);
      for (const [level, n] of Object.entries(round.votes)) {
        if (n) expect(block, `${m.fullName}: round ${round.round}, ${level} ${n}`).toMatch(new RegExp(`- ${escapeRe(LEVEL_NAMES[level as LevelCode])}: ${n} phiếu, `));
      }
    }
    const last = subject.votes.rounds.at(-1)!;
    expect(Object.fromEntries(Object.entries(last.votes).filter(([, n]) => n > 0)), m.fullName).toEqual(m.review!.vote.votes);
    if (m.review!.vote.mode === 'ballot') {
      const b = m.review!.vote.ballots;
      expect(block).toContain(`phiếu phát ra ${b.issued}, thu về ${b.returned}, hợp lệ ${b.returned - b.invalid}, không hợp lệ ${b.invalid}`);
    }
    expect(block, m.fullName).toContain(`Thông qua mức "${LEVEL_NAMES[m.expectedVoted!]}".`);
  }
  // The chi bộ's own vote.
  const collective = text.slice(text.indexOf('II. KIỂM ĐIỂM TẬP THỂ CHI BỘ'), text.indexOf('III. KIỂM ĐIỂM'));
  expect(collective).toMatch(/- Hoàn thành tốt nhiệm vụ: 12 phiếu, /);
  expect(view.collective.votes.result).toBe(COLLECTIVE_PLAN.proposedLevel);
}

/** The subject key of a member (`member:<id>`), as the wizard's ids spell it. */
export const memberKey = (cell: DemoCell, key: string): string => `member:${cell.ids[key]!}`;
