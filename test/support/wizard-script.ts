// What a secretary does in the meeting wizard, written once for both drivers — Chromium
// (test/e2e/meeting-helpers.ts, also counted by the meeting benchmark) and jsdom
// (test/renderer/meeting-driver.ts). The drivers differ only in how they reach a control and act on it,
// so each gives the script a small `WizardControls` adapter; which fields are filled, in what order and
// by which shortcut lives here. Layer: test.
import type { ReviewFormCode } from '../../shared/rules/forms';
import type { LevelCode } from '../../shared/rules/levels';
import { formatDateVi } from '../../shared/text/dates';
import { COLLECTIVE_PLAN, DEMO_DRAFT_SENT_ON, DEMO_MEETING_DATE, type DemoMemberSpec } from './demo-cell-data';
import { groupTotalsFor, scoresFor, type DemoCell } from './meeting-fixture';

/** One user action (the benchmark counts them). */
export interface Action {
  kind: 'click' | 'fill' | 'select' | 'check';
  what: string;
}

/** 8.5 → "8,5", as a Vietnamese secretary types it. */
export const typed = (n: number) => String(n).replace('.', ',');

export const formOf = (m: DemoMemberSpec): ReviewFormCode => (m.category === 'leader' ? '02A' : m.category === 'staff' ? '02B' : '02C');

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How a driver reaches the wizard's controls: by element id (the wizard's ids contain ':' —
 * `member:<id>-…`) and buttons by name. `fill`, `select`, `check` and `clickButton` are user actions
 * (logged by the driver); the rest only look or wait.
 */
export interface WizardControls {
  fill(id: string, value: string, what: string): Promise<void>;
  select(id: string, option: { label: string } | { value: string }, what: string): Promise<void>;
  check(id: string, what: string): Promise<void>;
  clickButton(name: string, what: string): Promise<void>;
  /** Whether an element with that id is on the page. */
  has(id: string): Promise<boolean>;
  /** The value of a field. */
  value(id: string): Promise<string>;
  /** Whether an element matches a CSS selector. */
  present(selector: string): Promise<boolean>;
  /** Waits until an element matches a CSS selector. */
  waitPresent(selector: string): Promise<void>;
  /** Waits until a field shows that value. */
  waitValue(id: string, value: string): Promise<void>;
  /** Waits until what was typed is saved. */
  saved(): Promise<void>;
}

/** What is entered for one subject (the collective or a member). */
export interface ReviewPlan {
  scoreRatio: number;
  scoreBy?: 'criteria' | 'groups';
  tasks: { donePct: number; latePct: number; exceededPct: number };
  disqualifiers?: string[];
  shortcomings?: string;
  comments?: { speaker: string; content: string }[];
  response?: string;
  proposedLevel: LevelCode;
  summary?: string;
}

/** The preparation step: date, time, place, chair, secretary, upper-level attendee, draft date, papers in. */
export async function fillPreparationStep(ui: WizardControls, cell: DemoCell): Promise<void> {
  const { ids } = cell;
  await ui.fill('prep-date', formatDateVi(DEMO_MEETING_DATE), 'Ngày họp');
  await ui.fill('prep-start', '7:30', 'Giờ bắt đầu');
  await ui.fill('prep-place', 'Nhà văn hóa thôn Đông Hòa', 'Địa điểm họp');
  await ui.select('prep-chair', { value: ids.hung! }, 'Đồng chí chủ trì');
  await ui.select('prep-secretary', { value: ids.minh! }, 'Thư ký hội nghị');
  await ui.fill('prep-upper', 'Đồng chí Vũ Văn Quang, Phó Bí thư Thường trực Đảng ủy xã', 'Đại biểu cấp trên');
  await ui.fill('prep-draft-date', formatDateVi(DEMO_DRAFT_SENT_ON), 'Ngày gửi dự thảo Mẫu 01');
  for (const [key, id] of Object.entries(ids)) {
    const m = cell.spec(key);
    if (!m.review) continue;
    await ui.check(`prep-${id}-self`, `Đã nhận bản tự kiểm điểm — ${m.fullName}`);
    if (m.category !== 'outside' && (await ui.has(`prep-${id}-res`))) await ui.check(`prep-${id}-res`, `Đã nhận nhận xét nơi cư trú — ${m.fullName}`);
    if (m.civilServantRating && (await ui.has(`prep-${id}-rating`))) await ui.fill(`prep-${id}-rating`, m.civilServantRating, `Xếp loại công chức — ${m.fullName}`);
  }
}

/**
 * Self-score, task figures, disqualifiers, shortcomings, comments, response, proposal — by the fastest
 * path the wizard offers: the two group totals (or, with `scoreBy: 'criteria'`, "Chấm chi tiết từng
 * tiêu chí" and every criterion), the "Hoàn thành 100 %, không chậm, không vượt mức" button when the
 * figures are 100 / 0 / 0, and no choice in the proposal box when it already shows the wanted level
 * preselected (the computed level; "Tiếp theo" then stores it). Returns the values entered by field id.
 */
