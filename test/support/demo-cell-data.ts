// Test support data: the demo chi bộ of 15 members as a spec — who they are, what each one's review
// and vote will be (one probationary, one exempt, one with a disqualifier, one rule gap, two proposed
// HTXS, one more than the quota allows) — the collective's plan, and the dates and commune the meeting
// fixture (meeting-fixture.ts) runs on. Typical members finish every task, none late or exceeded
// (100 / 0 / 0). Layer: test.
import type { LevelCode } from '../../shared/rules/levels';

export const DEMO_YEAR = 2026;
export const DEMO_MEETING_DATE = '2026-12-08'; // a Tuesday
export const DEMO_DRAFT_SENT_ON = '2026-12-02'; // 3 working days before (Thu, Fri, Mon)
export const DEMO_CELL_NAME = 'Chi bộ thôn Đông Hòa';
/** A clock for cores that run the fixture: the day after the meeting. */
export const DEMO_NOW = () => new Date('2026-12-09T09:00:00+07:00');

/** The Đảng ủy's committee term (the congress of 2025) in the numbering register. */
export const DEMO_TERM_START = '2025-08-15';

export const DEMO_COMMUNE = {
  name: 'Đảng bộ xã Xuân Hòa',
  province: 'Tỉnh Phú Thọ',
  upperLevelName: 'Ban Thường vụ Tỉnh ủy Phú Thọ',
  placeName: 'Xuân Hòa',
};

type Votes = Partial<Record<LevelCode, number>>;

export interface DemoMemberSpec {
  key: string;
  fullName: string;
  gender: 'male' | 'female';
  partyRole: 'secretary' | 'deputy-secretary' | 'committee-member' | 'member';
  category: 'leader' | 'staff' | 'outside';
  admittedOn: string;
  confirmedOn: string | null;
  /** A status change after creation (the exempt member). */
  exemptFrom?: string;
  attendance: 'present' | 'absent-excused' | 'absent-unexcused' | null;
  absenceReason?: string;
  civilServantRating?: string;
  /** Reviewed members only. */
  review?: {
    /** Share of each criterion's maximum the member gives themselves (0–1). */
    scoreRatio: number;
    /**
     * How the wizard driver enters the self-score: per criterion ("Chấm chi tiết từng tiêu chí"), or the
     * two group totals (the default; the totals are the sums of the same per-criterion scores, so both
     * paths give the same score). The API path always sends per-criterion scores.
     */
    scoreBy?: 'criteria' | 'groups';
    tasks: { donePct: number; latePct: number; exceededPct: number };
    disqualifiers?: string[];
    shortcomings?: string;
    comments?: { speaker: string; content: string }[];
    response?: string;
    proposedLevel: LevelCode;
    remediation?: { content: string; measure: string; deadline: string }[];
    vote: { mode: 'hand'; votes: Votes } | { mode: 'ballot'; votes: Votes; ballots: { issued: number; returned: number; invalid: number } };
  };
  /** What the rules compute at the meeting (null: rule gap; undefined: not reviewed). */
  expectedComputed?: LevelCode | null;
  expectedVoted?: LevelCode;
}

const official = (year: number) => ({ admittedOn: `${year}-05-19`, confirmedOn: `${year + 1}-05-19` });
const htt = (key: string, fullName: string, gender: 'male' | 'female', extra: Partial<DemoMemberSpec> = {}): DemoMemberSpec => ({
  key,
  fullName,
  gender,
  partyRole: 'member',
  category: 'outside',
  ...official(2005),
  attendance: 'present',
  review: { scoreRatio: 0.8, tasks: { donePct: 100, latePct: 0, exceededPct: 0 }, proposedLevel: 'HTT', vote: { mode: 'hand', votes: { HTT: 12 } } },
  expectedComputed: 'HTT',
  expectedVoted: 'HTT',
  ...extra,
});

