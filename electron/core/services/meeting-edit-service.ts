// The fine-grained saves of the meeting wizard (issue 4 §3–4): every field is saved as it is entered,
// each call checked and written in one transaction, and the whole view returned so the client shows what
// the rules now compute. Bad input is refused with a Vietnamese message naming the field; a combination
// that is merely incomplete is saved and reported by the step's problems. Layer: electron/core.
import { DomainError, type Result } from '../../../shared/contract/result';
import type { ReviewPatch } from '../../../shared/meeting/inputs';
import { checkDisqualifiers, checkGroupScores, checkPartialScores, emptyReview, withReviewDefaults } from '../../../shared/meeting/review';
import { canMoveTo } from '../../../shared/meeting/steps';
import type { Attendance, CarryStatus } from '../../../shared/meeting/labels';
import type { MeetingMemberRecord, MeetingRecord, MeetingView, ReviewRecord, SubjectRef } from '../../../shared/meeting/types';
import { buildMeetingView, minutesFingerprint } from '../../../shared/meeting/view';
import { roundWindow } from '../../../shared/review/year-settings';
import { compareIsoDates, formatDateVi } from '../../../shared/rules/calendar';
import type { Executor } from '../../../db/repos/executor';
import { putReview, updateMeeting, updateMeetingMember } from '../../../db/repos/meetings';
import { followedUp, getFollowup, putFollowup, replaceRemediation } from '../../../db/repos/shortcomings';
import { stamp, today, type ServiceContext } from './context';
import { editMeeting } from './meeting-audit';
import { loadMeeting, type LoadedMeeting } from './meeting-record';
import { refreshRosterIn } from './meeting-service';

type Actor = { actor?: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unwraps a pure check, prefixing the error path (e.g. `patch`). */
function orRefuse<T>(result: Result<T>, at: string): T {
  if (result.ok) return result.value;
  const inner = (result.error.details as { path?: string } | undefined)?.path;
  throw new DomainError(result.error.code, result.error.message, { path: inner ? `${at}.${inner}` : at });
}

function rosterMember(record: MeetingRecord, memberId: string, path: string): MeetingMemberRecord {
  const m = record.members.find((x) => x.memberId === memberId);
  if (!m) throw new DomainError('not-in-meeting', 'Đảng viên này không có trong danh sách của hội nghị (không sinh hoạt ở chi bộ này).', { path });
  return m;
}

/** A reviewed member of the meeting, or a refusal that says why they are not reviewed. */
function reviewedMember(record: MeetingRecord, memberId: string, path: string): MeetingMemberRecord {
  const m = rosterMember(record, memberId, path);
  if (!m.reviewed) {
    const why = m.reasons[0]?.message ?? 'không thuộc diện kiểm điểm.';
    throw new DomainError('not-reviewed', `Đồng chí ${m.fullName} không kiểm điểm, xếp loại ở hội nghị này: ${why}`, { path });
  }
  return m;
}

/** The member id of a subject (null = the collective), checked against the roster. */
export function subjectMemberId(record: MeetingRecord, subject: SubjectRef, path = 'subject'): string | null {
  if (subject === 'collective') return null;
  return reviewedMember(record, subject.memberId, `${path}.memberId`).memberId;
}

// ----------------------------------------------------------------------------------------- preparation

function checkDateInRound(date: string | null | undefined, year: number, label: string, path: string): void {
  if (!date) return;
  const w = roundWindow(year);
  if (compareIsoDates(date, w.from) < 0 || compareIsoDates(date, w.to) > 0) {
    throw new DomainError('invalid-input', `${label} (${formatDateVi(date)}) phải trong khoảng ${formatDateVi(w.from)} – ${formatDateVi(w.to)} của đợt kiểm điểm năm ${year}.`, { path });
  }
}

export interface PreparationInput extends Actor {
  meetingId: string;
  patch: {
    meetingDate?: string | null;
    startTime?: string | null;
    endTime?: string | null;
    place?: string | null;
    chairMemberId?: string | null;
    secretaryMemberId?: string | null;
    upperLevelAttendee?: string | null;
    draftSentOn?: string | null;
  };
}

export async function updatePreparation(ctx: ServiceContext, input: PreparationInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { row, record }) => {
    const p = input.patch;
    checkDateInRound(p.meetingDate, record.reviewYear, 'Ngày họp', 'patch.meetingDate');
    checkDateInRound(p.draftSentOn, record.reviewYear, 'Ngày gửi dự thảo Mẫu 01', 'patch.draftSentOn');
    if (p.chairMemberId) rosterMember(record, p.chairMemberId, 'patch.chairMemberId');
    if (p.secretaryMemberId) rosterMember(record, p.secretaryMemberId, 'patch.secretaryMemberId');
    const changes = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
    await updateMeeting(trx, input.meetingId, changes);
    // Eligibility is evaluated at the meeting date (rules.md §3): a new date takes the roster again.
    if (p.meetingDate !== undefined && p.meetingDate !== row.meetingDate) await refreshRosterIn(ctx, trx, input.meetingId);
  });
}

