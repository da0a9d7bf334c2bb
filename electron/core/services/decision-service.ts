// The Đảng ủy's progress board and verification of a review year (issue 4 §7–8): which cells have met,
// every proposal with what the Đảng ủy must decide itself, the HTXS quota per peer group, and the decision
// on one subject's level (a reason is required when it differs from the chi bộ's proposal; a level above
// the rules is refused). Decisions are audited. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { buildBoard, type Board, type BoardMeeting } from '../../../shared/meeting/board';
import { buildDecisionView, checkDecision, decisionSubjects, subjectKey, type DecisionSubject, type DecisionView } from '../../../shared/meeting/decision';
import type { LevelCode } from '../../../shared/rules/levels';
import { getDecisionRow, putDecision } from '../../../db/repos/decisions';
import { stamp, today, type ServiceContext } from './context';
import { loadDecisionData } from './decision-data';
import { audit, resolveActor } from './meeting-audit';
import { meetingView } from './meeting-record';

export async function decisionBoard(ctx: ServiceContext, input: { year: number }): Promise<Board> {
  const db = ctx.db.kysely;
  const data = await loadDecisionData(ctx, db, input.year);
  const view = buildDecisionView(data.input);
  const progress: BoardMeeting[] = [];
  for (const row of data.meetingRows) {
    const v = await meetingView(db, row.id);
    // How far the meeting got, not the step someone went back to look at.
    const furthest = v.steps.find((s) => s.key === (v.furthestStep ?? v.currentStep))!;
    progress.push({ orgUnitId: row.orgUnitId, meetingDate: row.meetingDate, currentIndex: v.furthestIndex ?? v.currentIndex, totalSteps: v.totalSteps, currentTitle: furthest.title });
  }
  return buildBoard(input.year, today(ctx), data.year.settings.deadlines, view.units, progress);
}

export async function getDecision(ctx: ServiceContext, input: { year: number; basicOrgId?: string }): Promise<DecisionView> {
  const data = await loadDecisionData(ctx, ctx.db.kysely, input.year);
  if (input.basicOrgId !== undefined && !data.input.units.some((u) => u.basicOrgId === input.basicOrgId)) {
    throw new DomainError('not-found', 'Không tìm thấy tổ chức cơ sở đảng có chi bộ kiểm điểm trong năm này.', { path: 'basicOrgId' });
  }
  return buildDecisionView(data.input, input.basicOrgId ?? null);
}

/** The subject of a decision call, or a refusal saying why it has no proposal yet. */
export function requireSubject(subjects: readonly DecisionSubject[], target: { memberId?: string; orgUnitId?: string }, year: number): DecisionSubject {
  const found = target.memberId !== undefined ? subjects.find((s) => s.memberId === target.memberId) : subjects.find((s) => s.kind === 'organization' && s.orgUnitId === target.orgUnitId);
  if (!found) {
    throw new DomainError(
      'no-proposal',
      `Chưa có đề nghị xếp loại năm ${year} của ${target.memberId !== undefined ? 'đảng viên' : 'chi bộ'} này: hội nghị kiểm điểm của chi bộ chưa hoàn tất.`,
      { path: target.memberId !== undefined ? 'memberId' : 'orgUnitId' },
    );
  }
  return found;
}

export interface SetLevelInput {
  year: number;
  memberId?: string;
  orgUnitId?: string;
  level: LevelCode;
  reason?: string | null;
  overrideGranted?: boolean;
  actor?: string | null;
}

export async function setDecisionLevel(ctx: ServiceContext, input: SetLevelInput): Promise<DecisionSubject> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const data = await loadDecisionData(ctx, trx, input.year);
    const subject = requireSubject(decisionSubjects(data.input), input, input.year);
    const reason = input.reason ?? null;
    const checked = checkDecision(subject, { level: input.level, reason, overrideGranted: input.overrideGranted });
    if (!checked.ok) throw new DomainError(checked.error.code, checked.error.message, checked.error.details);
    const now = stamp(ctx);
    const previous = await getDecisionRow(trx, data.year.id, subject.orgUnitId, subject.memberId);
    await putDecision(trx, {
      id: previous?.id ?? ctx.newId(),
      reviewYearId: data.year.id,
      meetingId: subject.meetingId,
      orgUnitId: subject.orgUnitId,
      memberId: subject.memberId,
      proposedLevel: subject.proposal,
      level: input.level,
      reason,
      overrideGranted: input.overrideGranted === undefined ? null : input.overrideGranted ? 1 : 0,
      recognitionId: null,
      decidedBy: await resolveActor(ctx, trx, input.actor),
      decidedAt: now,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    const overrideNote = input.overrideGranted === undefined ? '' : input.overrideGranted ? ' (chấp thuận đề nghị xem xét)' : ' (không chấp thuận đề nghị xem xét)';
    await audit(
      ctx,
      trx,
      [
        {
          entity: subject.kind === 'member' ? 'member' : 'org-unit',
          entityId: subject.memberId ?? subject.orgUnitId,
          field: `level.${input.year}`,
          oldValue: previous?.level ?? subject.proposal,
          newValue: input.level,
          reason: reason === null && overrideNote === '' ? null : `${reason ?? ''}${overrideNote}`.trim(),
        },
      ],
      input.actor,
    );
    const after = await loadDecisionData(ctx, trx, input.year);
    const subjects = buildDecisionView(after.input).subjects;
    return subjects.find((s) => s.key === subjectKey(subject.memberId, subject.orgUnitId))!;
  });
}
