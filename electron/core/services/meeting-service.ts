// Use cases that open and read review meetings: create a cell's meeting of a year from the register (the
// roster with eligibility at the meeting date, in the order of business), read it, find it, list a year's
// meetings, refresh the roster from the register, and produce the minutes. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { buildMinutes, renderMinutesText } from '../../../shared/meeting/minutes';
import { defaultPreparation, mergeRoster, rosterSnapshot } from '../../../shared/meeting/roster';
import type { MeetingMinutes, MeetingSummary, MeetingView } from '../../../shared/meeting/types';
import { buildMeetingView } from '../../../shared/meeting/view';
import { memberHoldingKinds } from '../../../shared/domain/org-unit';
import type { ReviewYear } from '../../../shared/review/year-settings';
import type { RosterUnit } from '../../../shared/review/eligibility-view';
import type { Executor } from '../../../db/repos/executor';
import { deleteMemberData, findMeetingRow, insertMeeting, listMeetingRows, writeMeetingMembers } from '../../../db/repos/meetings';
import { getOrgUnit, listOrgUnits } from '../../../db/repos/org-units';
import { listRoster } from '../../../db/repos/review-years';
import { deleteItemsOfMembers } from '../../../db/repos/shortcomings';
import { requireOwnCommune } from './commune-service';
import { stamp, type ServiceContext } from './context';
import { editMeeting } from './meeting-audit';
import { frozenOf, loadMeeting, meetingView, requireMeetingRow, requireRuleSet } from './meeting-record';
import { requireYear } from './review-year-service';

const toRosterUnit = (u: { id: string; parentId: string | null; kind: RosterUnit['kind']; name: string; closedOn: string | null }): RosterUnit => ({
  id: u.id,
  parentId: u.parentId,
  kind: u.kind,
  name: u.name,
  closedOn: u.closedOn,
});

/** The cell's roster from the register at `date` (the meeting date, or the year's review date). */
async function snapshotFor(ctx: ServiceContext, db: Executor, year: ReviewYear, orgUnitId: string, date: string) {
  const commune = await requireOwnCommune(ctx, db);
  const units = await listOrgUnits(db, commune.id);
  const unit = units.find((u) => u.id === orgUnitId)!;
  const parent = units.find((u) => u.id === unit.parentId);
  const members = await listRoster(db, [unit.id]);
  return rosterSnapshot({ reviewYear: year.year, date, ruleSet: requireRuleSet(year), unit: toRosterUnit(unit), parent: parent ? toRosterUnit(parent) : undefined, members });
}

export async function createMeeting(ctx: ServiceContext, input: { year: number; orgUnitId: string }): Promise<MeetingView> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const commune = await requireOwnCommune(ctx, trx);
    const year = await requireYear(trx, commune.id, input.year);
    const ruleSet = requireRuleSet(year);
    if (ruleSet.mode !== 'full') {
      throw new DomainError(
        'record-only-year',
        `Năm ${year.year} áp dụng ${ruleSet.regulation.code}: bộ quy tắc chỉ ghi nhận kết quả, không tổ chức hội nghị chấm điểm trong ứng dụng. ` +
          'Hãy nhập kết quả năm đó trong lịch sử xếp loại của từng đảng viên.',
        { path: 'year' },
      );
    }
    const unit = await getOrgUnit(trx, input.orgUnitId);
    if (!unit || unit.communeId !== commune.id) throw new DomainError('not-found', 'Không tìm thấy chi bộ đã chọn.', { path: 'orgUnitId' });
    if (!memberHoldingKinds.includes(unit.kind)) {
      throw new DomainError('invalid-input', `"${unit.name}" không phải chi bộ: hội nghị kiểm điểm đảng viên họp ở chi bộ.`, { path: 'orgUnitId' });
    }
    if (unit.closedOn) throw new DomainError('invalid-input', `"${unit.name}" đã giải thể.`, { path: 'orgUnitId' });
    const existing = await findMeetingRow(trx, year.id, unit.id);
    if (existing) {
      throw new DomainError('meeting-exists', `${unit.name} đã có hội nghị kiểm điểm năm ${year.year}; hãy mở hội nghị đó.`, { path: 'orgUnitId', meetingId: existing.id });
    }
    const roster = await snapshotFor(ctx, trx, year, unit.id, year.settings.reviewDate);
    if (roster.length === 0) throw new DomainError('no-members', `${unit.name} không có đảng viên nào trong danh sách sinh hoạt.`, { path: 'orgUnitId' });
    if (!roster.some((m) => m.canVote)) {
      throw new DomainError('no-voters', `${unit.name} không có đảng viên chính thức nào có quyền biểu quyết: hội nghị không biểu quyết xếp loại được.`, { path: 'orgUnitId' });
    }
    const now = stamp(ctx);
    const id = ctx.newId();
    await insertMeeting(trx, {
      id,
      reviewYearId: year.id,
      orgUnitId: unit.id,
      status: 'in-progress',
      currentStep: 'preparation',
      furthestStep: 'preparation',
      meetingDate: null,
      startTime: null,
      endTime: null,
      place: null,
      chairMemberId: null,
      secretaryMemberId: null,
      upperLevelAttendee: null,
      draftSentOn: null,
      minutesFingerprint: null,
      minutesApprovedAt: null,
      finalizedAt: null,
      finalizedBy: null,
      contentHash: null,
      recordJson: null,
      minutesJson: null,
      reopenedAt: null,
      reopenedBy: null,
      reopenReason: null,
      createdAt: now,
      updatedAt: now,
    });
    await writeMeetingMembers(
      trx,
      id,
      roster.map((m) => ({ ...m, preparation: defaultPreparation(m), attendance: null, absenceReason: null })),
      { newId: ctx.newId, now },
    );
    return buildMeetingView((await loadMeeting(trx, id)).record);
  });
}