export interface MemberPreparationInput extends Actor {
  meetingId: string;
  memberId: string;
  patch: Partial<{ selfReviewReceived: boolean; residenceApplies: boolean; residenceReceived: boolean; temporaryReceived: boolean; civilServantRating: string | null }>;
}

export async function updateMemberPreparation(ctx: ServiceContext, input: MemberPreparationInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { record }) => {
    const m = rosterMember(record, input.memberId, 'memberId');
    const changes = Object.fromEntries(Object.entries(input.patch).filter(([, v]) => v !== undefined));
    await updateMeetingMember(trx, input.meetingId, { ...m, preparation: { ...m.preparation, ...changes } }, stamp(ctx));
  });
}

// ------------------------------------------------------------------------------------------ attendance

export interface AttendanceInput extends Actor {
  meetingId: string;
  entries: { memberId: string; attendance: Attendance | null; absenceReason?: string | null }[];
}

export async function setAttendance(ctx: ServiceContext, input: AttendanceInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { record }) => {
    const seen = new Set<string>();
    for (const [i, e] of input.entries.entries()) {
      if (seen.has(e.memberId)) throw new DomainError('invalid-input', 'Một đảng viên được điểm danh hai lần trong cùng một lần ghi.', { path: `entries.${i}.memberId` });
      seen.add(e.memberId);
      const m = rosterMember(record, e.memberId, `entries.${i}.memberId`);
      // Present members have no absence reason; an absence keeps its reason unless a new one is given.
      const absenceReason = e.attendance === 'present' || e.attendance === null ? null : e.absenceReason !== undefined ? e.absenceReason : m.absenceReason;
      await updateMeetingMember(trx, input.meetingId, { ...m, attendance: e.attendance, absenceReason }, stamp(ctx));
    }
  });
}

// ------------------------------------------------------------------------------------------- reviews

