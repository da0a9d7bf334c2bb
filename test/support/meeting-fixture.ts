// Test support: a full review meeting of the demo chi bộ (its spec is in demo-cell-data.ts) run through
// the API step by step, as a secretary would. Works over any ApiClient (in-process core, HTTP bridge), so
// the core, jsdom and browser tests share it. Each stage is its own function so a test can stop anywhere
// (e.g. to restart the server in the middle of the member steps) and go on. The Đảng ủy gets its committee
// term in the document register (its decisions take their QĐ numbers from it). Layer: test.
import type { ApiClient } from '../../shared/contract/client';
import type { Result } from '../../shared/contract/result';
import type { MeetingView, SubjectRef } from '../../shared/meeting/types';
import type { ReviewFormCode } from '../../shared/rules/forms';
import { COLLECTIVE_PLAN, DEMO_CELL_NAME, DEMO_COMMUNE, DEMO_DRAFT_SENT_ON, DEMO_MEETING_DATE, DEMO_MEMBERS, DEMO_TERM_START, DEMO_YEAR, type DemoMemberSpec } from './demo-cell-data';

/** Unwraps an ok result, or throws with the refusal (so a failing step names itself). */
export function must<T>(result: Result<T>, what = 'call'): T {
  if (!result.ok) throw new Error(`${what} refused: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export * from './demo-cell-data';

export interface DemoCell {
  client: ApiClient;
  year: number;
  rootId: string;
  cellId: string;
  /** Member ids by fixture key. */
  ids: Record<string, string>;
  spec(key: string): DemoMemberSpec;
  keyOf(memberId: string): string;
}

/** Sets up the commune (when needed), the cell with its 15 members and the review year with its plan. */
export async function seedDemoCell(client: ApiClient, options: { year?: number; cellName?: string; communeTerm?: boolean } = {}): Promise<DemoCell> {
  const year = options.year ?? DEMO_YEAR;
  if (!must(await client.call('commune.get'), 'commune.get')) must(await client.call('commune.setup', DEMO_COMMUNE), 'commune.setup');
  const root = must(await client.call('org.list'), 'org.list').find((u) => u.kind === 'commune')!;
  // The Đảng ủy's committee term, so its decisions (lock, Mẫu 03) get their QĐ number from the register.
  const terms = must(await client.call('documents.terms', { orgUnitId: root.id }), 'documents.terms');
  if (terms.length === 0 && options.communeTerm !== false) must(await client.call('documents.setTerm', { orgUnitId: root.id, startsOn: DEMO_TERM_START, label: 'Nhiệm kỳ 2025–2030' }), 'documents.setTerm');
  const cell = must(await client.call('org.create', { parentId: root.id, kind: 'basic-cell', type: 'village', name: options.cellName ?? DEMO_CELL_NAME }), 'org.create');
  const ids: Record<string, string> = {};
  for (const [i, m] of DEMO_MEMBERS.entries()) {
    const created = must(
      await client.call('member.create', {
        fullName: m.fullName,
        gender: m.gender,
        birthDate: `${Number(m.admittedOn.slice(0, 4)) - 24}-0${1 + (i % 9)}-1${i % 9}`,
        admittedOn: m.admittedOn,
        confirmedOn: m.confirmedOn,
        orgUnitId: cell.id,
        category: m.category,
        partyRole: m.partyRole,
        status: m.confirmedOn === null ? 'probationary' : 'official',
        workplace: m.category === 'outside' ? null : 'UBND xã Xuân Hòa',
      }),
      `member.create ${m.fullName}`,
    );
    if (m.exemptFrom) {
      must(
        await client.call('member.changeStatus', { id: created.id, status: 'exempt', fromDate: m.exemptFrom, place: null, reason: 'Tuổi cao, sức yếu; QĐ 12-QĐ/ĐU' }),
        'member.changeStatus',
      );
    }
    ids[m.key] = created.id;
  }
  const years = must(await client.call('year.list'), 'year.list');
  if (!years.some((y) => y.year === year)) must(await client.call('year.create', { year }), 'year.create');
  must(
    await client.call('year.update', {
      year,
      settings: { deadlines: { meetingsFrom: `${year}-11-25`, meetingsTo: `${year}-12-15`, decisionOn: `${year}-12-25`, reportOn: `${year + 1}-01-10` } },
    }),
    'year.update',
  );
  const byKey = new Map(DEMO_MEMBERS.map((m) => [m.key, m]));
  const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return { client, year, rootId: root.id, cellId: cell.id, ids, spec: (key) => byKey.get(key)!, keyOf: (id) => byId.get(id)! };
}

/** Each criterion scored at `ratio` of its maximum, rounded down to tenths. */
export async function scoresFor(client: ApiClient, year: number, form: ReviewFormCode, ratio: number): Promise<Record<string, number>> {
  const template = must(await client.call('criteria.get', { year, form }), 'criteria.get');
  return Object.fromEntries(template.criteria.map((c) => [c.id, Math.floor(c.maxPoints * ratio * 10) / 10]));
}

/** The two group totals (…/30, …/70) of the scores `scoresFor` gives: the same score entered by group. */
export async function groupTotalsFor(client: ApiClient, year: number, form: ReviewFormCode, ratio: number): Promise<{ common: number; tasks: number }> {
  const template = must(await client.call('criteria.get', { year, form }), 'criteria.get');
  const tenths = { common: 0, tasks: 0 };
  for (const c of template.criteria) tenths[c.group] += Math.floor(c.maxPoints * ratio * 10);
  return { common: tenths.common / 10, tasks: tenths.tasks / 10 };
}

export async function createDemoMeeting(cell: DemoCell): Promise<MeetingView> {
  return must(await cell.client.call('meeting.create', { year: cell.year, orgUnitId: cell.cellId }), 'meeting.create');
}

async function next(cell: DemoCell, view: MeetingView): Promise<MeetingView> {
  const current = view.steps.find((s) => s.key === view.currentStep)!;
  const following = view.steps[current.index];
  if (!following) return view;
  return must(await cell.client.call('meeting.setStep', { meetingId: view.id, step: following.key }), `meeting.setStep ${following.key}`);
}

export async function fillPreparation(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  const c = cell.client;
  must(
    await c.call('meeting.updatePreparation', {
      meetingId,
      patch: {
        meetingDate: DEMO_MEETING_DATE,
        startTime: '07:30',
        place: 'Nhà văn hóa thôn Đông Hòa',
        chairMemberId: cell.ids.hung!,
        secretaryMemberId: cell.ids.minh!,
        upperLevelAttendee: 'Đồng chí Vũ Văn Quang, Phó Bí thư Thường trực Đảng ủy xã',
        draftSentOn: DEMO_DRAFT_SENT_ON,
      },
    }),
    'meeting.updatePreparation',
  );
  let view!: MeetingView;
  for (const m of DEMO_MEMBERS.filter((x) => x.review)) {
    view = must(
      await c.call('meeting.updateMemberPreparation', {
        meetingId,
        memberId: cell.ids[m.key]!,
        patch: { selfReviewReceived: true, residenceReceived: m.category !== 'outside', civilServantRating: m.civilServantRating ?? null },
      }),
      'meeting.updateMemberPreparation',
    );
  }
  return next(cell, view);
}

export async function takeAttendance(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  const entries = DEMO_MEMBERS.filter((m) => m.attendance !== null).map((m) => ({ memberId: cell.ids[m.key]!, attendance: m.attendance, absenceReason: m.absenceReason ?? null }));
  const view = must(await cell.client.call('meeting.setAttendance', { meetingId, entries }), 'meeting.setAttendance');
  return next(cell, view);
}

export async function reviewCollective(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  const c = cell.client;
  const p = COLLECTIVE_PLAN;
  const scores = await scoresFor(c, cell.year, '01', p.scoreRatio);
  const view = must(
    await c.call('meeting.updateCollective', {
      meetingId,
      patch: {
        summary: p.summary,
        shortcomings: p.shortcomings,
        scores,
        tasks: p.tasks,
        comments: p.comments.map((x) => ({ speakerMemberId: cell.ids[x.speaker]!, content: x.content })),
        response: 'Đồng chí bí thư tiếp thu, giải trình ý kiến.',
        proposedLevel: p.proposedLevel,
      },
    }),
    'meeting.updateCollective',
  );
  return next(cell, view);
}

/** The member step of one member: scores, task figures, disqualifiers, comments, response, proposal. */
export async function reviewMember(cell: DemoCell, meetingId: string, key: string): Promise<MeetingView> {
  const c = cell.client;
  const m = cell.spec(key);
  const r = m.review!;
  const form: ReviewFormCode = m.category === 'leader' ? '02A' : m.category === 'staff' ? '02B' : '02C';
  const view = must(
    await c.call('meeting.updateMemberReview', {
      meetingId,
      memberId: cell.ids[key]!,
      patch: {
        scores: await scoresFor(c, cell.year, form, r.scoreRatio),
        tasks: r.tasks,
        disqualifiers: r.disqualifiers ?? [],
        shortcomings: r.shortcomings ?? null,
        comments: (r.comments ?? []).map((x) => ({ speakerMemberId: cell.ids[x.speaker]!, content: x.content })),
        response: r.response ?? null,
        proposedLevel: r.proposedLevel,
      },
    }),
    `meeting.updateMemberReview ${m.fullName}`,
  );
  return next(cell, view);
}

/** Keys of the reviewed members in the meeting's order of business. */
export function reviewOrder(cell: DemoCell, view: MeetingView): string[] {
  return view.members.filter((m) => m.reviewed).map((m) => cell.keyOf(m.memberId));
}

export async function voteOn(cell: DemoCell, meetingId: string, subject: SubjectRef, vote: NonNullable<DemoMemberSpec['review']>['vote']): Promise<MeetingView> {
  const votes = { HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0, ...vote.votes };
  return must(
    await cell.client.call('meeting.recordVote', { meetingId, subject, mode: vote.mode, votes, ...(vote.mode === 'ballot' ? { ballots: vote.ballots } : {}) }),
    'meeting.recordVote',
  );
}

export async function voteMembers(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  let view!: MeetingView;
  for (const m of DEMO_MEMBERS.filter((x) => x.review)) view = await voteOn(cell, meetingId, { memberId: cell.ids[m.key]! }, m.review!.vote);
  return next(cell, view);
}

export async function voteCollective(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  return next(cell, await voteOn(cell, meetingId, 'collective', COLLECTIVE_PLAN.vote));
}

export async function adoptRemediation(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  const c = cell.client;
  let view = must(await c.call('meeting.updateRemediation', { meetingId, subject: 'collective', items: COLLECTIVE_PLAN.remediation }), 'meeting.updateRemediation');
  for (const m of DEMO_MEMBERS.filter((x) => x.review?.remediation)) {
    view = must(await c.call('meeting.updateRemediation', { meetingId, subject: { memberId: cell.ids[m.key]! }, items: m.review!.remediation! }), 'meeting.updateRemediation');
  }
  return next(cell, view);
}

export async function approveDemoMinutes(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  return next(cell, must(await cell.client.call('meeting.approveMinutes', { meetingId, approved: true, endTime: '11:15' }), 'meeting.approveMinutes'));
}

export async function finalizeDemoMeeting(cell: DemoCell, meetingId: string): Promise<MeetingView> {
  return must(await cell.client.call('meeting.finalize', { meetingId, actor: 'Đồng chí Nguyễn Văn Hùng' }), 'meeting.finalize');
}

/** The member steps from `fromIndex` (0-based in the order of business) up to, not including, `toIndex`. */
export async function reviewMembers(cell: DemoCell, meetingId: string, fromIndex = 0, toIndex?: number): Promise<MeetingView> {
  let view = must(await cell.client.call('meeting.get', { meetingId }), 'meeting.get');
  for (const key of reviewOrder(cell, view).slice(fromIndex, toIndex)) view = await reviewMember(cell, meetingId, key);
  return view;
}

/** Runs a whole meeting, from creation to finalization. */
export async function runDemoMeeting(cell: DemoCell): Promise<MeetingView> {
  const created = await createDemoMeeting(cell);
  const id = created.id;
  await fillPreparation(cell, id);
  await takeAttendance(cell, id);
  await reviewCollective(cell, id);
  await reviewMembers(cell, id);
  await voteMembers(cell, id);
  await voteCollective(cell, id);
  await adoptRemediation(cell, id);
  await approveDemoMinutes(cell, id);
  return finalizeDemoMeeting(cell, id);
}
