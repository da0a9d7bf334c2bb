// The minutes (biên bản hội nghị kiểm điểm) as a typed document built from what the meeting recorded
// (domain-background §5, "Biên bản hội nghị kiểm điểm"): time and place, attendance with names and reasons,
// chair and secretary, the upper-level attendee, the collective part, each member's comments, response,
// computed level and vote results per level (counts and percent of the denominator), the conclusions and
// the remediation plans; plus a plain-text rendering for the review step. Printing comes later from the
// same document. Pure: reads the view's data only (never its steps or approval state, so approving the
// minutes does not change them) — except the time the meeting approved them, which the minutes state but
// which is left out of the fingerprint that tells whether the approved minutes still stand. Layer: shared.
import { formatDateVi, parseIsoDate } from '../rules/calendar';
import { formatNumberVi } from '../rules/input-errors';
import { LEVEL_NAMES, LEVELS, type LevelCode } from '../rules/levels';
import { memberStatuses } from '../domain/enums';
import { ATTENDANCE_NAMES, CARRY_STATUS_NAMES, roleName, VOTE_MODE_NAMES } from './labels';
import { completeTasks, disqualifierText } from './review';
import type { MeetingView, MemberView, SubjectView } from './types';

export interface MinutesVoteRound {
  round: number;
  mode: string;
  /** "more than half" of this count. */
  denominator: number;
  denominatorText: string;
  threshold: number | null;
  levels: { level: LevelCode; name: string; count: number; percent: number }[];
  ballots: { issued: number; returned: number; valid: number; invalid: number } | null;
  result: LevelCode | null;
  resultText: string;
}

export interface MinutesSubject {
  memberId: string | null;
  heading: string;
  name: string;
  role: string | null;
  form: string;
  attendance: string | null;
  summary: string | null;
  shortcomings: string | null;
  score: { common: number; tasks: number; total: number } | null;
  tasks: { donePct: number; latePct: number; exceededPct: number } | null;
  disqualifiers: string[];
  carryOver: { fromYear: number; content: string; status: string }[];
  comments: { speaker: string; content: string }[];
  response: string | null;
  computedLevel: LevelCode | null;
  computedReasons: string[];
  needsDecision: boolean;
  overrideRequest: string | null;
  proposedLevel: LevelCode | null;
  votes: MinutesVoteRound[];
  conclusion: LevelCode | null;
  conclusionText: string;
}

export interface MinutesRemediation {
  subject: string;
  items: { content: string; measure: string | null; deadline: string | null; responsible: string | null }[];
}

export interface MinutesDocument {
  header: { upperOrg: string; unit: string; placeAndDate: string };
  title: string;
  year: number;
  opening: { date: string | null; startTime: string | null; endTime: string | null; place: string | null };
  attendance: {
    total: number;
    present: number;
    presentNames: string[];
    absentExcused: { name: string; reason: string | null }[];
    absentUnexcused: string[];
    notRequired: { name: string; reason: string }[];
    voters: number;
    presentVoters: number;
  };
  chair: { name: string; role: string } | null;
  secretary: { name: string; role: string } | null;
  upperLevelAttendee: string | null;
  notReviewed: { name: string; reason: string }[];
  collective: MinutesSubject;
  members: MinutesSubject[];
  conclusions: { level: LevelCode; name: string; count: number; members: string[] }[];
  pending: string[];
  quotaWarning: string | null;
  remediation: MinutesRemediation[];
  signatures: { left: { title: string; name: string | null }; right: { title: string; name: string | null } };
  /** When the meeting approved the minutes (local date and `HH:MM`), as the secretary recorded it; absent before approval. */
  approval?: { date: string; time: string } | null;
}

/**
 * The local date and time of an approval stamp: `YYYY-MM-DDTHH:MM` as the secretary entered it, or (data
 * saved before the time was editable) an ISO instant read in this computer's time zone.
 */
