// The minutes content model from a hand-built meeting: attendance with names and reasons, chair and
// secretary, the collective part, each member's comments, votes per level with percentages, conclusions
// and plans; and its plain text.
import { describe, expect, it } from 'vitest';
import { buildMinutes, placeAndDate, renderMinutesText } from '../../../shared/meeting/minutes';
import { buildMeetingView } from '../../../shared/meeting/view';
import { completeRecord } from './helpers';

function minutes() {
  const record = completeRecord();
  record.members[2]!.attendance = 'present';
  record.reviews.c = { ...record.reviews.c!, comments: [{ speakerMemberId: 'a', speakerName: 'Nguyễn Văn An', content: 'Cần phát biểu nhiều hơn.' }], response: 'Tôi tiếp thu.' };
  record.preparation.upperLevelAttendee = 'Đồng chí Vũ Văn Quang, Phó Bí thư Đảng ủy xã';
  return buildMinutes(buildMeetingView(record));
}

describe('buildMinutes', () => {
  it('has the header, time, place, chair and secretary', () => {
    const m = minutes();
    expect(m.header).toEqual({ upperOrg: 'ĐẢNG BỘ XÃ XUÂN HÒA', unit: 'CHI BỘ THÔN ĐÔNG', placeAndDate: 'Xuân Hòa, ngày 08 tháng 12 năm 2026' });
    expect(m.title).toBe('BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TẬP THỂ VÀ ĐẢNG VIÊN NĂM 2026');
    expect(m.opening).toEqual({ date: '2026-12-08', startTime: '07:30', endTime: '11:00', place: 'Nhà văn hóa thôn Đông' });
    expect(m.chair).toEqual({ name: 'Nguyễn Văn An', role: 'Bí thư' });
    expect(m.secretary).toEqual({ name: 'Trần Thị Bình', role: 'Phó bí thư' });
    expect(m.signatures).toEqual({ left: { title: 'THƯ KÝ HỘI NGHỊ', name: 'Trần Thị Bình' }, right: { title: 'CHỦ TRÌ HỘI NGHỊ', name: 'Nguyễn Văn An' } });
  });

  it('counts attendance with names, and lists who is not reviewed and why', () => {
    const record = completeRecord();
    record.members[2]!.attendance = 'absent-excused';
    record.members[2]!.absenceReason = 'Đi làm ăn xa';
    const m = buildMinutes(buildMeetingView(record));
    expect(m.attendance).toEqual({
      total: 5,
      present: 3,
      presentNames: ['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Thị Dung'],
      absentExcused: [{ name: 'Lê Văn Cường', reason: 'Đi làm ăn xa' }],
      absentUnexcused: [],
      notRequired: [{ name: 'Hoàng Văn Em', reason: 'Miễn công tác và sinh hoạt đảng' }],
      voters: 3,
      presentVoters: 2,
    });
    expect(m.notReviewed).toEqual([{ name: 'Hoàng Văn Em', reason: 'Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại chất lượng.' }]);
  });

  it('gives each member’s comments, response, computed level with reasons, proposal, votes per level and conclusion', () => {
    const c = minutes().members.find((s) => s.name === 'Lê Văn Cường')!;
    expect(c.comments).toEqual([{ speaker: 'Nguyễn Văn An', content: 'Cần phát biểu nhiều hơn.' }]);
    expect(c.response).toBe('Tôi tiếp thu.');
    expect(c.computedLevel).toBe('HTT');
    expect(c.computedReasons.length).toBeGreaterThan(1);
    expect(c.proposedLevel).toBe('HTT');
    expect(c.votes).toHaveLength(1);
    expect(c.votes[0]!.levels.map((l) => [l.level, l.count, l.percent])).toEqual([
      ['HTXS', 0, 0],
      ['HTT', 3, 100],
      ['HTNV', 0, 0],
      ['KHTNV', 0, 0],
    ]);
    expect(c.votes[0]).toMatchObject({ denominator: 3, threshold: 2, result: 'HTT', resultText: 'Thông qua mức "Hoàn thành tốt nhiệm vụ".' });
    expect(c.conclusion).toBe('HTT');
  });

  it('sums up the conclusions and the remediation plans', () => {
    const m = minutes();
    expect(m.conclusions.map((c) => [c.level, c.count])).toEqual([
      ['HTXS', 1],
      ['HTT', 3],
      ['HTNV', 0],
      ['KHTNV', 0],
    ]);
    expect(m.collective).toMatchObject({ memberId: null, heading: 'Tập thể Chi bộ thôn Đông', form: 'Mẫu 01', conclusion: 'HTT' });
    expect(m.remediation).toEqual([
      { subject: 'Tập thể Chi bộ thôn Đông', items: [{ content: 'Sinh hoạt có lúc chưa đều', measure: 'Sinh hoạt đúng định kỳ', deadline: 'Năm 2027', responsible: null }] },
    ]);
  });
});

describe('renderMinutesText', () => {
  it('renders every present member, every vote count with its percentage and the computed levels', () => {
    const text = renderMinutesText(minutes());
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']) expect(text).toContain(name);
    expect(text).toContain('- Hoàn thành tốt nhiệm vụ: 3 phiếu, 100%');
    expect(text).toContain('Mức tính theo quy định: "Hoàn thành xuất sắc nhiệm vụ".');
    expect(text).toContain('Đại biểu cấp trên dự: Đồng chí Vũ Văn Quang, Phó Bí thư Đảng ủy xã.');
    expect(text).toContain('Không phải dự họp: đồng chí Hoàng Văn Em — miễn công tác và sinh hoạt đảng.');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('writes the date the Vietnamese way, with blanks before it is known', () => {
    expect(placeAndDate('Xuân Hòa', '2026-12-08')).toBe('Xuân Hòa, ngày 08 tháng 12 năm 2026');
    expect(placeAndDate('Xuân Hòa', null)).toBe('Xuân Hòa, ngày … tháng … năm …');
  });
});