/** The 15 members, in creation order (the meeting orders them by rules.md §7). */
export const DEMO_MEMBERS: readonly DemoMemberSpec[] = [
  {
    key: 'hung',
    fullName: 'Nguyễn Văn Hùng',
    gender: 'male',
    partyRole: 'secretary',
    category: 'leader',
    ...official(1998),
    attendance: 'present',
    civilServantRating: 'Hoàn thành xuất sắc nhiệm vụ (công chức)',
    review: {
      scoreRatio: 0.96,
      scoreBy: 'criteria',
      tasks: { donePct: 100, latePct: 0, exceededPct: 40 },
      comments: [{ speaker: 'lan', content: 'Đồng chí bí thư gương mẫu, sâu sát cơ sở, lãnh đạo thôn hoàn thành vượt chỉ tiêu.' }],
      response: 'Tôi tiếp thu ý kiến của các đồng chí.',
      proposedLevel: 'HTXS',
      vote: { mode: 'hand', votes: { HTXS: 10, HTT: 2 } },
    },
    expectedComputed: 'HTXS',
    expectedVoted: 'HTXS',
  },
  htt('lan', 'Trần Thị Lan', 'female', {
    partyRole: 'deputy-secretary',
    category: 'staff',
    civilServantRating: 'Hoàn thành tốt nhiệm vụ (viên chức)',
    review: {
      scoreRatio: 0.82,
      tasks: { donePct: 100, latePct: 0, exceededPct: 10 },
      shortcomings: 'Có lúc chưa dành đủ thời gian cho công tác phụ nữ của thôn.',
      comments: [{ speaker: 'hung', content: 'Cần chủ động hơn trong công tác vận động hội viên.' }],
      response: 'Tôi xin tiếp thu và khắc phục.',
      proposedLevel: 'HTT',
      remediation: [{ content: 'Chưa dành đủ thời gian cho công tác phụ nữ', measure: 'Bố trí lịch sinh hoạt chi hội hằng tháng', deadline: 'Quý I/2027' }],
      vote: { mode: 'hand', votes: { HTT: 12 } },
    },
  }),
  htt('minh', 'Lê Văn Minh', 'male', { partyRole: 'committee-member' }),
  {
    key: 'ha',
    fullName: 'Phạm Thị Hà',
    gender: 'female',
    partyRole: 'member',
    category: 'outside',
    ...official(2003),
    attendance: 'present',
    review: {
      scoreRatio: 0.93,
      tasks: { donePct: 100, latePct: 0, exceededPct: 35 },
      comments: [{ speaker: 'minh', content: 'Đồng chí Hà đi đầu trong phong trào xây dựng nông thôn mới.' }],
      proposedLevel: 'HTXS',
      vote: { mode: 'ballot', votes: { HTXS: 9, HTT: 2 }, ballots: { issued: 12, returned: 12, invalid: 1 } },
    },
    expectedComputed: 'HTXS',
    expectedVoted: 'HTXS',
  },
  htt('nam', 'Hoàng Văn Nam', 'male'),
  htt('mai', 'Vũ Thị Mai', 'female'),
  {
    key: 'tuan',
    fullName: 'Đặng Văn Tuấn',
    gender: 'male',
    partyRole: 'member',
    category: 'outside',
    ...official(2010),
    attendance: 'present',
    review: {
      scoreRatio: 0.8,
      tasks: { donePct: 100, latePct: 0, exceededPct: 0 },
      disqualifiers: ['forbidden-acts'],
      shortcomings: 'Vi phạm quy định về những điều đảng viên không được làm (tham gia đánh bạc).',
      comments: [{ speaker: 'hung', content: 'Đồng chí Tuấn vi phạm điều đảng viên không được làm, cần nghiêm túc kiểm điểm.' }],
      response: 'Tôi nhận khuyết điểm và cam kết sửa chữa.',
      proposedLevel: 'KHTNV',
      remediation: [{ content: 'Vi phạm những điều đảng viên không được làm', measure: 'Cam kết không tái phạm, báo cáo chi ủy hằng quý', deadline: 'Năm 2027' }],
      vote: { mode: 'hand', votes: { KHTNV: 12 } },
    },
    expectedComputed: 'KHTNV',
    expectedVoted: 'KHTNV',
  },
  {
    key: 'hoa',
    fullName: 'Bùi Thị Hoa',
    gender: 'female',
    partyRole: 'member',
    category: 'outside',
    ...official(2008),
    attendance: 'present',
    review: {
      scoreRatio: 0.8,
      tasks: { donePct: 90, latePct: 0, exceededPct: 0 },
      shortcomings: 'Còn 10% nhiệm vụ chi bộ phân công chưa hoàn thành.',
      proposedLevel: 'HTNV',
      remediation: [{ content: 'Chưa hoàn thành nhiệm vụ vận động thu quỹ', measure: 'Hoàn thành trong quý I', deadline: 'Quý I/2027' }],
      vote: { mode: 'hand', votes: { HTT: 2, HTNV: 10 } },
    },
    expectedComputed: null,
    expectedVoted: 'HTNV',
  },
  {
    key: 'long',
    fullName: 'Đỗ Văn Long',
    gender: 'male',
    partyRole: 'member',
    category: 'outside',
    ...official(2012),
    attendance: 'present',
    review: {
      scoreRatio: 0.62,
      tasks: { donePct: 100, latePct: 10, exceededPct: 0 },
      shortcomings: 'Tham gia sinh hoạt chi bộ chưa đều.',
      proposedLevel: 'HTNV',
      remediation: [{ content: 'Sinh hoạt chi bộ chưa đều', measure: 'Tham gia đầy đủ sinh hoạt định kỳ', deadline: 'Năm 2027' }],
      vote: { mode: 'hand', votes: { HTNV: 11, KHTNV: 1 } },
    },
    expectedComputed: 'HTNV',
    expectedVoted: 'HTNV',
  },
  htt('thu', 'Ngô Thị Thu', 'female', { admittedOn: '2026-03-15', confirmedOn: null }),
  {
    key: 'binh',
    fullName: 'Dương Văn Bình',
    gender: 'male',
    partyRole: 'member',
    category: 'outside',
    ...official(1975),
    exemptFrom: '2026-05-01',
    attendance: null,
  },
  htt('huong', 'Lý Thị Hương', 'female', { attendance: 'absent-excused', absenceReason: 'Ốm, đang điều trị tại bệnh viện huyện' }),
  htt('son', 'Mai Văn Sơn', 'male'),
  htt('yen', 'Phan Thị Yến', 'female', { category: 'staff', civilServantRating: 'Hoàn thành tốt nhiệm vụ (công chức)' }),
  htt('duc', 'Trịnh Văn Đức', 'male'),
];

export const COLLECTIVE_PLAN = {
  summary: 'Năm 2026 chi bộ lãnh đạo thôn hoàn thành các chỉ tiêu kinh tế - xã hội; giữ vững an ninh trật tự; sinh hoạt chi bộ đúng định kỳ.',
  shortcomings: 'Chất lượng sinh hoạt chi bộ có lúc chưa cao; việc nắm tình hình đảng viên ở xa chưa thường xuyên.',
  scoreRatio: 0.85,
  tasks: { donePct: 100, latePct: 0, exceededPct: 20 },
  proposedLevel: 'HTT' as LevelCode,
  comments: [{ speaker: 'yen', content: 'Chi bộ cần đổi mới nội dung sinh hoạt, tăng sinh hoạt chuyên đề.' }],
  remediation: [{ content: 'Chất lượng sinh hoạt chi bộ có lúc chưa cao', measure: 'Mỗi quý một buổi sinh hoạt chuyên đề', deadline: 'Năm 2027' }],
  vote: { mode: 'hand' as const, votes: { HTT: 12 } as Votes },
};
