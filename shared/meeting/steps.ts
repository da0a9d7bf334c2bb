// The wizard's fixed sequence of steps and their gating (issue 4): preparation → attendance → the
// collective → each reviewed member in the order of business → votes on members → the vote on the chi
// bộ's own level → remediation plans → the minutes → finalize. Each step says whether it is complete and,
// if not, what to fix (`problems`, Vietnamese); `warnings` never block. A step is reachable only when every
// earlier one is complete, which is what the core enforces on `meeting.setStep` and `meeting.finalize`.
// Pure functions of the view. Layer: shared.
import { ok, type Result } from '../contract/result';
import { formatDateVi, compareIsoDates } from '../rules/calendar';
import { inputError } from '../rules/input-errors';
import { compareLevels, LEVEL_NAMES, type LevelCode } from '../rules/levels';
import { voteThreshold } from '../rules/tally';
import { joinNames, STEP_TITLES } from './labels';
import { approvalMoment } from './minutes';
import { aboveCeiling, proposalCeiling, proposalPreset } from './review';
import type { CarryItem, MeetingView, MemberView, StepKind, StepStatus, SubjectView } from './types';

/** The view without its steps: what the checks read. */
export type StepInput = Omit<MeetingView, 'steps' | 'currentStep' | 'currentIndex' | 'totalSteps'>;

interface Check {
  problems: string[];
  warnings: string[];
  /** See `StepStatus.proposalPreset`. */
  proposalPreset?: LevelCode | null;
}

const q = (level: keyof typeof LEVEL_NAMES) => `"${LEVEL_NAMES[level]}"`;

function excludedFromActivity(m: MemberView): string | null {
  if (m.reviewStatus === 'exempt') return 'đang được miễn công tác và sinh hoạt đảng';
  if (m.reviewStatus === 'suspended') return 'đang bị đình chỉ sinh hoạt đảng';
  return null;
}

/** The reviewed members, in the order of business. */
export function reviewedMembers(view: Pick<StepInput, 'members'>): MemberView[] {
  return view.members.filter((m) => m.reviewed && m.subject !== null);
}

// ----------------------------------------------------------------------------------------- preparation

function checkOfficer(view: StepInput, id: string | null, role: string, missing: string): string | null {
  if (id === null) return missing;
  const m = view.members.find((x) => x.memberId === id);
  if (!m) return `Đồng chí được chọn làm ${role} không còn trong danh sách đảng viên của chi bộ; hãy chọn lại.`;
  const excluded = excludedFromActivity(m);
  return excluded ? `Đồng chí ${m.fullName} ${excluded}, không làm ${role} được; hãy chọn đồng chí khác.` : null;
}

