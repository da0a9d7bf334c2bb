// The wizard's steps and their gating, on a hand-built meeting: a complete meeting has every step
// complete but the minutes; each test breaks one thing and checks the step that must say what to fix.
import { describe, expect, it } from 'vitest';
import { canFinalize, canMoveTo } from '../../../shared/meeting/steps';
import type { MeetingRecord, StepStatus } from '../../../shared/meeting/types';
import { buildMeetingView, minutesFingerprint } from '../../../shared/meeting/view';
import { completeRecord, review, scores, vote } from './helpers';

const step = (record: MeetingRecord, key: string): StepStatus => buildMeetingView(record).steps.find((s) => s.key === key)!;

function approved(record: MeetingRecord): MeetingRecord {
  return { ...record, minutesApproval: { fingerprint: minutesFingerprint(buildMeetingView(record)), at: '2026-12-08T04:00:00.000Z' } };
}

describe('step list', () => {
  it('is preparation, attendance, collective, each reviewed member in order, votes, collective vote, remediation, minutes, finalize', () => {
    const view = buildMeetingView(completeRecord());
    expect(view.steps.map((s) => s.key)).toEqual([
      'preparation',
      'attendance',
      'collective',
      'member:a',
      'member:b',
      'member:c',
      'member:d',
      'votes',
      'collective-vote',
      'remediation',
      'minutes',
      'finalize',
    ]);
    expect(view.totalSteps).toBe(12);
    expect(view.steps[3]).toMatchObject({ label: 'Bước 4/12', title: 'Kiểm điểm đảng viên: Nguyễn Văn An', memberId: 'a' });
  });

  it('has every step complete in a complete meeting except the minutes, which the meeting must approve', () => {
    const view = buildMeetingView(completeRecord());
    expect(view.steps.filter((s) => !s.complete).map((s) => s.key)).toEqual(['minutes', 'finalize']);
    expect(view.steps.find((s) => s.key === 'minutes')!.problems).toEqual(['Hội nghị chưa thông qua biên bản.']);
    expect(canFinalize(view.steps)).toMatchObject({ ok: false, error: { code: 'step-blocked' } });
    const ready = buildMeetingView(approved(completeRecord()));
    expect(ready.steps.find((s) => s.key === 'minutes')!.complete).toBe(true);
    expect(canFinalize(ready.steps).ok).toBe(true);
  });

  it('falls back to the first incomplete step when the stored step no longer exists', () => {
    const view = buildMeetingView({ ...completeRecord(), currentStep: 'member:gone' });
    expect(view.currentStep).toBe('minutes');
  });
});

describe('gating', () => {
  it('refuses moving forward past an incomplete step, naming it and its first problem; going back is allowed', () => {
    const record = completeRecord();
    record.preparation.place = null;
    const steps = buildMeetingView(record).steps;
    const forward = canMoveTo(steps, 'collective');
    expect(forward.ok).toBe(false);
    if (!forward.ok) {
      expect(forward.error.code).toBe('step-blocked');
      expect(forward.error.message).toBe('Chưa chuyển sang bước "Kiểm điểm tập thể chi bộ (Mẫu 01)" được: bước 1/12 "Chuẩn bị hội nghị" chưa xong — Chưa nhập địa điểm họp.');
    }
    expect(canMoveTo(steps, 'preparation').ok).toBe(true);
    expect(canMoveTo(steps, 'member:e')).toMatchObject({ ok: false, error: { code: 'unknown-step' } });
  });

  it('marks later steps unreachable once an earlier one is incomplete', () => {
    const record = completeRecord();
    record.members[2]!.attendance = null;
    const view = buildMeetingView(record);
    expect(view.steps.map((s) => s.reachable)).toEqual([true, true, false, false, false, false, false, false, false, false, false, false]);
  });
});

