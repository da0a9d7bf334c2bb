// The Đảng ủy's recognition decision (quyết định công nhận) and later re-rating (Mẫu 03): a scope is
// locked only when every cell in it has finalized its meeting, every case the Đảng ủy must decide is
// decided and no HTXS quota group is violated; the recognized list is stored with its content hash.
// A re-rating changes a recognized level with a reason and a decision number, and is audited.
// Both are decisions (QĐ) of the Đảng ủy: their number is issued in the document numbering register in
// the same transaction as the decision, so a refused decision consumes no number and a refused number
// (already used, a gap not confirmed, no committee term) records no decision. The number typed by the
// user ("16-QĐ/ĐU", "Số 16-QĐ/ĐU" or "16") is read into the register's number; it is stored as "16-QĐ/ĐU".
// Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { canonicalJson } from '../../../shared/meeting/canonical';
import {
  buildDecisionView,
  decisionSubjects,
  lockBlockers,
  quotaGroups,
  recognitionContent,
  recognitionCounts,
  unitRows,
  type LockScope,
  type ReRatingRecord,
  type RecognitionRecord,
} from '../../../shared/meeting/decision';
import { roundWindow } from '../../../shared/review/year-settings';
import { compareIsoDates, formatDateVi } from '../../../shared/rules/calendar';
import { documentSymbol, parseDocumentNumber } from '../../../shared/documents/numbering';
import type { Executor } from '../../../db/repos/executor';
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { findRecognitionByNumber, getDecisionRow, getRecognitionRow, insertReRating, insertRecognition, putDecision, recognitionFromRow } from '../../../db/repos/decisions';
import { getReviewYearById } from '../../../db/repos/meetings';
import { stamp, type ServiceContext } from './context';
import { loadDecisionData } from './decision-data';
import { requireSubject } from './decision-service';
import { audit, resolveActor } from './meeting-audit';
import { sha256 } from './meeting-record';
import { issueInTransaction } from './document-number-service';

const RECOGNITION_FORMAT = 'kiemdiem.recognition';

function checkDecisionDate(date: string, year: number, path = 'decidedOn'): void {
  const w = roundWindow(year);
  if (compareIsoDates(date, w.from) < 0 || compareIsoDates(date, w.to) > 0) {
    throw new DomainError('invalid-input', `Ngày quyết định (${formatDateVi(date)}) phải trong khoảng ${formatDateVi(w.from)} – ${formatDateVi(w.to)} của đợt kiểm điểm năm ${year}.`, { path });
  }
}

/** The Đảng ủy's QĐ number from the typed text, or a refusal naming the expected form. */
function parseDecisionNo(text: string): number {
  const n = parseDocumentNumber(text, 'QĐ', 'ĐU');
  if (n === null) {
    throw new DomainError('invalid-decision-no', `Số quyết định "${text.normalize('NFC').trim()}" không đúng dạng số quyết định của Đảng ủy: hãy ghi số và ký hiệu như 16-QĐ/ĐU (hoặc chỉ ghi số, ví dụ 16).`, {
      path: 'decisionNo',
    });
  }
  return n;
}

/**
 * Issues the decision's QĐ number of the Đảng ủy (the commune's organization) in the register, inside the
 * decision's transaction; the register's refusals are shown by the decision form's fields.
 */
async function issueDecisionNumber(
  ctx: ServiceContext,
  trx: Executor,
  data: Awaited<ReturnType<typeof loadDecisionData>>,
  input: { number: number; decidedOn: string; fillGap?: boolean; title: string },
): Promise<string> {
  const commune = [...data.units.values()].find((u) => u.kind === 'commune');
  if (!commune) throw new DomainError('not-found', 'Chưa có tổ chức Đảng bộ xã trong sơ đồ tổ chức.', { path: 'decisionNo' });
  try {
    const issued = await issueInTransaction(
      ctx,
      trx,
      { orgUnitId: commune.id, typeCode: 'QĐ', issuedOn: input.decidedOn, title: input.title, number: input.number, ...(input.fillGap ? { fillGap: true } : {}) },
      { number: 'decisionNo', issuedOn: 'decidedOn' },
    );
    return documentSymbol(issued.number, 'QĐ', 'ĐU');
  } catch (e) {
    if (e instanceof DomainError && e.code === 'no-term') {
      throw new DomainError('no-term', `${e.message} Số quyết định của Đảng ủy được cấp trong Sổ văn bản: hãy mở mục “Sổ văn bản”, chọn ${commune.name} và nhập ngày bắt đầu nhiệm kỳ.`, { path: 'decisionNo' });
    }
    throw e;
  }
}

export interface LockInput {
  year: number;
  scope: LockScope;
  /** "16-QĐ/ĐU", "Số 16-QĐ/ĐU" or "16"; issued in the register. */
  decisionNo: string;
  decidedOn: string;
  /** The user confirmed a lower number never issued (a gap in the register). */
  fillGap?: boolean;
  actor?: string | null;
}