export function checkPreparation(view: StepInput): Check {
  const p = view.preparation;
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!p.meetingDate) problems.push('Chưa nhập ngày họp.');
  if (!p.startTime) problems.push('Chưa nhập giờ bắt đầu họp.');
  if (!p.place) problems.push('Chưa nhập địa điểm họp.');
  const chair = checkOfficer(view, p.chairMemberId, 'chủ trì hội nghị', 'Chưa chọn đồng chí chủ trì hội nghị.');
  if (chair) problems.push(chair);
  const secretary = checkOfficer(view, p.secretaryMemberId, 'thư ký (người ghi biên bản)', 'Chưa chọn đồng chí thư ký hội nghị (người ghi biên bản).');
  if (secretary) problems.push(secretary);
  if (p.chairMemberId !== null && p.chairMemberId === p.secretaryMemberId) problems.push('Người chủ trì và thư ký hội nghị phải là hai đồng chí khác nhau.');
  if (!p.draftSentOn) problems.push('Chưa nhập ngày gửi dự thảo báo cáo kiểm điểm của chi bộ (Mẫu 01) đến đảng viên.');
  if (p.draftNotice?.afterMeeting) problems.push(p.draftNotice.message);
  else if (p.draftNotice?.late) warnings.push(p.draftNotice.message);

  const reviewed = reviewedMembers(view);
  const noSelfReview = reviewed.filter((m) => !m.preparation.selfReviewReceived).map((m) => m.fullName);
  if (noSelfReview.length > 0) problems.push(`Chưa nhận bản tự kiểm điểm (Mẫu 02) của: ${joinNames(noSelfReview)}.`);
  const noResidence = reviewed.filter((m) => m.preparation.residenceApplies && !m.preparation.residenceReceived).map((m) => m.fullName);
  if (noResidence.length > 0) problems.push(`Chưa nhận nhận xét của chi ủy nơi cư trú đối với: ${joinNames(noResidence)}.`);
  const noTemporary = reviewed.filter((m) => m.temporaryApplies && !m.preparation.temporaryReceived).map((m) => m.fullName);
  if (noTemporary.length > 0) problems.push(`Chưa nhận nhận xét của chi bộ nơi sinh hoạt tạm thời đối với: ${joinNames(noTemporary)}.`);
  const noRating = reviewed.filter((m) => m.civilServantApplies && !m.preparation.civilServantRating).map((m) => m.fullName);
  if (noRating.length > 0) {
    warnings.push(`Chưa ghi kết quả xếp loại công chức, viên chức năm ${view.reviewYear} của: ${joinNames(noRating)} (nên có trước khi xếp loại đảng viên).`);
  }
  const { meetingsFrom, meetingsTo } = view.settings.deadlines;
  if (p.meetingDate && ((meetingsFrom && compareIsoDates(p.meetingDate, meetingsFrom) < 0) || (meetingsTo && compareIsoDates(p.meetingDate, meetingsTo) > 0))) {
    const window = `${meetingsFrom ? formatDateVi(meetingsFrom) : '…'} – ${meetingsTo ? formatDateVi(meetingsTo) : '…'}`;
    warnings.push(`Ngày họp ${formatDateVi(p.meetingDate)} nằm ngoài thời gian họp kiểm điểm theo kế hoạch của Đảng ủy (${window}).`);
  }
  return { problems, warnings };
}

// ------------------------------------------------------------------------------------------ attendance

export function checkAttendance(view: StepInput): Check {
  const problems: string[] = [];
  const warnings: string[] = [];
  const required = view.members.filter((m) => m.attendanceRequired);
  const unanswered = required.filter((m) => m.attendance === null).map((m) => m.fullName);
  if (unanswered.length > 0) problems.push(`Chưa điểm danh: ${joinNames(unanswered)}.`);
  const noReason = view.members.filter((m) => m.attendance === 'absent-excused' && !m.absenceReason).map((m) => m.fullName);
  if (noReason.length > 0) problems.push(`Chưa ghi lý do vắng của: ${joinNames(noReason)}.`);
  for (const [id, role] of [
    [view.preparation.chairMemberId, 'chủ trì'],
    [view.preparation.secretaryMemberId, 'thư ký'],
  ] as const) {
    const m = view.members.find((x) => x.memberId === id);
    if (m && m.attendance !== null && m.attendance !== 'present') {
      problems.push(`Đồng chí ${role} hội nghị ${m.fullName} được ghi là vắng mặt; hãy chọn lại ${role} ở bước "${STEP_TITLES.preparation}".`);
    }
  }
  const { voters, presentVoters } = view.counts;
  if (unanswered.length === 0 && voters > 0 && presentVoters === 0) problems.push('Không có đảng viên có quyền biểu quyết nào có mặt: hội nghị không biểu quyết được.');
  if (voters === 0) problems.push('Chi bộ không có đảng viên có quyền biểu quyết (đảng viên chính thức): hội nghị không biểu quyết được.');
  if (unanswered.length === 0 && presentVoters > 0 && presentVoters * 2 < voters) {
    warnings.push(`Chỉ có ${presentVoters}/${voters} đảng viên có quyền biểu quyết có mặt, chưa đến một nửa.`);
  }
  if (unanswered.length === 0 && view.settings.vote.denominator === 'voters' && presentVoters > 0 && presentVoters < voteThreshold(voters)) {
    warnings.push(
      `Số đảng viên có quyền biểu quyết có mặt (${presentVoters}) ít hơn số phiếu cần để thông qua (${voteThreshold(voters)}, quá nửa của ${voters}): ` +
        'không mức xếp loại nào có thể được thông qua.',
    );
  }
  return { problems, warnings };
}