export async function getMeeting(ctx: ServiceContext, input: { meetingId: string }): Promise<MeetingView> {
  return meetingView(ctx.db.kysely, input.meetingId);
}

export async function findMeeting(ctx: ServiceContext, input: { year: number; orgUnitId: string }): Promise<MeetingView | null> {
  const db = ctx.db.kysely;
  const commune = await requireOwnCommune(ctx);
  const year = await requireYear(db, commune.id, input.year);
  const row = await findMeetingRow(db, year.id, input.orgUnitId);
  return row ? meetingView(db, row.id) : null;
}

export async function listMeetings(ctx: ServiceContext, input: { year: number }): Promise<MeetingSummary[]> {
  const db = ctx.db.kysely;
  const commune = await requireOwnCommune(ctx);
  const year = await requireYear(db, commune.id, input.year);
  const out: MeetingSummary[] = [];
  for (const row of await listMeetingRows(db, year.id)) {
    const view = await meetingView(db, row.id);
    const current = view.steps.find((s) => s.key === view.currentStep)!;
    const furthest = view.steps.find((s) => s.key === view.furthestStep) ?? current;
    out.push({
      id: view.id,
      reviewYear: view.reviewYear,
      orgUnitId: view.orgUnit.id,
      orgUnitName: view.orgUnit.name,
      status: view.status,
      meetingDate: view.preparation.meetingDate,
      currentStep: view.currentStep,
      currentIndex: view.currentIndex,
      totalSteps: view.totalSteps,
      currentTitle: current.title,
      furthestStep: furthest.key,
      furthestIndex: furthest.index,
      furthestTitle: furthest.title,
    });
  }
  return out;
}

/**
 * Takes the roster again from the register at the meeting date: names, roles, statuses and eligibility are
 * brought up to date, new members added, members no longer on the roll removed with their reviews and
 * votes; the checklist and attendance of the others are kept. Call inside the meeting's transaction.
 */
export async function refreshRosterIn(ctx: ServiceContext, trx: Executor, meetingId: string): Promise<void> {
  const { row, year, record } = await loadMeeting(trx, meetingId);
  const fresh = await snapshotFor(ctx, trx, year, row.orgUnitId, row.meetingDate ?? year.settings.reviewDate);
  const merged = mergeRoster(record.members, fresh);
  await deleteMemberData(trx, meetingId, merged.removed);
  await deleteItemsOfMembers(trx, meetingId, merged.removed);
  await writeMeetingMembers(trx, meetingId, merged.members, { newId: ctx.newId, now: stamp(ctx) });
}

export async function refreshRoster(ctx: ServiceContext, input: { meetingId: string; actor?: string | null }): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, (trx) => refreshRosterIn(ctx, trx, input.meetingId));
}

/** The minutes: computed from the record while in progress, the frozen ones once finalized. */
export async function meetingMinutes(ctx: ServiceContext, input: { meetingId: string }): Promise<MeetingMinutes> {
  const db = ctx.db.kysely;
  const row = await requireMeetingRow(db, input.meetingId);
  const document = row.status === 'finalized' ? frozenOf(row).minutes : buildMinutes(buildMeetingView((await loadMeeting(db, row.id)).record));
  return { meetingId: row.id, frozen: row.status === 'finalized', document, text: renderMinutesText(document) };
}