export function approvalMoment(at: string): { date: string; time: string } {
  const wall = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(at);
  if (wall) return { date: wall[1]!, time: wall[2]! };
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`, time: `${two(d.getHours())}:${two(d.getMinutes())}` };
}

/** "Xuân Hòa, ngày 08 tháng 12 năm 2026". */
export function placeAndDate(place: string, isoDate: string | null): string {
  const d = isoDate ? parseIsoDate(isoDate) : null;
  if (!d) return `${place}, ngày … tháng … năm …`;
  return `${place}, ngày ${String(d.day).padStart(2, '0')} tháng ${String(d.month).padStart(2, '0')} năm ${d.year}`;
}

function voteRounds(subject: SubjectView, view: MeetingView): MinutesVoteRound[] {
  const who = view.settings.vote.denominator === 'present' ? 'đảng viên có quyền biểu quyết có mặt' : 'đảng viên có quyền biểu quyết';
  return subject.votes.rounds.map((r) => ({
    round: r.round,
    mode: VOTE_MODE_NAMES[r.mode],
    denominator: r.denominator,
    denominatorText: `${r.denominator} ${who}`,
    threshold: r.threshold,
    levels: r.shares.map((s) => ({ level: s.level, name: LEVEL_NAMES[s.level], count: s.count, percent: s.percent })),
    ballots: r.ballots ? { ...r.ballots, valid: r.ballots.returned - r.ballots.invalid } : null,
    result: r.level,
    resultText: r.level ? `Thông qua mức "${LEVEL_NAMES[r.level]}".` : r.revote ? 'Không mức nào đạt quá nửa: biểu quyết lại.' : 'Không có kết quả.',
  }));
}

function subjectMinutes(view: MeetingView, subject: SubjectView, member: MemberView | null): MinutesSubject {
  const { review, assessment } = subject;
  const computed = assessment.computed;
  const score = assessment.score;
  const name = member ? member.fullName : view.orgUnit.name;
  const role = member ? roleName(member.partyRole) : null;
  const conclusion = subject.votes.result;
  return {
    memberId: member?.memberId ?? null,
    heading: member ? `Đồng chí ${member.fullName}${member.partyRole === 'member' ? '' : ` — ${role}`}` : `Tập thể ${view.orgUnit.name}`,
    name,
    role,
    form: member ? `Mẫu ${member.form}` : 'Mẫu 01',
    attendance: member?.attendance ? ATTENDANCE_NAMES[member.attendance] : null,
    summary: review.summary,
    shortcomings: review.shortcomings,
    score: score ? { common: score.common, tasks: score.tasks, total: score.totalTenths / 10 } : null,
    tasks: completeTasks(review.tasks),
    disqualifiers: review.disqualifiers.map(disqualifierText),
    carryOver: subject.carryOver.map((i) => ({ fromYear: i.fromYear, content: i.content, status: i.status ? CARRY_STATUS_NAMES[i.status] : 'Chưa đánh giá' })),
    comments: review.comments.map((c) => ({ speaker: c.speakerName, content: c.content })),
    response: review.response,
    computedLevel: computed?.level ?? null,
    computedReasons: computed?.reasons.map((r) => r.message) ?? [],
    needsDecision: computed?.needsDecision ?? false,
    overrideRequest: review.overrideRequest,
    proposedLevel: review.proposedLevel,
    votes: voteRounds(subject, view),
    conclusion,
    conclusionText: conclusion ? `Chi bộ đề nghị xếp loại "${LEVEL_NAMES[conclusion]}".` : 'Chưa có kết quả biểu quyết.',
  };
}

/** Builds the minutes document of a meeting from its view. */
export function buildMinutes(view: MeetingView): MinutesDocument {
  const byId = new Map(view.members.map((m) => [m.memberId, m]));
  const officer = (id: string | null) => {
    const m = id ? byId.get(id) : undefined;
    return m ? { name: m.fullName, role: roleName(m.partyRole) } : null;
  };
  const reviewed = view.members.filter((m) => m.subject !== null);
  const members = reviewed.map((m) => subjectMinutes(view, m.subject!, m));
  const conclusions = LEVELS.map((level) => {
    const names = members.filter((s) => s.conclusion === level).map((s) => s.name);
    return { level, name: LEVEL_NAMES[level], count: names.length, members: names };
  });
  const remediation: MinutesRemediation[] = [
    { subject: `Tập thể ${view.orgUnit.name}`, items: view.collective.remediation },
    ...reviewed.map((m) => ({ subject: `Đồng chí ${m.fullName}`, items: m.subject!.remediation })),
  ]
    .filter((r) => r.items.length > 0)
    .map((r) => ({ subject: r.subject, items: r.items.map((i) => ({ content: i.content, measure: i.measure, deadline: i.deadline, responsible: i.responsible })) }));
  const upperOrg = view.orgUnit.kind === 'cell' ? view.orgUnit.basicOrgName : view.commune.name;
  const chair = officer(view.preparation.chairMemberId);
  const secretary = officer(view.preparation.secretaryMemberId);
  return {
    header: { upperOrg: upperOrg.toUpperCase(), unit: view.orgUnit.name.toUpperCase(), placeAndDate: placeAndDate(view.commune.placeName, view.preparation.meetingDate) },
    title: `BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TẬP THỂ VÀ ĐẢNG VIÊN NĂM ${view.reviewYear}`,
    year: view.reviewYear,
    opening: {
      date: view.preparation.meetingDate,
      startTime: view.preparation.startTime,
      endTime: view.preparation.endTime,
      place: view.preparation.place,
    },
    attendance: {
      total: view.counts.onRoll,
      present: view.counts.present,
      presentNames: view.members.filter((m) => m.attendance === 'present').map((m) => m.fullName),
      absentExcused: view.members.filter((m) => m.attendance === 'absent-excused').map((m) => ({ name: m.fullName, reason: m.absenceReason })),
      absentUnexcused: view.members.filter((m) => m.attendance === 'absent-unexcused').map((m) => m.fullName),
      notRequired: view.members.filter((m) => !m.attendanceRequired && m.attendance === null).map((m) => ({ name: m.fullName, reason: memberStatuses.labels[m.status] })),
      voters: view.counts.voters,
      presentVoters: view.counts.presentVoters,
    },
    chair,
    secretary,
    upperLevelAttendee: view.preparation.upperLevelAttendee,
    notReviewed: view.members.filter((m) => !m.reviewed).map((m) => ({ name: m.fullName, reason: m.reasons[0]?.message ?? '' })),
    collective: subjectMinutes(view, view.collective, null),
    members,
    conclusions,
    pending: members.filter((s) => s.conclusion === null).map((s) => s.name),
    quotaWarning: view.quotaWarning,
    remediation,
    signatures: {
      left: { title: 'THƯ KÝ HỘI NGHỊ', name: secretary?.name ?? null },
      right: { title: 'CHỦ TRÌ HỘI NGHỊ', name: chair?.name ?? null },
    },
    approval: view.minutesApproval.approved && view.minutesApproval.at ? approvalMoment(view.minutesApproval.at) : null,
  };
}

// ------------------------------------------------------------------------------------ plain-text form

const pct = (n: number) => `${formatNumberVi(n)}%`;
const num = (n: number) => formatNumberVi(n);
const dash = (text: string | null, empty = '(không ghi)') => (text && text.trim() !== '' ? text : empty);

function subjectLines(s: MinutesSubject, n: string): string[] {
  const lines = [`${n}. ${s.heading} (${s.form})${s.attendance ? ` — ${s.attendance.toLowerCase()}` : ''}`];
  if (s.summary) lines.push(`   Tóm tắt báo cáo: ${s.summary}`);
  if (s.shortcomings) lines.push(`   Hạn chế, khuyết điểm: ${s.shortcomings}`);
  if (s.score) lines.push(`   Tự chấm điểm: tiêu chí chung ${num(s.score.common)}/30, kết quả thực hiện nhiệm vụ ${num(s.score.tasks)}/70, tổng ${num(s.score.total)}/100.`);
  if (s.tasks) lines.push(`   Nhiệm vụ: hoàn thành ${pct(s.tasks.donePct)}, chậm tiến độ ${pct(s.tasks.latePct)}, vượt mức ${pct(s.tasks.exceededPct)}.`);
  for (const d of s.disqualifiers) lines.push(`   Trường hợp xếp loại không hoàn thành nhiệm vụ: ${d}.`);
  if (s.carryOver.length > 0) {
    lines.push('   Kết quả khắc phục hạn chế, khuyết điểm kỳ trước:');
    for (const c of s.carryOver) lines.push(`   - ${c.content} (năm ${c.fromYear}): ${c.status.toLowerCase()}.`);
  }
  if (s.comments.length > 0) {
    lines.push('   Ý kiến góp ý:');
    for (const c of s.comments) lines.push(`   - Đồng chí ${c.speaker}: ${c.content}`);
  } else lines.push('   Ý kiến góp ý: không có.');
  if (s.memberId !== null || s.response) lines.push(`   Tiếp thu, giải trình: ${dash(s.response)}`);
  if (s.computedLevel) lines.push(`   Mức tính theo quy định: "${LEVEL_NAMES[s.computedLevel]}".`);
  else if (s.needsDecision) lines.push('   Mức tính theo quy định: quy định chưa có mức cho trường hợp này — cấp có thẩm quyền quyết định.');
  for (const r of s.computedReasons) lines.push(`     · ${r}`);
  if (s.overrideRequest) lines.push(`   Đề nghị cấp có thẩm quyền xem xét: ${s.overrideRequest}`);
  if (s.proposedLevel) lines.push(`   ${s.memberId === null ? 'Chi bộ tự đề xuất' : 'Chi ủy đề xuất'}: "${LEVEL_NAMES[s.proposedLevel]}".`);
  for (const v of s.votes) {
    const ballots = v.ballots ? ` (phiếu phát ra ${v.ballots.issued}, thu về ${v.ballots.returned}, hợp lệ ${v.ballots.valid}, không hợp lệ ${v.ballots.invalid})` : '';
    lines.push(`   Biểu quyết vòng ${v.round} — ${v.mode.toLowerCase()}${ballots}; tỷ lệ tính trên ${v.denominatorText}:`);
    for (const l of v.levels) lines.push(`   - ${l.name}: ${l.count} phiếu, ${pct(l.percent)}`);
    lines.push(`   ${v.resultText}`);
  }
  lines.push(`   Kết luận: ${s.conclusionText}`);
  return lines;
}

/** The minutes as plain text (for the review step on screen and for tests). */
export function renderMinutesText(doc: MinutesDocument): string {
  const o = doc.opening;
  const a = doc.attendance;
  const lines: string[] = [
    doc.header.upperOrg,
    doc.header.unit,
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    doc.header.placeAndDate,
    '',
    doc.title,
    '',
    `Thời gian: bắt đầu lúc ${dash(o.startTime, '…')} ngày ${o.date ? formatDateVi(o.date) : '…'}.`,
    `Địa điểm: ${dash(o.place, '…')}.`,
    `Chủ trì: ${doc.chair ? `đồng chí ${doc.chair.name} (${doc.chair.role})` : '…'}. Thư ký: ${doc.secretary ? `đồng chí ${doc.secretary.name}` : '…'}.`,
    `Đại biểu cấp trên dự: ${dash(doc.upperLevelAttendee, 'không có')}.`,
    '',
    `I. THÀNH PHẦN: tổng số đảng viên ${a.total}; có mặt ${a.present}; vắng có lý do ${a.absentExcused.length}; vắng không có lý do ${a.absentUnexcused.length}` +
      (a.notRequired.length > 0 ? `; không phải dự họp ${a.notRequired.length}.` : '.'),
    `   Có quyền biểu quyết: ${a.voters}; có mặt ${a.presentVoters}.`,
    `   Có mặt: ${a.presentNames.join(', ') || 'không có'}.`,
  ];
  for (const x of a.absentExcused) lines.push(`   Vắng có lý do: đồng chí ${x.name} — ${dash(x.reason)}.`);
  for (const x of a.absentUnexcused) lines.push(`   Vắng không có lý do: đồng chí ${x}.`);
  for (const x of a.notRequired) lines.push(`   Không phải dự họp: đồng chí ${x.name} — ${x.reason.toLowerCase()}.`);
  for (const x of doc.notReviewed) lines.push(`   Không kiểm điểm, xếp loại: đồng chí ${x.name} — ${x.reason}`);
  lines.push('', 'II. KIỂM ĐIỂM TẬP THỂ CHI BỘ', ...subjectLines(doc.collective, '1'));
  lines.push('', 'III. KIỂM ĐIỂM, XẾP LOẠI ĐẢNG VIÊN');
  doc.members.forEach((s, i) => lines.push(...subjectLines(s, String(i + 1))));
  lines.push('', 'IV. KẾT QUẢ ĐỀ NGHỊ XẾP LOẠI ĐẢNG VIÊN');
  for (const c of doc.conclusions) lines.push(`   - ${c.name}: ${c.count}${c.members.length > 0 ? ` (${c.members.join(', ')})` : ''}.`);
  if (doc.pending.length > 0) lines.push(`   - Chưa có kết quả: ${doc.pending.join(', ')}.`);
  if (doc.quotaWarning) lines.push(`   Lưu ý: ${doc.quotaWarning}`);
  lines.push('', 'V. KẾ HOẠCH KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM');
  if (doc.remediation.length === 0) lines.push('   Không có.');
  for (const r of doc.remediation) {
    lines.push(`   ${r.subject}:`);
    for (const i of r.items) {
      const extra = [i.measure ? `biện pháp: ${i.measure}` : null, i.deadline ? `thời hạn: ${i.deadline}` : null, i.responsible ? `phụ trách: ${i.responsible}` : null].filter(Boolean).join('; ');
      lines.push(`   - ${i.content}${extra ? ` (${extra})` : ''}.`);
    }
  }
  const approved = doc.approval ? ` lúc ${doc.approval.time} ngày ${formatDateVi(doc.approval.date)}` : '';
  lines.push('', `Hội nghị kết thúc lúc ${dash(o.endTime, '…')} cùng ngày; biên bản đã được đọc lại và thông qua tại hội nghị${approved}.`);
  lines.push('', `${doc.signatures.left.title}${' '.repeat(8)}${doc.signatures.right.title}`, `${dash(doc.signatures.left.name, '')}${' '.repeat(8)}${dash(doc.signatures.right.name, '')}`);
  return lines.join('\n');
}