// ------------------------------------------------------------------------------------ subject reviews

function carryProblem(items: readonly CarryItem[]): string | null {
  const open = items.filter((i) => i.status === null);
  if (open.length === 0) return null;
  const list = open.map((i) => `"${i.content}" (năm ${i.fromYear})`).join('; ');
  return `Chưa đánh giá kết quả khắc phục (đã / đang / chưa khắc phục) của hạn chế, khuyết điểm kỳ trước: ${list}.`;
}

function checkSubject(subject: SubjectView, who: { collective: boolean }): Check {
  const problems: string[] = [];
  const warnings: string[] = [];
  const { review, assessment } = subject;
  if (who.collective && !review.summary) problems.push('Chưa ghi tóm tắt báo cáo kiểm điểm của chi bộ (Mẫu 01).');
  // Everything still missing is listed, not only the first item.
  if (assessment.scoreProblem) problems.push(`Tự chấm điểm: ${assessment.scoreProblem}`);
  if (assessment.computedProblem) problems.push(assessment.computedProblem);
  if (assessment.scoreConflict) warnings.push(assessment.scoreConflict);
  const carry = carryProblem(subject.carryOver);
  if (carry) problems.push(carry);
  const computed = assessment.computed;
  const ceiling = proposalCeiling(assessment);
  const preset = proposalPreset(review, assessment);
  if (!review.proposedLevel) {
    // A preset proposal is not a problem to fix but it is not stored either: the step is complete once
    // "Tiếp theo" (or a choice in the box) stores it.
    if (!preset) problems.push(who.collective ? 'Chưa chọn mức chi bộ tự đề xuất xếp loại.' : 'Chưa chọn mức chi ủy đề xuất xếp loại.');
  } else if (aboveCeiling(review.proposedLevel, ceiling)) {
    problems.push(`Mức đề xuất ${q(review.proposedLevel)} cao hơn mức tính theo quy định ${q(ceiling!)}; hãy chọn mức không cao hơn.`);
  } else if (computed?.level && compareLevels(review.proposedLevel, computed.level) < 0) {
    warnings.push(`Mức đề xuất ${q(review.proposedLevel)} thấp hơn mức tính theo quy định ${q(computed.level)}.`);
  }
  if (computed?.needsDecision) {
    const gap = computed.reasons.find((r) => r.code === 'rule-gap')?.message ?? 'Quy định chưa có mức xếp loại cho trường hợp này.';
    warnings.push(`${gap} Đảng ủy sẽ quyết định mức xếp loại; chi ủy vẫn đề xuất một mức để chi bộ biểu quyết.`);
  }
  if (review.overrideRequest) {
    warnings.push('Chi bộ đề nghị cấp có thẩm quyền xem xét không xếp loại "Không hoàn thành nhiệm vụ" (đã tự phát hiện, tự khắc phục): Đảng ủy sẽ quyết định.');
  }
  if (who.collective && !review.shortcomings) warnings.push('Chưa ghi hạn chế, khuyết điểm của chi bộ (mục II Mẫu 01).');
  return { problems, warnings, proposalPreset: review.proposedLevel ? null : preset };
}

// ---------------------------------------------------------------------------------------------- votes

function checkVotesOf(name: string, subject: SubjectView, missing: string[], out: Check, presentVoters: number): void {
  const rounds = subject.votes.rounds;
  const latest = rounds[rounds.length - 1];
  if (!latest) {
    missing.push(name);
    return;
  }
  if (latest.stale) out.problems.push(`${name}: ${latest.stale}`);
  else if (latest.error) out.problems.push(`${name}: ${latest.error}`);
  else if (latest.revote) {
    out.problems.push(`${name}: vòng ${latest.round} chưa có mức nào đạt quá nửa (cần ${latest.threshold} phiếu); hãy biểu quyết lại (vòng ${latest.round + 1}).`);
  }
  const result = subject.votes.result;
  if (result === null) return;
  const proposed = subject.review.proposedLevel;
  if (proposed && result !== proposed) out.warnings.push(`${name}: kết quả biểu quyết ${q(result)} khác mức chi ủy đề xuất ${q(proposed)}.`);
  const ceiling = proposalCeiling(subject.assessment);
  if (aboveCeiling(result, ceiling)) out.warnings.push(`${name}: kết quả biểu quyết ${q(result)} cao hơn mức tính theo quy định ${q(ceiling!)}; Đảng ủy sẽ xem xét.`);
  const cast = Object.values(latest.votes).reduce((a, b) => a + b, 0);
  if (latest.mode === 'hand' && cast < presentVoters) {
    out.warnings.push(`${name}: tổng số biểu quyết (${cast}) ít hơn số đảng viên có quyền biểu quyết có mặt (${presentVoters}).`);
  }
}

