// The Đảng ủy's recognition decision (quyết định công nhận) and later re-rating (Mẫu 03): a scope is
// locked only when every cell in it has finalized its meeting, every case the Đảng ủy must decide is
// decided and no HTXS quota group is violated; the recognized list is stored with its content hash.
// A re-rating changes a recognized level with a reason and a decision number, and is audited.
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
import { LEVEL_NAMES, type LevelCode } from '../../../shared/rules/levels';
import { findRecognitionByNumber, getDecisionRow, getRecognitionRow, insertReRating, insertRecognition, putDecision, recognitionFromRow } from '../../../db/repos/decisions';
import { getReviewYearById } from '../../../db/repos/meetings';
import { stamp, type ServiceContext } from './context';
import { loadDecisionData } from './decision-data';
import { requireSubject } from './decision-service';
import { audit, resolveActor } from './meeting-audit';
import { sha256 } from './meeting-record';

const RECOGNITION_FORMAT = 'kiemdiem.recognition';

function checkDecisionDate(date: string, year: number, path = 'decidedOn'): void {
  const w = roundWindow(year);
  if (compareIsoDates(date, w.from) < 0 || compareIsoDates(date, w.to) > 0) {
    throw new DomainError('invalid-input', `Ngày quyết định (${formatDateVi(date)}) phải trong khoảng ${formatDateVi(w.from)} – ${formatDateVi(w.to)} của đợt kiểm điểm năm ${year}.`, { path });
  }
}

export interface LockInput {
  year: number;
  scope: LockScope;
  decisionNo: string;
  decidedOn: string;
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
    if (await findRecognitionByNumber(trx, data.year.id, input.decisionNo)) {
      throw new DomainError('duplicate-decision-no', `Số quyết định ${input.decisionNo} đã được dùng cho một quyết định công nhận khác của năm ${input.year}.`, { path: 'decisionNo' });
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

    const content = recognitionContent(input.scope, subjects);
    const now = stamp(ctx);
    const id = ctx.newId();
    const contentHash = sha256(canonicalJson({ format: RECOGNITION_FORMAT, version: 1, year: input.year, scope: input.scope, decisionNo: input.decisionNo, decidedOn: input.decidedOn, subjects: content }));
    await insertRecognition(trx, {
      id,
      reviewYearId: data.year.id,
      scopeKind: input.scope === 'commune' ? 'commune' : 'basic-org',
      scopeOrgUnitId: input.scope === 'commune' ? null : input.scope.basicOrgId,
      decisionNo: input.decisionNo,
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
      [{ entity: 'recognition', entityId: id, field: 'lock', oldValue: null, newValue: JSON.stringify({ decisionNo: input.decisionNo, decidedOn: input.decidedOn, subjects: content.length, contentHash }), reason: null }],
      input.actor,
    );
    return recognitionRecord(input.year, recognitionFromRow((await getRecognitionRow(trx, id))!), content);
  });
}

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
  decisionNo: string;
  decidedOn: string;
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
    const decision = (await getDecisionRow(trx, data.year.id, subject.orgUnitId, subject.memberId))!;
    const now = stamp(ctx);
    const id = ctx.newId();
    const record = {
      id,
      levelDecisionId: decision.id,
      oldLevel: current,
      newLevel: input.newLevel,
      reason: input.reason,
      decisionNo: input.decisionNo,
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
          reason: `Xếp loại lại (Mẫu 03) theo Quyết định số ${input.decisionNo} ngày ${formatDateVi(input.decidedOn)}: ${input.reason}`,
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
      decisionNo: input.decisionNo,
      decidedOn: input.decidedOn,
      actor: record.actor,
      createdAt: now,
      year: input.year,
      subjectName: subject.name,
    };
  });
}
