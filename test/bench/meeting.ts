// Benchmark `meeting` (not a test): how many user actions the meeting wizard needs per member in the
// typical case — "Hoàn thành tốt nhiệm vụ", hand vote, nobody comments — in the browser flow (browser
// mode, Chromium, the real UI). Goal (issue 4): ≤ 6 actions per member.
//
// An action is what the secretary does with the mouse or keyboard: a click, typing one value into one
// box, choosing one option of a list (counted once, though a mouse needs two clicks on a native list),
// ticking a box. The journey's own driver (test/e2e/meeting-helpers.ts) performs and logs them, taking
// the fastest path the wizard supports: the two group totals of section B.I (…/30, …/70), the
// "Hoàn thành 100 %, không chậm, không vượt mức" button for the task figures, the proposal box left at
// the computed level it shows preselected (confirmed by "Tiếp theo", which stores it), only the fields
// the step requires before "Tiếp theo" is accepted (checked on screen: "✓ Bước này đã đủ"), and for a
// unanimous hand vote the one-click "Điền: cả N đồng chí nhất trí mức đề xuất" button. Measured on two
// typical members of the demo chi bộ: Hoàng Văn Nam (Mẫu 02C, 5 criteria) and Phan Thị Yến (Mẫu 02B);
// the other steps are run through the API.
//
// Baselines measured in the same run: the same vote typed into the count box instead of the fill
// button; a typical member scored per criterion ("Chấm chi tiết từng tiêu chí", the province's
// appendix) instead of by group; and "every field on the screen" — the editable fields the member step
// and the vote form show for that member (what a form that does not know which fields matter would make
// one fill). Layer: test (benchmarks).
import { rmSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { browserAvailable, launchChromium } from '../support/browser';
import { createDemoMeeting, fillPreparation, must, reviewCollective, reviewMembers, reviewOrder, seedDemoCell, takeAttendance } from '../support/meeting-fixture';
import { startWebServer } from '../support/web-server';
import { tempDir } from '../support/temp-dir';
import { openWatchedPage } from '../e2e/journey-helpers';
import { enterMeeting, httpClient, killServerTree, meetingOf, Wizard } from '../e2e/meeting-helpers';
import { formOf, type Action } from '../support/wizard-script';

const GOAL = 6;

const describe = (actions: readonly Action[]) => {
  const groups = new Map<string, number>();
  for (const a of actions) {
    const label = a.what
      .replace(/ [a-z]+-\d+$/, ' …')
      .replace(/\((donePct|latePct|exceededPct)\)/, '(…)')
      .replace(/\((common|tasks)\)$/, '(…/30, …/70)');
    groups.set(label, (groups.get(label) ?? 0) + 1);
  }
  return [...groups].map(([what, n]) => (n > 1 ? `${n}× ${what}` : what)).join(', ');
};

/** Editable fields shown in an element (visible, enabled; a group of radio buttons counts once). */
async function fieldsIn(target: Locator): Promise<number> {
  return target.evaluate((root) => {
    const fields = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')];
    const visible = fields.filter((f) => !f.disabled && f.type !== 'hidden' && f.getClientRects().length > 0);
    const radios = new Set(visible.filter((f) => f.type === 'radio').map((f) => f.name));
    return visible.filter((f) => f.type !== 'radio').length + radios.size;
  });
}

export async function benchMeeting(): Promise<Record<string, number>> {
  if (!browserAvailable()) throw new Error('Chromium is needed for the meeting benchmark');
  const dir = tempDir('kiemdiem-bench-meeting-');
  const server = await startWebServer(dir);
  const browser = await launchChromium();
  try {
    const cell = await seedDemoCell(await httpClient(server.url));
    const created = await createDemoMeeting(cell);
    await fillPreparation(cell, created.id);
    await takeAttendance(cell, created.id);
    await reviewCollective(cell, created.id);
    const view = await meetingOf(cell.client, created.id);
    const order = reviewOrder(cell, view);
    const presentVoters = view.counts.presentVoters;
    const typical = ['nam', 'yen'];
    for (const key of typical) {
      const m = cell.spec(key);
      if (m.review?.proposedLevel !== 'HTT' || m.review.vote.mode !== 'hand' || m.review.comments || m.review.shortcomings) throw new Error(`${m.fullName} is not a typical member`);
    }
    const [first, second] = typical.map((k) => order.indexOf(k)) as [number, number];
    if (!(first >= 0 && second > first && second === order.length - 1)) throw new Error(`unexpected order of business: ${order.join(', ')}`);
    // A third typical member between them, scored per criterion (the baseline without group totals).
    const isTypical = (key: string) => {
      const r = cell.spec(key).review;
      return !!r && r.proposedLevel === 'HTT' && r.vote.mode === 'hand' && !r.comments && !r.shortcomings && !r.disqualifiers && cell.spec(key).category === 'outside' && r.scoreBy !== 'criteria';
    };
    const third = order.findIndex((k, i) => i > first && i < second && isTypical(k));
    if (third < 0) throw new Error(`no typical member between ${typical.join(' and ')}: ${order.join(', ')}`);
    const perCriterionKey = order[third]!;

    const { page, problems } = await openWatchedPage(browser);
    const w = new Wizard(page, cell);
    const memberStep: Record<string, { actions: Action[]; fields: number; ms: number }> = {};
    const runMember = async (key: string, scoreBy?: 'criteria') => {
      const m = cell.spec(key);
      await w.waitStep(`Kiểm điểm đảng viên: ${m.fullName}`);
      const fields = await fieldsIn(page.locator('.mtg-step-body'));
      const from = w.actions.length;
      const t0 = performance.now();
      await w.member(key, scoreBy ? { scoreBy } : {});
      await w.complete();
      await w.next();
      memberStep[key] = { actions: w.actions.slice(from), fields, ms: performance.now() - t0 };
    };

    // Members before Nam through the API, Nam through the UI, then the third member through the UI scored
    // per criterion, the rest through the API, Yến through the UI.
    await reviewMembers(cell, created.id, 0, first);
    await page.goto(server.url);
    await enterMeeting(page, 'Tiếp tục hội nghị');
    await runMember('nam');
    await reviewMembers(cell, created.id, first + 1, third);
    await page.reload();
    await enterMeeting(page, 'Tiếp tục hội nghị');
    await runMember(perCriterionKey, 'criteria');
    await reviewMembers(cell, created.id, third + 1, second);
    await page.reload();
    await enterMeeting(page, 'Tiếp tục hội nghị');
    await runMember('yen');

    // The votes step: Nam with the one-click fill, Yến typed (the baseline without the shortcut).
    await w.waitStep('Biểu quyết xếp loại đảng viên');
    const voteFields = await fieldsIn(page.getByRole('group', { name: `Nhập kết quả biểu quyết vòng 1 — ${cell.spec('nam').fullName}`, exact: true }));
    let from = w.actions.length;
    await w.vote(cell.spec('nam').fullName, cell.spec('nam').review!.vote, presentVoters, true);
    const voteShortcut = w.actions.slice(from);
    from = w.actions.length;
    await w.vote(cell.spec('yen').fullName, cell.spec('yen').review!.vote, presentVoters, false);
    const voteTyped = w.actions.slice(from);
    const stored = await meetingOf(cell.client, created.id);
    for (const key of typical) {
      const result = stored.members.find((x) => x.memberId === cell.ids[key])!.subject!.votes.result;
      if (result !== 'HTT') throw new Error(`the vote on ${cell.spec(key).fullName} gave ${result}`);
    }
    if (problems.length) throw new Error(`problems in the page: ${problems.join(' | ')}`);
    await page.close();

    const nam = memberStep.nam!;
    const yen = memberStep.yen!;
    const perCriterion = memberStep[perCriterionKey]!;
    const perCriterionTotal = perCriterion.actions.length + voteShortcut.length;
    const perMember = nam.actions.length + voteShortcut.length;
    const perMember02B = yen.actions.length + voteShortcut.length;
    const withoutShortcut = nam.actions.length + voteTyped.length;
    const everyField = nam.fields + 1 + voteFields + 1; // + "Tiếp theo" and "Ghi kết quả"
    const criteria = must(await cell.client.call('criteria.get', { year: cell.year, form: formOf(cell.spec('nam')) }), 'criteria.get').criteria.length;

    console.log(`meeting — user actions per member, typical case (HTT, hand vote, no comments), Chromium, the real wizard`);
    console.log(`  Hoàng Văn Nam (Mẫu 02C, ${criteria} criteria): ${perMember} actions (goal ≤ ${GOAL}${perMember <= GOAL ? ': met' : `: NOT met, ${perMember - GOAL} over`})`);
    console.log(`    member step (${nam.actions.length}): ${describe(nam.actions)}`);
    console.log(`    vote (${voteShortcut.length}): ${describe(voteShortcut)}`);
    console.log(`  Phan Thị Yến (Mẫu 02B): ${perMember02B} actions — member step (${yen.actions.length}): ${describe(yen.actions)}; vote ${voteShortcut.length}`);
    console.log(`  baseline, same vote typed instead of the fill button: ${withoutShortcut} actions (vote: ${describe(voteTyped)})`);
    console.log(
      `  baseline, ${cell.spec(perCriterionKey).fullName} (Mẫu 02C) scored per criterion instead of by group: ${perCriterionTotal} actions — member step (${perCriterion.actions.length}): ${describe(perCriterion.actions)}; vote ${voteShortcut.length}`,
    );
    console.log(`  baseline, every editable field on screen filled: ${everyField} actions (${nam.fields} fields in the member step + "Tiếp theo", ${voteFields} in the vote form + "Ghi kết quả")`);
    console.log(`  the driver took ${(nam.ms / 1000).toFixed(1)} s for Nam's step (machine time, not a person's)`);
    return {
      actionsPerMember: perMember,
      memberStepActions: nam.actions.length,
      voteActions: voteShortcut.length,
      actionsPerMember02B: perMember02B,
      goal: GOAL,
      overGoal: Math.max(0, perMember - GOAL),
      baselineVoteTyped: withoutShortcut,
      baselineEveryField: everyField,
      baselinePerCriterion: perCriterionTotal,
      criteria02C: criteria,
    };
  } finally {
    await browser.close();
    await killServerTree(server, false);
    rmSync(dir, { recursive: true, force: true });
  }
}