export async function lockDecision(ctx: ServiceContext, input: LockInput): Promise<RecognitionRecord> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const data = await loadDecisionData(ctx, trx, input.year);
    if (input.scope !== 'commune') {
      const unit = data.units.get(input.scope.basicOrgId);
      if (!unit || (unit.kind !== 'basic-cell' && unit.kind !== 'basic-committee')) {
        throw new DomainError('invalid-input', 'Phạm vi quyết định phải là toàn Đảng bộ xã hoặc một tổ chức cơ sở đảng (chi bộ cơ sở, đảng bộ cơ sở).', { path: 'scope.basicOrgId' });
      }
    }
    checkDecisionDate(input.decidedOn, input.year);
    const number = parseDecisionNo(input.decisionNo);
    const typed = documentSymbol(number, 'QĐ', 'ĐU');
    if (await findRecognitionByNumber(trx, data.year.id, typed)) {
      throw new DomainError('duplicate-decision-no', `Số quyết định ${typed} đã được dùng cho một quyết định công nhận khác của năm ${input.year}.`, { path: 'decisionNo' });
    }
    const subjects = decisionSubjects(data.input);
    const groups = quotaGroups(subjects, data.input);
    const blockers = lockBlockers(input.scope, unitRows(data.input, subjects), subjects, groups);
    if (blockers.length > 0) {
      const what = blockers.length === 1 ? blockers[0]! : blockers.map((b, i) => `(${i + 1}) ${b}`).join(' ');
      throw new DomainError('lock-blocked', `Chưa ban hành được quyết định công nhận: ${what}`, { path: 'scope', blockers });
    }
    const inScope = (basicOrgId: string) => input.scope === 'commune' || input.scope.basicOrgId === basicOrgId;
    const lastMeeting = data.input.meetings
      .filter((m) => m.meetingDate && data.input.units.some((u) => u.orgUnitId === m.orgUnitId && inScope(u.basicOrgId)))
      .map((m) => m.meetingDate!)
      .sort()
      .at(-1);
    if (lastMeeting && compareIsoDates(input.decidedOn, lastMeeting) < 0) {
      throw new DomainError('invalid-input', `Ngày quyết định (${formatDateVi(input.decidedOn)}) không được trước ngày họp kiểm điểm của chi bộ (${formatDateVi(lastMeeting)}).`, { path: 'decidedOn' });
    }

    const scopeName = input.scope === 'commune' ? data.input.communeName : data.units.get(input.scope.basicOrgId)!.name;
    const decisionNo = await issueDecisionNumber(ctx, trx, data, {
      number,
      decidedOn: input.decidedOn,
      fillGap: input.fillGap,
      title: recognitionTitle(input.year, scopeName),
    });

    const content = recognitionContent(input.scope, subjects);
    const now = stamp(ctx);
    const id = ctx.newId();
    const contentHash = sha256(canonicalJson({ format: RECOGNITION_FORMAT, version: 1, year: input.year, scope: input.scope, decisionNo, decidedOn: input.decidedOn, subjects: content }));
    await insertRecognition(trx, {
      id,
      reviewYearId: data.year.id,
      scopeKind: input.scope === 'commune' ? 'commune' : 'basic-org',
      scopeOrgUnitId: input.scope === 'commune' ? null : input.scope.basicOrgId,
      decisionNo,
      decidedOn: input.decidedOn,
      contentJson: canonicalJson(content),
      contentHash,
      actor: await resolveActor(ctx, trx, input.actor),
      createdAt: now,
      updatedAt: now,
    });
    // Each recognized subject gets (or keeps) its decision row, now tied to the recognition.
    for (const s of subjects.filter((x) => content.some((c) => c.key === x.key))) {
      const previous = await getDecisionRow(trx, data.year.id, s.orgUnitId, s.memberId);
      await putDecision(trx, {
        id: previous?.id ?? ctx.newId(),
        reviewYearId: data.year.id,
        meetingId: s.meetingId,
        orgUnitId: s.orgUnitId,
        memberId: s.memberId,
        proposedLevel: s.proposal,
        level: s.finalLevel!,
        reason: previous?.reason ?? null,
        overrideGranted: previous?.overrideGranted ?? null,
        recognitionId: id,
        decidedBy: previous?.decidedBy ?? (await resolveActor(ctx, trx, input.actor)),
        decidedAt: previous?.decidedAt ?? now,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
      });
    }
    await audit(
      ctx,
      trx,
      [{ entity: 'recognition', entityId: id, field: 'lock', oldValue: null, newValue: JSON.stringify({ decisionNo, decidedOn: input.decidedOn, subjects: content.length, contentHash }), reason: null }],
      input.actor,
    );
    return recognitionRecord(input.year, recognitionFromRow((await getRecognitionRow(trx, id))!), content);
  });
}