describe('preparation', () => {
  it('lists every missing item in Vietnamese', () => {
    const record = completeRecord();
    Object.assign(record.preparation, { meetingDate: null, startTime: null, place: null, chairMemberId: null, secretaryMemberId: null, draftSentOn: null });
    record.members[1]!.preparation.selfReviewReceived = false;
    record.members[2]!.preparation.selfReviewReceived = false;
    record.members[2]!.preparation.residenceApplies = true;
    expect(step(record, 'preparation').problems).toEqual([
      'Chưa nhập ngày họp.',
      'Chưa nhập giờ bắt đầu họp.',
      'Chưa nhập địa điểm họp.',
      'Chưa chọn đồng chí chủ trì hội nghị.',
      'Chưa chọn đồng chí thư ký hội nghị (người ghi biên bản).',
      'Chưa nhập ngày gửi dự thảo báo cáo kiểm điểm của chi bộ (Mẫu 01) đến đảng viên.',
      'Chưa nhận bản tự kiểm điểm (Mẫu 02) của: Trần Thị Bình và Lê Văn Cường.',
      'Chưa nhận nhận xét của chi ủy nơi cư trú đối với: Lê Văn Cường.',
    ]);
  });

  it('warns when the Mẫu 01 draft went out fewer than 3 working days before, refuses a draft after the meeting', () => {
    const late = completeRecord();
    late.preparation.draftSentOn = '2026-12-04';
    const s = step(late, 'preparation');
    expect(s.complete).toBe(true);
    expect(s.warnings[0]).toBe(
      'Dự thảo báo cáo Mẫu 01 gửi ngày 04/12/2026, chỉ trước ngày họp 08/12/2026 1 ngày làm việc; hướng dẫn yêu cầu gửi trước ít nhất 3 ngày làm việc (không tính thứ Bảy, Chủ nhật).',
    );
    const after = completeRecord();
    after.preparation.draftSentOn = '2026-12-09';
    expect(step(after, 'preparation').problems).toEqual(['Ngày gửi dự thảo báo cáo Mẫu 01 (09/12/2026) sau ngày họp (08/12/2026): hãy kiểm tra lại hai ngày này.']);
  });

  it('refuses the same person as chair and secretary, and an exempt chair; asks for temporary-cell comments', () => {
    const record = completeRecord();
    record.preparation.secretaryMemberId = 'a';
    expect(step(record, 'preparation').problems).toContain('Người chủ trì và thư ký hội nghị phải là hai đồng chí khác nhau.');
    record.preparation.chairMemberId = 'e';
    expect(step(record, 'preparation').problems[0]).toBe(
      'Đồng chí Hoàng Văn Em đang được miễn công tác và sinh hoạt đảng, không làm chủ trì hội nghị được; hãy chọn đồng chí khác.',
    );
    const temp = completeRecord();
    temp.members[2]!.status = 'temporary';
    expect(step(temp, 'preparation').problems).toEqual(['Chưa nhận nhận xét của chi bộ nơi sinh hoạt tạm thời đối với: Lê Văn Cường.']);
  });

  it('warns about a missing civil-servant rating of staff members and a date outside the plan', () => {
    const record = completeRecord();
    record.members[1]!.category = 'staff';
    record.preparation.meetingDate = '2026-12-20';
    const s = step(record, 'preparation');
    expect(s.complete).toBe(true);
    expect(s.warnings).toEqual([
      'Chưa ghi kết quả xếp loại công chức, viên chức năm 2026 của: Trần Thị Bình (nên có trước khi xếp loại đảng viên).',
      'Ngày họp 20/12/2026 nằm ngoài thời gian họp kiểm điểm theo kế hoạch của Đảng ủy (25/11/2026 – 15/12/2026).',
    ]);
  });
});

describe('attendance', () => {
  it('asks every member but the exempt one, and a reason for an excused absence', () => {
    const record = completeRecord();
    record.members[1]!.attendance = null;
    record.members[2]!.attendance = 'absent-excused';
    const s = step(record, 'attendance');
    expect(s.problems).toEqual([
      'Chưa điểm danh: Trần Thị Bình.',
      'Chưa ghi lý do vắng của: Lê Văn Cường.',
    ]);
  });

  it('refuses an absent chair and warns when fewer than half the voters are present', () => {
    const record = completeRecord();
    record.members[0]!.attendance = 'absent-unexcused';
    record.members[1]!.attendance = 'absent-excused';
    record.members[1]!.absenceReason = 'Ốm';
    const s = step(record, 'attendance');
    expect(s.problems).toEqual([
      'Đồng chí chủ trì hội nghị Nguyễn Văn An được ghi là vắng mặt; hãy chọn lại chủ trì ở bước "Chuẩn bị hội nghị".',
      'Đồng chí thư ký hội nghị Trần Thị Bình được ghi là vắng mặt; hãy chọn lại thư ký ở bước "Chuẩn bị hội nghị".',
    ]);
    expect(s.warnings).toEqual([
      'Chỉ có 1/3 đảng viên có quyền biểu quyết có mặt, chưa đến một nửa.',
      'Số đảng viên có quyền biểu quyết có mặt (1) ít hơn số phiếu cần để thông qua (2, quá nửa của 3): không mức xếp loại nào có thể được thông qua.',
    ]);
  });
});

