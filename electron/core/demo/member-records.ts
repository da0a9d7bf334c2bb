// The side records of the demo register: a handful of discipline decisions (some for duty-related
// faults, some in the review year so the disqualifier rules have cases), Huy hiệu Đảng for long
// party age, certificates of merit, and the expulsion record of members who were expelled.
// Layer: electron/core.
import type { DisciplineKind, MemberCategory, MemberStatus } from '../../../shared/domain/enums';
import type { SeededRandom } from './random';
import { addDays, addYears, dayOf, isoOf, maxIso, minIso, yearOf } from './dates';
import { DEMO_COMMUNE } from './places';

/** What the records need to know about a generated member. */
export interface MemberFacts {
  id: string;
  status: MemberStatus;
  statusSince: string;
  admittedOn: string;
  confirmedOn: string | null;
  category: MemberCategory;
  /** Name of a chi bộ cơ sở (it may decide reprimands itself), or null for a chi bộ trực thuộc. */
  basicCellName: string | null;
  expelledOn: string | null;
}

export interface DisciplineDraft {
  memberId: string;
  kind: DisciplineKind;
  decidedOn: string;
  body: string;
  reason: string;
  dutyRelated: 0 | 1;
}

export interface AwardDraft {
  memberId: string;
  title: string;
  decidedOn: string;
  body: string;
  note: string | null;
}

const place = DEMO_COMMUNE.placeName;
const STANDING_COMMITTEE = `Ban Thường vụ Đảng ủy xã ${place}`;
const INSPECTION = `Ủy ban Kiểm tra Đảng ủy xã ${place}`;

const DUTY_REASONS = [
  'Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao, để xảy ra sai sót trong quản lý đất đai',
  'Vi phạm quy định trong quản lý tài chính, ngân sách của đơn vị',
  'Thiếu trách nhiệm trong công tác quản lý, điều hành, để xảy ra khiếu kiện kéo dài',
];
const PERSONAL_REASONS = [
  'Vi phạm những điều đảng viên không được làm (xây dựng nhà trên đất nông nghiệp không được phép)',
  'Vi phạm chính sách dân số – kế hoạch hóa gia đình',
  'Không tham gia sinh hoạt chi bộ nhiều kỳ liên tiếp không có lý do chính đáng',
  'Vi phạm quy định về trật tự an toàn giao thông (điều khiển xe khi trong máu có nồng độ cồn)',
];

/** About 0.5 % of members disciplined within the last three years, at least one in the review year. */
export function planDisciplines(rng: SeededRandom, members: readonly MemberFacts[], cutoff: string): DisciplineDraft[] {
  const out: DisciplineDraft[] = [];
  const candidates = rng.shuffle(members.filter((m) => m.confirmedOn !== null && (m.status === 'official' || m.status === 'suspended')));
  const count = Math.min(candidates.length, Math.max(2, Math.round(members.length * 0.005)));
  const yearStart = `${yearOf(cutoff)}-01-01`;
  candidates.slice(0, count).forEach((m, i) => {
    const from = maxIso(addDays(m.confirmedOn!, 1), i === 0 ? yearStart : addDays(cutoff, -1095));
    const decidedOn = isoOf(rng.int(Math.min(dayOf(from), dayOf(cutoff)), dayOf(cutoff)));
    const leader = m.category === 'leader';
    const kind: DisciplineKind = leader ? rng.weighted([['reprimand', 50], ['warning', 35], ['removal', 15]] as const) : rng.weighted([['reprimand', 70], ['warning', 30]] as const);
    // The second record is always duty-related, so both kinds exist whatever the seed.
    const dutyRelated = i === 1 || rng.chance(m.category === 'outside' ? 0.2 : 0.6);
    const body = kind === 'removal' ? STANDING_COMMITTEE : m.basicCellName && rng.chance(0.6) ? m.basicCellName : INSPECTION;
    out.push({ memberId: m.id, kind, decidedOn, body, reason: rng.pick(dutyRelated ? DUTY_REASONS : PERSONAL_REASONS), dutyRelated: dutyRelated ? 1 : 0 });
  });
  for (const m of members) {
    if (m.expelledOn === null) continue;
    out.push({ memberId: m.id, kind: 'expulsion', decidedOn: m.expelledOn, body: STANDING_COMMITTEE, reason: 'Vi phạm pháp luật, bị Tòa án kết án tù', dutyRelated: 0 });
  }
  return out;
}

const BADGE_YEARS = [75, 70, 65, 60, 55, 50, 45, 40, 30];
/** Badges are handed out on the great days: 3/2, 19/5, 2/9, 7/11. */
const BADGE_DAYS = ['02-03', '05-19', '09-02', '11-07'];

function badgeDate(eligible: string, last: string): string | null {
  for (let y = yearOf(eligible); y <= yearOf(last); y++) {
    for (const md of BADGE_DAYS) {
      const d = `${y}-${md}`;
      if (d >= eligible && d <= last) return d;
    }
  }
  return null;
}

/** The latest Huy hiệu Đảng each long-standing member received, and certificates of merit for a few. */
export function planAwards(rng: SeededRandom, members: readonly MemberFacts[], cutoff: string): AwardDraft[] {
  const out: AwardDraft[] = [];
  const meritYear = yearOf(cutoff) - 1;
  for (const m of members) {
    if (m.confirmedOn === null || m.status === 'left') continue;
    const active = m.status !== 'deceased' && m.status !== 'transferred-out';
    const last = active ? cutoff : minIso(cutoff, m.statusSince);
    for (const years of BADGE_YEARS) {
      const decidedOn = badgeDate(addYears(m.admittedOn, years), last);
      if (decidedOn) {
        out.push({ memberId: m.id, title: `Huy hiệu ${years} năm tuổi Đảng`, decidedOn, body: 'Ban Thường vụ Tỉnh ủy Phú Thọ', note: null });
        break;
      }
    }
    if (active && m.status === 'official' && m.confirmedOn <= `${meritYear}-06-01` && rng.chance(0.04)) {
      out.push({
        memberId: m.id,
        title: `Giấy khen “Đảng viên hoàn thành xuất sắc nhiệm vụ” năm ${meritYear}`,
        decidedOn: `${meritYear}-12-26`,
        body: `Đảng ủy xã ${place}`,
        note: null,
      });
    }
  }
  return out;
}