/** Trích yếu of a recognition decision in the register. */
export const recognitionTitle = (year: number, scopeName: string) => `Quyết định công nhận kết quả đánh giá, xếp loại chất lượng năm ${year} của ${scopeName}`;

/** Trích yếu of a re-rating decision (Mẫu 03) in the register. */
export const reRatingTitle = (year: number, who: string) => `Quyết định đánh giá, xếp loại lại chất lượng năm ${year} đối với ${who}`;

function recognitionRecord(year: number, stored: ReturnType<typeof recognitionFromRow>, content: RecognitionRecord['subjects']): RecognitionRecord {
  return {
    ...stored,
    year,
    subjects: content,
    counts: recognitionCounts(content),
  };
}

export async function getRecognition(ctx: ServiceContext, input: { year: number; recognitionId: string }): Promise<RecognitionRecord> {
  const db = ctx.db.kysely;
  const row = await getRecognitionRow(db, input.recognitionId);
  const year = row ? await getReviewYearById(db, row.reviewYearId) : null;
  if (!row || !year || year.year !== input.year) throw new DomainError('not-found', `Không tìm thấy quyết định công nhận này trong đợt kiểm điểm năm ${input.year}.`, { path: 'recognitionId' });
  return recognitionRecord(year.year, recognitionFromRow(row), JSON.parse(row.contentJson) as RecognitionRecord['subjects']);
}

export interface ReRateInput {
  year: number;
  memberId?: string;
  orgUnitId?: string;
  newLevel: LevelCode;
  reason: string;
  /** "30-QĐ/ĐU", "Số 30-QĐ/ĐU" or "30"; issued in the register. */
  decisionNo: string;
  decidedOn: string;
  fillGap?: boolean;
  actor?: string | null;
}

export async function reRate(ctx: ServiceContext, input: ReRateInput): Promise<ReRatingRecord> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const data = await loadDecisionData(ctx, trx, input.year);
    const subject = requireSubject(buildDecisionView(data.input).subjects, input, input.year);
    const who = subject.kind === 'member' ? `đồng chí ${subject.name}` : subject.name;
    if (!subject.locked) {
      throw new DomainError(
        'not-recognized',
        `Kết quả của ${who} chưa được công nhận: hãy quyết định mức xếp loại ở bước thẩm định (chưa cần quyết định xếp loại lại).`,
        { path: subject.memberId ? 'memberId' : 'orgUnitId' },
      );
    }
    const current = subject.finalLevel!;
    if (current === input.newLevel) throw new DomainError('invalid-input', `${who} đang ở mức "${LEVEL_NAMES[current]}"; mức xếp loại lại phải khác mức hiện tại.`, { path: 'newLevel' });
    if (compareIsoDates(input.decidedOn, subject.locked.decidedOn) < 0) {
      throw new DomainError('invalid-input', `Ngày quyết định xếp loại lại (${formatDateVi(input.decidedOn)}) không được trước ngày quyết định công nhận (${formatDateVi(subject.locked.decidedOn)}).`, { path: 'decidedOn' });
    }
    const number = parseDecisionNo(input.decisionNo);
    const decisionNo = await issueDecisionNumber(ctx, trx, data, { number, decidedOn: input.decidedOn, fillGap: input.fillGap, title: reRatingTitle(input.year, who) });
    const decision = (await getDecisionRow(trx, data.year.id, subject.orgUnitId, subject.memberId))!;
    const now = stamp(ctx);
    const id = ctx.newId();
    const record = {
      id,
      levelDecisionId: decision.id,
      oldLevel: current,
      newLevel: input.newLevel,
      reason: input.reason,
      decisionNo,
      decidedOn: input.decidedOn,
      actor: await resolveActor(ctx, trx, input.actor),
      createdAt: now,
      updatedAt: now,
    };
    await insertReRating(trx, record);
    await audit(
      ctx,
      trx,
      [
        {
          entity: subject.kind === 'member' ? 'member' : 'org-unit',
          entityId: subject.memberId ?? subject.orgUnitId,
          field: `level.${input.year}`,
          oldValue: current,
          newValue: input.newLevel,
          reason: `Xếp loại lại (Mẫu 03) theo Quyết định số ${decisionNo} ngày ${formatDateVi(input.decidedOn)}: ${input.reason}`,
        },
      ],
      input.actor,
    );
    return {
      id,
      memberId: subject.memberId,
      orgUnitId: subject.orgUnitId,
      oldLevel: current,
      newLevel: input.newLevel,
      reason: input.reason,
      decisionNo,
      decidedOn: input.decidedOn,
      actor: record.actor,
      createdAt: now,
      year: input.year,
      subjectName: subject.name,
    };
  });
}