describe('subject reviews', () => {
  it('requires the collective summary, a complete self-score, task figures and a proposal', () => {
    const record = completeRecord();
    record.collective = { ...record.collective, summary: null, scores: { 'common-1': 5 }, proposedLevel: null };
    // Every missing criterion is named, not only the first.
    const collective = step(record, 'collective').problems;
    expect(collective).toHaveLength(3);
    expect(collective[0]).toBe('Chưa ghi tóm tắt báo cáo kiểm điểm của chi bộ (Mẫu 01).');
    expect(collective[1]).toMatch(/^Tự chấm điểm: Thiếu điểm tự chấm của \d+ tiêu chí: "Năng lực lãnh đạo, chỉ đạo, điều hành; công tác tổ chức, cán bộ và đảng viên"; "Công tác kiểm tra, giám sát/);
    expect(collective[2]).toBe('Chưa chọn mức chi bộ tự đề xuất xếp loại.');
    const noTasks = completeRecord();
    noTasks.reviews.b = review('HTT', 0.8, { tasks: { donePct: 100, latePct: null, exceededPct: null } });
    expect(step(noTasks, 'member:b').problems).toEqual(['Chưa nhập kết quả thực hiện nhiệm vụ: tỷ lệ nhiệm vụ chậm tiến độ, tỷ lệ nhiệm vụ vượt mức.']);
  });

  it('refuses a proposal above the computed level and warns about one below it', () => {
    const record = completeRecord();
    record.reviews.b = review('HTXS');
    expect(step(record, 'member:b').problems).toEqual([
      'Mức đề xuất "Hoàn thành xuất sắc nhiệm vụ" cao hơn mức tính theo quy định "Hoàn thành tốt nhiệm vụ"; hãy chọn mức không cao hơn.',
    ]);
    record.reviews.b = review('HTNV');
    expect(step(record, 'member:b')).toMatchObject({ complete: true, warnings: ['Mức đề xuất "Hoàn thành nhiệm vụ" thấp hơn mức tính theo quy định "Hoàn thành tốt nhiệm vụ".'] });
  });

  it('recomputes the level when an input changes: a lower score makes the HTXS proposal too high', () => {
    const record = completeRecord();
    expect(buildMeetingView(record).members[0]!.subject!.assessment.computed!.level).toBe('HTXS');
    record.reviews.a = { ...record.reviews.a!, scores: scores('02C', 0.8) };
    const view = buildMeetingView(record);
    expect(view.members[0]!.subject!.assessment.computed!.level).toBe('HTT');
    expect(view.steps.find((s) => s.key === 'member:a')!.complete).toBe(false);
  });

  it('lets a rule gap through with a warning: the Đảng ủy decides, the chi ủy still proposes', () => {
    const record = completeRecord();
    record.reviews.c = review('HTNV', 0.8, { tasks: { donePct: 90, latePct: 0, exceededPct: 0 } });
    const s = step(record, 'member:c');
    expect(s.complete).toBe(true);
    expect(s.warnings[0]).toContain('Đảng ủy sẽ quyết định mức xếp loại');
    expect(buildMeetingView(record).members[2]!.subject!.assessment.computed).toMatchObject({ level: null, needsDecision: true, scoreLevel: 'HTT' });
  });

  it('allows a proposal up to the override level when the chi bộ asks the competent level to set a disqualifier aside', () => {
    const record = completeRecord();
    record.reviews.c = review('HTT', 0.8, { disqualifiers: ['example-breach'] });
    expect(step(record, 'member:c').problems[0]).toContain('cao hơn mức tính theo quy định "Không hoàn thành nhiệm vụ"');
    record.reviews.c = { ...record.reviews.c, overrideRequest: 'Đã tự phát hiện, tự báo cáo và khắc phục xong hậu quả.' };
    const s = step(record, 'member:c');
    expect(s.problems).toEqual([]);
    expect(s.warnings[0]).toContain('Đảng ủy sẽ quyết định');
  });
});

describe('votes', () => {
  it('lists members not voted yet, re-votes pending and votes taken on an older proposal', () => {
    const record = completeRecord();
    record.votes = record.votes.filter((v) => v.memberId !== 'b');
    record.votes = record.votes.map((v) => (v.memberId === 'c' ? { ...v, votes: { HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0 } } : v));
    record.reviews.d = { ...record.reviews.d!, proposedLevel: 'HTNV' };
    expect(step(record, 'votes').problems).toEqual([
      'Chưa biểu quyết xếp loại: Trần Thị Bình.',
      'Lê Văn Cường: vòng 1 chưa có mức nào đạt quá nửa (cần 2 phiếu); hãy biểu quyết lại (vòng 2).',
      'Phạm Thị Dung: Đề xuất của chi ủy đã đổi (từ "Hoàn thành tốt nhiệm vụ" sang "Hoàn thành nhiệm vụ") sau khi biểu quyết vòng 1: hãy biểu quyết lại.',
    ]);
  });

  it('flags every vote once attendance changed after it', () => {
    const record = completeRecord();
    record.members[2]!.attendance = 'absent-excused';
    record.members[2]!.absenceReason = 'Đi công tác';
    const problems = step(record, 'votes').problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('Nguyễn Văn An: Số đảng viên có quyền biểu quyết có mặt đã đổi (3 → 2) sau khi biểu quyết vòng 1: hãy biểu quyết lại.');
  });

  it('warns when the vote adopted another level than the proposal, and about the chi bộ-level quota', () => {
    const record = completeRecord();
    record.votes = record.votes.map((v) => (v.memberId === 'b' ? { ...v, votes: { HTXS: 0, HTT: 1, HTNV: 2, KHTNV: 0 } } : v));
    const s = step(record, 'votes');
    expect(s.complete).toBe(true);
    expect(s.warnings).toContain('Trần Thị Bình: kết quả biểu quyết "Hoàn thành nhiệm vụ" khác mức chi ủy đề xuất "Hoàn thành tốt nhiệm vụ".');
    expect(s.warnings.some((w) => w.startsWith('Trong chi bộ: Mức "Hoàn thành xuất sắc nhiệm vụ" tối đa 20%'))).toBe(true);
  });

  it('requires the chi bộ’s vote on its own level', () => {
    const record = completeRecord();
    record.votes = record.votes.filter((v) => v.memberId !== null);
    expect(step(record, 'collective-vote').problems).toEqual(['Chi bộ chưa biểu quyết mức xếp loại của chi bộ.']);
    record.votes.push(vote(null, { HTT: 3 }, { voters: 3, presentVoters: 3, proposedLevel: 'HTT' }));
    expect(step(record, 'collective-vote').complete).toBe(true);
  });
});

describe('remediation and minutes', () => {
  it('requires a plan for the collective and each member who named shortcomings', () => {
    const record = completeRecord();
    record.remediation = [];
    record.reviews.c = { ...record.reviews.c!, shortcomings: 'Chưa tích cực phát biểu.' };
    expect(step(record, 'remediation').problems).toEqual([
      'Chi bộ đã nêu hạn chế, khuyết điểm nhưng chưa có kế hoạch khắc phục của chi bộ.',
      'Chưa có kế hoạch khắc phục của: Lê Văn Cường (đã nêu hạn chế, khuyết điểm).',
    ]);
  });

  it('notices minutes that changed after the meeting approved them', () => {
    const record = approved(completeRecord());
    record.reviews.c = { ...record.reviews.c!, comments: [{ speakerMemberId: 'a', speakerName: 'Nguyễn Văn An', content: 'Cần cố gắng hơn.' }] };
    const view = buildMeetingView(record);
    expect(view.minutesApproval).toMatchObject({ approved: true, stale: true });
    expect(view.steps.find((s) => s.key === 'minutes')!.problems).toEqual(['Biên bản đã thay đổi sau khi hội nghị thông qua; hãy đọc lại và thông qua lại.']);
  });
});