/** Applies a review patch after checking it against the template and the subject (null = collective). */
async function patchReview(
  ctx: ServiceContext,
  trx: Executor,
  loaded: LoadedMeeting,
  memberId: string | null,
  patch: ReviewPatch,
): Promise<void> {
  const { record } = loaded;
  const member = memberId === null ? null : reviewedMember(record, memberId, 'memberId');
  const current: ReviewRecord = withReviewDefaults(memberId === null ? record.collective : (record.reviews[memberId] ?? emptyReview()));
  const next: ReviewRecord = { ...current, tasks: { ...current.tasks }, scores: { ...current.scores }, groupScores: { ...current.groupScores } };

  if (patch.scores !== undefined) {
    const template = record.templates[member ? member.form : '01'];
    if (!template) throw new DomainError('no-template', 'Năm kiểm điểm chưa có mẫu tiêu chí chấm điểm cho biểu mẫu này; hãy tạo mẫu tiêu chí trước.', { path: 'patch.scores' });
    for (const [id, value] of Object.entries(patch.scores)) {
      if (value === null) delete next.scores[id];
      else next.scores[id] = value;
    }
    orRefuse(checkPartialScores(template, next.scores), 'patch');
  }
  if (patch.groupScores !== undefined) {
    orRefuse(checkGroupScores(patch.groupScores), 'patch');
    for (const [k, v] of Object.entries(patch.groupScores)) if (v !== undefined) next.groupScores[k as keyof typeof next.groupScores] = v;
  }
  if (patch.tasks !== undefined) {
    for (const [k, v] of Object.entries(patch.tasks)) if (v !== undefined) next.tasks[k as keyof typeof next.tasks] = v;
  }
  if (patch.disqualifiers !== undefined) {
    const codes = [...new Set(patch.disqualifiers)];
    orRefuse(checkDisqualifiers(member ? member.category : 'organization', codes), 'patch');
    next.disqualifiers = codes;
  }
  if (patch.disciplinedMember !== undefined) {
    if (member) throw new DomainError('invalid-input', 'Thông tin "có đơn vị trực thuộc hoặc thành viên bị kỷ luật" chỉ dùng cho tập thể chi bộ.', { path: 'patch.disciplinedMember' });
    next.disciplinedMember = patch.disciplinedMember;
  }
  if (patch.comments !== undefined) {
    next.comments = patch.comments.map((c, i) => {
      if (c.speakerMemberId) {
        const speaker = rosterMember(record, c.speakerMemberId, `patch.comments.${i}.speakerMemberId`);
        return { speakerMemberId: speaker.memberId, speakerName: speaker.fullName, content: c.content };
      }
      if (!c.speakerName) throw new DomainError('invalid-input', 'Ý kiến góp ý: hãy chọn đảng viên hoặc ghi tên người góp ý.', { path: `patch.comments.${i}.speakerName` });
      return { speakerMemberId: null, speakerName: c.speakerName, content: c.content };
    });
  }
  for (const key of ['summary', 'shortcomings', 'overrideRequest', 'response', 'proposedLevel', 'proposalNote'] as const) {
    if (patch[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  await putReview(trx, record.id, memberId, next, { newId: ctx.newId, now: stamp(ctx) });
}

export async function updateCollective(ctx: ServiceContext, input: { meetingId: string; patch: ReviewPatch } & Actor): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, (trx, loaded) => patchReview(ctx, trx, loaded, null, input.patch));
}

export async function updateMemberReview(ctx: ServiceContext, input: { meetingId: string; memberId: string; patch: ReviewPatch } & Actor): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, (trx, loaded) => patchReview(ctx, trx, loaded, input.memberId, input.patch));
}

// ------------------------------------------------------------------------------------------ carry-over

export interface CarryOverInput extends Actor {
  meetingId: string;
  shortcomingId: string;
  patch: Partial<{ status: CarryStatus | null; extent: string | null; obstacles: string | null; responsibility: string | null }>;
}

export async function updateCarryOver(ctx: ServiceContext, input: CarryOverInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { record }) => {
    if (!record.carryOver.some((i) => i.shortcomingId === input.shortcomingId)) {
      throw new DomainError('not-in-meeting', 'Hạn chế, khuyết điểm này không thuộc danh sách kỳ trước của hội nghị (mục III).', { path: 'shortcomingId' });
    }
    const current = await getFollowup(trx, input.shortcomingId, input.meetingId);
    const values = {
      status: current?.status ?? null,
      extent: current?.extent ?? null,
      obstacles: current?.obstacles ?? null,
      responsibility: current?.responsibility ?? null,
    };
    for (const [k, v] of Object.entries(input.patch)) if (v !== undefined) (values as Record<string, unknown>)[k] = v;
    await putFollowup(trx, input.shortcomingId, input.meetingId, values, { newId: ctx.newId, now: stamp(ctx) });
  });
}

// --------------------------------------------------------------------------------------- remediation

export interface RemediationInput extends Actor {
  meetingId: string;
  subject: SubjectRef;
  items: { id?: string; content: string; measure?: string | null; deadline?: string | null; responsible?: string | null }[];
}