export function checkMemberVotes(view: StepInput): Check {
  const out: Check = { problems: [], warnings: [] };
  const missing: string[] = [];
  for (const m of reviewedMembers(view)) checkVotesOf(m.fullName, m.subject!, missing, out, view.counts.presentVoters);
  if (missing.length > 0) out.problems.unshift(`Chưa biểu quyết xếp loại: ${joinNames(missing)}.`);
  if (view.quotaWarning) out.warnings.push(view.quotaWarning);
  return out;
}

export function checkCollectiveVote(view: StepInput): Check {
  const out: Check = { problems: [], warnings: [] };
  const missing: string[] = [];
  checkVotesOf('Chi bộ', view.collective, missing, out, view.counts.presentVoters);
  if (missing.length > 0) out.problems.unshift('Chi bộ chưa biểu quyết mức xếp loại của chi bộ.');
  return out;
}

// ---------------------------------------------------------------------------------------- remediation

export function checkRemediation(view: StepInput): Check {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (view.collective.review.shortcomings && view.collective.remediation.length === 0) {
    problems.push('Chi bộ đã nêu hạn chế, khuyết điểm nhưng chưa có kế hoạch khắc phục của chi bộ.');
  }
  const without = reviewedMembers(view)
    .filter((m) => m.subject!.review.shortcomings && m.subject!.remediation.length === 0)
    .map((m) => m.fullName);
  if (without.length > 0) problems.push(`Chưa có kế hoạch khắc phục của: ${joinNames(without)} (đã nêu hạn chế, khuyết điểm).`);
  const open = [...view.collective.carryOver, ...reviewedMembers(view).flatMap((m) => m.subject!.carryOver)].filter((i) => i.status !== null && i.status !== 'fixed');
  if (open.length > 0) warnings.push(`Còn ${open.length} hạn chế, khuyết điểm kỳ trước chưa khắc phục xong; sẽ tiếp tục theo dõi ở kỳ kiểm điểm sau.`);
  return { problems, warnings };
}

// -------------------------------------------------------------------------------------------- minutes

export function checkMinutes(view: StepInput): Check {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!view.minutesApproval.approved) problems.push('Hội nghị chưa thông qua biên bản.');
  else if (view.minutesApproval.stale) problems.push('Biên bản đã thay đổi sau khi hội nghị thông qua; hãy đọc lại và thông qua lại.');
  const approvedOn = view.minutesApproval.approved && view.minutesApproval.at ? approvalMoment(view.minutesApproval.at).date : null;
  if (approvedOn && view.preparation.meetingDate && approvedOn !== view.preparation.meetingDate) {
    warnings.push(
      `Ngày thông qua biên bản (${formatDateVi(approvedOn)}) khác ngày họp (${formatDateVi(view.preparation.meetingDate)}); nếu hội nghị thông qua biên bản ngay cuối buổi họp, hãy sửa lại ngày, giờ thông qua.`,
    );
  }
  if (!view.preparation.endTime) warnings.push('Chưa ghi giờ kết thúc hội nghị.');
  return { problems, warnings };
}

// ------------------------------------------------------------------------------------------- sequence

interface StepPlan {
  key: string;
  kind: StepKind;
  memberId: string | null;
  title: string;
  check: () => Check;
}

