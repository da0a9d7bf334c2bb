// A member's review history (issue 4 §9): levels by year — recognized in the app (with any re-rating) and
// past years entered by hand under the record-only rule sets (QĐ 124, QĐ 132), each checked by the rules
// engine with the recorded level — and the flag for 5 consecutive HTXS years. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { htxsStreaks, type HistoryEntry, type MemberReviewHistory } from '../../../shared/meeting/history';
import { classify, defaultReviewDate } from '../../../shared/rules/classify';
import { compareIsoDates } from '../../../shared/rules/calendar';
import type { LevelCode } from '../../../shared/rules/levels';
import { RULE_SETS, type RuleSetId } from '../../../shared/rules/rule-sets';
import type { Executor } from '../../../db/repos/executor';
import { getPastLevel, listMemberResults, listPastLevels, putPastLevel } from '../../../db/repos/decisions';
import { getMember } from '../../../db/repos/members';
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
  ruleSet: Extract<RuleSetId, 'QD124-2023' | 'QD132-2018'>;
  discipline: boolean;
  overrideReason?: string | null;
  note?: string | null;
  actor?: string | null;
}

/**
 * Records the level of a past year decided on paper. The rule set must cover the year; the engine checks
 * the member was classified that year (admission date) and applies QĐ 124's discipline rule, so the
 * stored level may differ from the one entered (the reasons say why).
 */
export async function recordPastLevel(ctx: ServiceContext, input: PastLevelInput): Promise<MemberReviewHistory> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const member = await requireMember(trx, input.memberId);
    const set = RULE_SETS[input.ruleSet];
    if (input.year < set.fromYear || (set.toYear !== null && input.year > set.toYear)) {
      throw new DomainError(
        'invalid-input',
        `Năm ${input.year} không thuộc phạm vi áp dụng của ${set.regulation.code} (${set.fromYear}–${set.toYear ?? 'nay'}).`,
        { path: 'year' },
      );
    }
    const reviewDate = defaultReviewDate(input.year);
    if (compareIsoDates(reviewDate, today(ctx)) > 0) throw new DomainError('invalid-input', `Năm ${input.year} chưa đến kỳ kiểm điểm; chỉ nhập kết quả các năm đã qua.`, { path: 'year' });
    const recognized = (await listMemberResults(trx, input.memberId)).find((r) => r.year === input.year);
    if (recognized) {
      throw new DomainError('already-recognized', `Năm ${input.year} đã có kết quả do Đảng ủy công nhận trong ứng dụng (Quyết định số ${recognized.decisionNo}).`, { path: 'year' });
    }
    const official = member.confirmedOn !== null && compareIsoDates(member.confirmedOn, reviewDate) <= 0;
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
    if (!outcome.value.classified || outcome.value.level === null) {
      const why = outcome.value.reasons[0]?.message ?? 'không thuộc diện xếp loại.';
      throw new DomainError('not-classified', `Đồng chí ${member.fullName} không thuộc diện xếp loại năm ${input.year}: ${why}`, { path: 'year' });
    }
    const previous = await getPastLevel(trx, input.memberId, input.year);
    const now = stamp(ctx);
    await putPastLevel(trx, {
      id: previous?.id ?? ctx.newId(),
      memberId: input.memberId,
      year: input.year,
      recordedLevel: input.level,
      level: outcome.value.level,
      ruleSet: input.ruleSet,
      discipline: input.discipline ? 1 : 0,
      overrideReason: input.overrideReason ?? null,
      note: input.note ?? null,
      reasonsJson: JSON.stringify(outcome.value.reasons),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    await audit(
      ctx,
      trx,
      [{ entity: 'member', entityId: input.memberId, field: `pastLevel.${input.year}`, oldValue: previous?.level ?? null, newValue: outcome.value.level, reason: input.note ?? null }],
      input.actor,
    );
    return historyOf(trx, input.memberId);
  });
}