export async function reviewSubject(
  ui: WizardControls,
  cell: DemoCell,
  sk: string,
  form: ReviewFormCode,
  r: ReviewPlan,
  ids: { summary: string; shortcomings: string; response: string },
): Promise<Record<string, string>> {
  const entered: Record<string, string> = {};
  const enter = async (id: string, value: string, what: string) => {
    await ui.fill(id, value, what);
    entered[id] = value;
  };
  if (r.summary) await ui.fill(ids.summary, r.summary, 'Tóm tắt báo cáo');
  if (r.shortcomings && sk === 'collective') await ui.fill(ids.shortcomings, r.shortcomings, 'Hạn chế, khuyết điểm');
  if (r.scoreBy === 'criteria') {
    const scores = await scoresFor(cell.client, cell.year, form, r.scoreRatio);
    if (!(await ui.has(`${sk}-criteria`))) await ui.clickButton('Chấm chi tiết từng tiêu chí', 'Chấm chi tiết từng tiêu chí');
    for (const [criterion, value] of Object.entries(scores)) await enter(`${sk}-score-${criterion}`, typed(value), `Điểm tự chấm ${criterion}`);
  } else {
    const totals = await groupTotalsFor(cell.client, cell.year, form, r.scoreRatio);
    for (const [group, value] of Object.entries(totals)) await enter(`${sk}-group-${group}`, typed(value), `Điểm nhóm tiêu chí (${group})`);
  }
  const t = r.tasks;
  if (t.donePct === 100 && t.latePct === 0 && t.exceededPct === 0) {
    await ui.saved();
    await ui.clickButton('Hoàn thành 100 %, không chậm, không vượt mức', 'Hoàn thành 100 %, không chậm, không vượt mức');
    for (const field of Object.keys(t)) entered[`${sk}-tasks-${field}`] = String(t[field as keyof typeof t]);
    // The button saves the three figures at once; the boxes show them when the core has them.
    await ui.waitValue(`${sk}-tasks-donePct`, '100');
  } else {
    for (const [field, value] of Object.entries(t)) await enter(`${sk}-tasks-${field}`, String(value), `Tỷ lệ nhiệm vụ (${field})`);
  }
  for (const code of r.disqualifiers ?? []) await ui.check(`${sk}-dq-${code}`, `Trường hợp KHTNV: ${code}`);
  if (r.shortcomings && sk !== 'collective') await enter(ids.shortcomings, r.shortcomings, 'Hạn chế, khuyết điểm');
  for (const [i, c] of (r.comments ?? []).entries()) {
    await ui.clickButton('+ Thêm ý kiến góp ý', '+ Thêm ý kiến góp ý');
    await ui.select(`${sk}-c-${i}-who`, { label: cell.spec(c.speaker).fullName }, 'Người góp ý');
    await enter(`${sk}-c-${i}-text`, c.content, 'Nội dung góp ý');
  }
  if (r.response) await enter(ids.response, r.response, 'Tiếp thu, giải trình');
  await ui.saved();
  // The level the rules computed (it is what the proposal box shows preselected).
  await ui.waitPresent('section.mtg-computed .mtg-level');
  const proposal = `${sk}-proposed`;
  const shown = (await ui.present('section.mtg-proposal .mtg-preset')) && (await ui.value(proposal)) === r.proposedLevel;
  if (!shown) await ui.select(proposal, { value: r.proposedLevel }, 'Đề xuất xếp loại');
  entered[proposal] = r.proposedLevel;
  return entered;
}

/** The collective's step (Mẫu 01): the per-criterion path, with the proposal chosen in the box. */
export function reviewCollectiveStep(ui: WizardControls, cell: DemoCell): Promise<Record<string, string>> {
  const p = COLLECTIVE_PLAN;
  return reviewSubject(ui, cell, 'collective', '01', { ...p, scoreBy: 'criteria', summary: p.summary, response: 'Đồng chí bí thư tiếp thu, giải trình ý kiến.' }, { summary: 'col-summary', shortcomings: 'col-shortcomings', response: 'col-response-text' });
}

/** One member's step; returns the values typed by field id (to compare after a restart). `scoreBy` overrides the spec's. */
export function reviewMemberStep(ui: WizardControls, cell: DemoCell, key: string, options: { scoreBy?: 'criteria' | 'groups' } = {}): Promise<Record<string, string>> {
  const m = cell.spec(key);
  const sk = `member:${cell.ids[key]!}`;
  return reviewSubject(ui, cell, sk, formOf(m), { ...m.review!, ...options }, { summary: `${sk}-summary`, shortcomings: `${sk}-shortcomings`, response: `${sk}-response` });
}