export async function updateRemediation(ctx: ServiceContext, input: RemediationInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx, { record }) => {
    const memberId = subjectMemberId(record, input.subject);
    const mine = record.remediation.filter((i) => i.memberId === memberId);
    // A new item may bring its own id (a UUID made by the client when the row was added), so it keeps
    // that id from its first save on; an id of another subject's item, or given twice, is refused.
    const given = new Set<string>();
    for (const [i, item] of input.items.entries()) {
      if (item.id === undefined) continue;
      if (given.has(item.id)) throw new DomainError('invalid-input', `Mục khắc phục thứ ${i + 1} trùng mã với một mục khác trong cùng kế hoạch.`, { path: `items.${i}.id` });
      given.add(item.id);
      if (mine.some((x) => x.id === item.id)) continue;
      if (!UUID.test(item.id)) throw new DomainError('invalid-input', `Mục khắc phục thứ ${i + 1}: mã mục mới không hợp lệ.`, { path: `items.${i}.id` });
      const taken = await trx.selectFrom('shortcoming').select('id').where('id', '=', item.id).executeTakeFirst();
      if (taken) throw new DomainError('invalid-input', 'Mục khắc phục không thuộc kế hoạch của đối tượng này.', { path: `items.${i}.id` });
    }
    const kept = new Set(input.items.map((i) => i.id));
    const removed = mine.filter((x) => !kept.has(x.id));
    const assessed = await followedUp(trx, removed.map((x) => x.id));
    if (assessed.length > 0) {
      const item = removed.find((x) => x.id === assessed[0]!.shortcomingId)!;
      throw new DomainError(
        'followed-up',
        `Không xóa được mục "${item.content}": hội nghị năm ${assessed[0]!.year} đã đánh giá kết quả khắc phục mục này. Có thể sửa nội dung nhưng không xóa.`,
        { path: 'items' },
      );
    }
    await replaceRemediation(
      trx,
      { id: record.id, reviewYear: record.reviewYear, orgUnitId: record.orgUnit.id },
      memberId,
      input.items.map((i) => ({ id: i.id ?? null, content: i.content, measure: i.measure ?? null, deadline: i.deadline ?? null, responsible: i.responsible ?? null })),
      { newId: ctx.newId, now: stamp(ctx) },
    );
  });
}

// --------------------------------------------------------------------------------- minutes and steps

export interface ApproveMinutesInput extends Actor {
  meetingId: string;
  approved: boolean;
  endTime?: string | null;
  /** When the meeting approved the minutes (local date, `HH:MM`); each defaults to now. */
  approvalDate?: string;
  approvalTime?: string;
}

/** The approval moment as stored (`YYYY-MM-DDTHH:MM`, local wall clock), checked against the meeting's date and start. */
function approvalStamp(ctx: ServiceContext, input: ApproveMinutesInput, meeting: { meetingDate: string | null; startTime: string | null }): string {
  const now = ctx.now();
  const date = input.approvalDate ?? today(ctx);
  const time = input.approvalTime ?? `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const { meetingDate, startTime } = meeting;
  if (meetingDate && compareIsoDates(date, meetingDate) < 0) {
    throw new DomainError('invalid-input', `Ngày thông qua biên bản (${formatDateVi(date)}) không được trước ngày họp (${formatDateVi(meetingDate)}).`, { path: 'approvalDate' });
  }
  if (meetingDate && date === meetingDate && startTime && time < startTime) {
    throw new DomainError('invalid-input', `Giờ thông qua biên bản (${time}) không được trước giờ bắt đầu họp (${startTime}).`, { path: 'approvalTime' });
  }
  return `${date}T${time}`;
}

export async function approveMinutes(ctx: ServiceContext, input: ApproveMinutesInput): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, input.actor, async (trx) => {
    if (input.endTime !== undefined) await updateMeeting(trx, input.meetingId, { endTime: input.endTime });
    if (!input.approved) {
      await updateMeeting(trx, input.meetingId, { minutesFingerprint: null, minutesApprovedAt: null });
      return;
    }
    // The minutes approved are those the record produces now (after the end time just written).
    const view = buildMeetingView((await loadMeeting(trx, input.meetingId)).record);
    const reachable = canMoveTo(view.steps, 'minutes', 'thông qua biên bản');
    if (!reachable.ok) throw new DomainError(reachable.error.code, reachable.error.message, { path: 'approved' });
    const at = approvalStamp(ctx, input, view.preparation);
    await updateMeeting(trx, input.meetingId, { minutesFingerprint: minutesFingerprint(view), minutesApprovedAt: at });
  });
}

export async function setStep(ctx: ServiceContext, input: { meetingId: string; step: string }): Promise<MeetingView> {
  return editMeeting(ctx, input.meetingId, null, async (trx, { record }) => {
    const view = buildMeetingView(record);
    const target = canMoveTo(view.steps, input.step);
    if (!target.ok) throw new DomainError(target.error.code, target.error.message, { path: 'step' });
    // Going back moves only the step on screen; the furthest step reached stays the resume point.
    const furthest = target.value.index > (view.furthestIndex ?? 0) ? target.value.key : (view.furthestStep ?? target.value.key);
    await updateMeeting(trx, input.meetingId, { currentStep: target.value.key, furthestStep: furthest });
  });
}