/** The step list with each step's state, in order. */
export function buildSteps(view: StepInput): StepStatus[] {
  const plan: StepPlan[] = [
    { key: 'preparation', kind: 'preparation', memberId: null, title: STEP_TITLES.preparation, check: () => checkPreparation(view) },
    { key: 'attendance', kind: 'attendance', memberId: null, title: STEP_TITLES.attendance, check: () => checkAttendance(view) },
    { key: 'collective', kind: 'collective', memberId: null, title: STEP_TITLES.collective, check: () => checkSubject(view.collective, { collective: true }) },
    ...reviewedMembers(view).map(
      (m): StepPlan => ({
        key: `member:${m.memberId}`,
        kind: 'member',
        memberId: m.memberId,
        title: `${STEP_TITLES.member}: ${m.fullName}`,
        check: () => checkSubject(m.subject!, { collective: false }),
      }),
    ),
    { key: 'votes', kind: 'votes', memberId: null, title: STEP_TITLES.votes, check: () => checkMemberVotes(view) },
    { key: 'collective-vote', kind: 'collective-vote', memberId: null, title: STEP_TITLES['collective-vote'], check: () => checkCollectiveVote(view) },
    { key: 'remediation', kind: 'remediation', memberId: null, title: STEP_TITLES.remediation, check: () => checkRemediation(view) },
    { key: 'minutes', kind: 'minutes', memberId: null, title: STEP_TITLES.minutes, check: () => checkMinutes(view) },
    { key: 'finalize', kind: 'finalize', memberId: null, title: STEP_TITLES.finalize, check: () => ({ problems: [], warnings: [] }) },
  ];
  const total = plan.length;
  let reachable = true;
  return plan.map((step, i) => {
    const { problems, warnings, proposalPreset: preset } = step.check();
    const complete = step.kind === 'finalize' ? view.status === 'finalized' : problems.length === 0 && !preset;
    const status: StepStatus = {
      key: step.key,
      kind: step.kind,
      memberId: step.memberId,
      index: i + 1,
      total,
      title: step.title,
      label: `Bước ${i + 1}/${total}`,
      complete,
      problems,
      warnings,
      reachable,
      ...(step.kind === 'member' || step.kind === 'collective' ? { proposalPreset: preset ?? null } : {}),
    };
    reachable = reachable && complete;
    return status;
  });
}

/** The first step that is not complete (the finalize step once everything else is). */
export function firstIncomplete(steps: readonly StepStatus[]): StepStatus {
  return steps.find((s) => !s.complete) ?? steps[steps.length - 1]!;
}

/** The first incomplete step before `target`, or null when `target` is reachable. */
export function blockingStep(steps: readonly StepStatus[], target: StepStatus): StepStatus | null {
  return steps.find((s) => s.index < target.index && !s.complete) ?? null;
}

/** "Chưa <verb> được: bước 3/22 "…" chưa xong — <its first problem>". */
export function blockedMessage(blocker: StepStatus, verb: string): string {
  const first =
    blocker.problems[0] ??
    (blocker.proposalPreset ? `chưa ghi mức đề xuất (đang chọn sẵn ${q(blocker.proposalPreset)}); hãy bấm "Tiếp theo" ở bước đó để ghi, hoặc chọn mức khác.` : 'bước này chưa xong.');
  return `Chưa ${verb} được: bước ${blocker.index}/${blocker.total} "${blocker.title}" chưa xong — ${first}`;
}

/** Moving to `key`: going back is always allowed; going forward only when every earlier step is complete. */
export function canMoveTo(steps: readonly StepStatus[], key: string, verb?: string): Result<StepStatus> {
  const target = steps.find((s) => s.key === key);
  if (!target) {
    const member = key.startsWith('member:') ? ' (đảng viên này không thuộc diện kiểm điểm ở hội nghị này)' : '';
    return inputError('unknown-step', `Không có bước "${key}" trong hội nghị này${member}.`, 'step');
  }
  const blocker = blockingStep(steps, target);
  if (blocker) return inputError('step-blocked', blockedMessage(blocker, verb ?? `chuyển sang bước "${target.title}"`), 'step');
  return ok(target);
}

/** Finalizing needs every step before "finalize" complete. */
export function canFinalize(steps: readonly StepStatus[]): Result<void> {
  const blocker = blockingStep(steps, steps[steps.length - 1]!);
  if (blocker) return inputError('step-blocked', blockedMessage(blocker, 'hoàn tất hội nghị'), 'step');
  return ok(undefined);
}
