// A member's review history (issue 4 §9): levels by year — recognized in the app (with any re-rating) and
// past years entered by hand from the paper records ("nhập từ hồ sơ giấy"): under the record-only rule sets
// (QĐ 124, QĐ 132), checked by the rules engine with the recorded level, or under QĐ 366 for a year decided
// on paper before the app was used (no points; only whether the member was classified is checked) — and
// the flag for 5 consecutive HTXS years. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { htxsStreaks, type HistoryEntry, type MemberReviewHistory } from '../../../shared/meeting/history';
import { classify, defaultReviewDate } from '../../../shared/rules/classify';
import { compareIsoDates } from '../../../shared/rules/calendar';
import { checkEligibility } from '../../../shared/rules/eligibility';
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { reason, type Reason } from '../../../shared/rules/reasons';
import { defaultRuleSetForYear, RULE_SETS, type RuleSet, type RuleSetId } from '../../../shared/rules/rule-sets';
import type { Executor } from '../../../db/repos/executor';
import { getPastLevel, listMemberResults, listPastLevels, putPastLevel } from '../../../db/repos/decisions';
import { getMember } from '../../../db/repos/members';
import { listReviewYears } from '../../../db/repos/review-years';
import { requireOwnCommune } from './commune-service';
import { stamp, today, type ServiceContext } from './context';
import { audit } from './meeting-audit';

async function requireMember(db: Executor, memberId: string) {
  const member = await getMember(db, memberId);
  if (!member) throw new DomainError('not-found', 'Không tìm thấy đảng viên.', { path: 'memberId' });
  return member;
}

async function historyOf(db: Executor, memberId: string): Promise<MemberReviewHistory> {
  const member = await requireMember(db, memberId);
  const entries = new Map<number, HistoryEntry>();
  for (const p of await listPastLevels(db, memberId)) {
    entries.set(p.year, { year: p.year, level: p.level, source: 'recorded', ruleSet: p.ruleSet, decisionNo: null, decidedOn: null, note: p.note, reasons: p.reasons });
  }
  // A level recognized in the app wins over a hand entry of the same year (recordPastLevel refuses those).
  for (const r of await listMemberResults(db, memberId)) {
    entries.set(
      r.year,
      r.reRating
        ? { year: r.year, level: r.reRating.newLevel, source: 're-rating', ruleSet: r.ruleSet, decisionNo: r.reRating.decisionNo, decidedOn: r.reRating.decidedOn, note: r.reRating.reason, reasons: [] }
        : { year: r.year, level: r.level, source: 'decision', ruleSet: r.ruleSet, decisionNo: r.decisionNo, decidedOn: r.decidedOn, note: null, reasons: [] },
    );
  }
  const list = [...entries.values()].sort((a, b) => a.year - b.year);
  const streaks = htxsStreaks(list);
  return { memberId, fullName: member.fullName, entries: list, streaks, fiveConsecutiveHtxs: streaks.fiveConsecutive !== null };
}

export async function reviewHistory(ctx: ServiceContext, input: { memberId: string }): Promise<MemberReviewHistory> {
  return historyOf(ctx.db.kysely, input.memberId);
}

export interface PastLevelInput {
  memberId: string;
  year: number;
  level: LevelCode;
  ruleSet: Extract<RuleSetId, 'QD366-2025' | 'QD124-2023' | 'QD132-2018'>;
  discipline: boolean;
  overrideReason?: string | null;
  note?: string | null;
  actor?: string | null;
}

type Member = Awaited<ReturnType<typeof requireMember>>;

/** The year must lie in the rule set's years (rules.md §1); the refusal names the set that fits. */
function checkRuleSetYear(set: RuleSet, year: number): void {
  if (year >= set.fromYear && (set.toYear === null || year <= set.toYear)) return;
  const fitting = defaultRuleSetForYear(year);
  const hint = fitting ? ` Năm ${year} áp dụng ${fitting.regulation.code}.` : '';
  throw new DomainError('invalid-input', `Năm ${year} không thuộc phạm vi áp dụng của ${set.regulation.code} (${set.fromYear}–${set.toYear ?? 'nay'}).${hint}`, {
    path: 'year',
  });
}

/**
 * A year the app itself reviews is decided in the app: refused from the latest review year on, and for a
 * year in which the member was in a review meeting held in the app.
 */
async function checkNotInApp(ctx: ServiceContext, db: Executor, member: Member, year: number): Promise<void> {
  const commune = await requireOwnCommune(ctx, db);
  const years = (await listReviewYears(db, commune.id)).map((y) => y.year);
  const open = years.length > 0 ? Math.max(...years) : null;
  if (open !== null && year >= open) {
    const where = year === open ? `Năm ${year} là đợt kiểm điểm đang làm trong phần mềm` : `Năm ${year} sau đợt kiểm điểm năm ${open} đang làm trong phần mềm`;
    throw new DomainError(
      'invalid-input',
      `${where}: kết quả do Đảng ủy quyết định trong phần mềm (mục “Đảng ủy quyết định”), không nhập tay. Chỉ nhập các năm trước năm ${open}.`,
      { path: 'year' },
    );
  }
  const meeting = await db
    .selectFrom('meetingMember as mm')
    .innerJoin('meeting as m', 'm.id', 'mm.meetingId')
    .innerJoin('reviewYear as y', 'y.id', 'm.reviewYearId')
    .select(['m.id'])
    .where('mm.memberId', '=', member.id)
    .where('y.year', '=', year)
    .executeTakeFirst();
  if (meeting) {
    throw new DomainError(
      'in-app-meeting',
      `Năm ${year} đồng chí ${member.fullName} đã được kiểm điểm trong phần mềm: kết quả năm này do Đảng ủy quyết định trong phần mềm, không nhập tay.`,
      { path: 'year' },
    );
  }
}

/**
 * A QĐ 366 year decided on paper before the app: the level is kept as decided (no points); only whether
 * the member was classified that year (admission date) is checked. QĐ 366's disqualifiers were applied by
 * the Đảng ủy when it decided, so no discipline rule is applied again here.
 */
function recordedUnderQd366(set: RuleSet, member: Member, input: PastLevelInput, reviewDate: string, official: boolean): { classified: boolean; level: LevelCode | null; reasons: Reason[] } {
  if (input.discipline || input.overrideReason) {
    throw new DomainError(
      'invalid-input',
      `Theo ${set.regulation.code}, mức nhập từ hồ sơ giấy là mức Đảng ủy đã quyết định (đã tính cả kỷ luật nếu có): không đánh dấu “Bị kỷ luật trong năm”, chỉ nhập đúng mức trong quyết định.`,
      { path: 'discipline' },
    );
  }
  const eligibility = checkEligibility({ status: official ? 'official' : 'probationary', admittedOn: member.admittedOn, reviewDate }, set);
  if (!eligibility.classified) return { classified: false, level: null, reasons: eligibility.reasons };
  const recorded = reason(
    'recorded-level',
    `Mức xếp loại nhập từ hồ sơ giấy (Đảng ủy đã quyết định trước khi dùng phần mềm, không chấm điểm lại): "${LEVEL_NAMES[input.level]}".`,
    set.refs.recordedLevel,
  );
  return { classified: true, level: input.level, reasons: [recorded] };
}

/**
 * Records the level of a past year decided on paper ("nhập từ hồ sơ giấy"). The rule set must cover the
 * year; the year must be over and not one the app reviews itself (the app's own decision wins). Under the
 * record-only sets the engine checks the member was classified that year and applies QĐ 124's discipline
 * rule, so the stored level may differ from the one entered (the reasons say why); under QĐ 366 the level
 * is kept as decided.
 */
export async function recordPastLevel(ctx: ServiceContext, input: PastLevelInput): Promise<MemberReviewHistory> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const member = await requireMember(trx, input.memberId);
    const set = RULE_SETS[input.ruleSet];
    checkRuleSetYear(set, input.year);
    const reviewDate = defaultReviewDate(input.year);
    if (compareIsoDates(reviewDate, today(ctx)) > 0) throw new DomainError('invalid-input', `Năm ${input.year} chưa đến kỳ kiểm điểm; chỉ nhập kết quả các năm đã qua.`, { path: 'year' });
    const recognized = (await listMemberResults(trx, input.memberId)).find((r) => r.year === input.year);
    if (recognized) {
      throw new DomainError('already-recognized', `Năm ${input.year} đã có kết quả do Đảng ủy công nhận trong ứng dụng (Quyết định số ${recognized.decisionNo}).`, { path: 'year' });
    }
    await checkNotInApp(ctx, trx, member, input.year);
    const official = member.confirmedOn !== null && compareIsoDates(member.confirmedOn, reviewDate) <= 0;
    let verdict: { classified: boolean; level: LevelCode | null; reasons: Reason[] };
    if (set.mode === 'full') verdict = recordedUnderQd366(set, member, input, reviewDate, official);
    else {
      const outcome = classify({
        ruleSet: input.ruleSet,
        reviewYear: input.year,
        reviewDate,
        subject: 'member',
        member: { status: official ? 'official' : 'probationary', admittedOn: member.admittedOn, category: member.category },
        recordedLevel: input.level,
        discipline: input.discipline,
        override: input.overrideReason ? { granted: true, reason: input.overrideReason } : null,
      });
      if (!outcome.ok) throw new DomainError(outcome.error.code, outcome.error.message, outcome.error.details);
      verdict = outcome.value;
    }
    if (!verdict.classified || verdict.level === null) {
      const why = verdict.reasons[0]?.message ?? 'không thuộc diện xếp loại.';
      throw new DomainError('not-classified', `Đồng chí ${member.fullName} không thuộc diện xếp loại năm ${input.year}: ${why}`, { path: 'year' });
    }
    const level = verdict.level;
    const previous = await getPastLevel(trx, input.memberId, input.year);
    const now = stamp(ctx);
    await putPastLevel(trx, {
      id: previous?.id ?? ctx.newId(),
      memberId: input.memberId,
      year: input.year,
      recordedLevel: input.level,
      level,
      ruleSet: input.ruleSet,
      discipline: input.discipline ? 1 : 0,
      overrideReason: input.overrideReason ?? null,
      note: input.note ?? null,
      reasonsJson: JSON.stringify(verdict.reasons),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    await audit(
      ctx,
      trx,
      [{ entity: 'member', entityId: input.memberId, field: `pastLevel.${input.year}`, oldValue: previous?.level ?? null, newValue: level, reason: input.note ?? null }],
      input.actor,
    );
    return historyOf(trx, input.memberId);
  });
}
