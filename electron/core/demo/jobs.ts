// Work facts of a demo member — workplace, post, professional training, a note — consistent with the
// chi bộ they attend and their category: the agency chi bộ holds the commune's leaders, school chi bộ
// hold teachers, village chi bộ hold farmers, retirees and village officials. Layer: electron/core.
import type { MemberCategory } from '../../../shared/domain/enums';
import type { SeededRandom } from './random';
import type { PlannedUnit } from './org-plan';
import { DEMO_COMMUNE } from './places';

export interface Job {
  workplace: string | null;
  post: string | null;
  professionalLevel: string | null;
  notes: string | null;
}

const place = DEMO_COMMUNE.placeName;
const PARTY = `Cơ quan Đảng ủy xã ${place}`;
const PEOPLES_COMMITTEE = `Ủy ban nhân dân xã ${place}`;
const COUNCIL = `Hội đồng nhân dân xã ${place}`;
const FRONT = `Ủy ban Mặt trận Tổ quốc Việt Nam xã ${place}`;

/** Leadership posts of the Đảng ủy – HĐND – UBND chi bộ, most senior first: [post, workplace]. */
const AGENCY_LEADERS: readonly (readonly [string, string])[] = [
  ['Bí thư Đảng ủy xã', PARTY],
  ['Phó Bí thư Thường trực Đảng ủy xã', PARTY],
  ['Phó Bí thư Đảng ủy, Chủ tịch UBND xã', PEOPLES_COMMITTEE],
  ['Chủ tịch HĐND xã', COUNCIL],
  ['Phó Chủ tịch UBND xã', PEOPLES_COMMITTEE],
  ['Phó Chủ tịch UBND xã', PEOPLES_COMMITTEE],
  ['Chủ tịch Ủy ban MTTQ Việt Nam xã', FRONT],
  ['Phó Chủ tịch HĐND xã', COUNCIL],
  ['Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã', PARTY],
  ['Chánh Văn phòng Đảng ủy xã', PARTY],
  ['Trưởng Ban Xây dựng Đảng', PARTY],
  ['Chánh Văn phòng HĐND và UBND xã', PEOPLES_COMMITTEE],
  ['Trưởng phòng Kinh tế', PEOPLES_COMMITTEE],
  ['Trưởng phòng Văn hóa – Xã hội', PEOPLES_COMMITTEE],
  ['Giám đốc Trung tâm Phục vụ hành chính công', PEOPLES_COMMITTEE],
  ['Trưởng Ban Kinh tế – Ngân sách HĐND xã', COUNCIL],
  ['Phó Trưởng phòng Kinh tế', PEOPLES_COMMITTEE],
  ['Phó Trưởng phòng Văn hóa – Xã hội', PEOPLES_COMMITTEE],
  ['Phó Chánh Văn phòng Đảng ủy xã', PARTY],
];

const AGENCY_STAFF: readonly (readonly [string, string])[] = [
  ['Chuyên viên Văn phòng Đảng ủy', PARTY],
  ['Chuyên viên Ban Xây dựng Đảng', PARTY],
  ['Chuyên viên Ủy ban Kiểm tra Đảng ủy', PARTY],
  ['Chuyên viên Văn phòng HĐND và UBND', PEOPLES_COMMITTEE],
  ['Chuyên viên Phòng Kinh tế', PEOPLES_COMMITTEE],
  ['Chuyên viên Phòng Văn hóa – Xã hội', PEOPLES_COMMITTEE],
  ['Công chức Tư pháp – Hộ tịch', PEOPLES_COMMITTEE],
  ['Công chức Tài chính – Kế toán', PEOPLES_COMMITTEE],
  ['Công chức Địa chính – Xây dựng', PEOPLES_COMMITTEE],
  ['Chuyên viên Trung tâm Phục vụ hành chính công', PEOPLES_COMMITTEE],
];

const FRONT_LEADERS: readonly string[] = [
  'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã',
  'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã',
  'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã',
  'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Cựu chiến binh xã',
  'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn TNCS Hồ Chí Minh xã',
];

const AGENCY_TRAINING = ['Đại học Luật', 'Đại học Kinh tế', 'Đại học Hành chính', 'Thạc sĩ Quản lý kinh tế', 'Đại học Nông nghiệp', 'Đại học Kế toán'];

/** Per workplace type: [head post, deputy post], staff posts with their training. */
const WORKPLACE_POSTS = {
  school: {
    head: 'Hiệu trưởng',
    deputy: 'Phó Hiệu trưởng',
    staff: [
      ['Giáo viên', 'Đại học Sư phạm Tiểu học', 40],
      ['Giáo viên', 'Đại học Sư phạm Ngữ văn', 12],
      ['Giáo viên', 'Đại học Sư phạm Toán', 12],
      ['Giáo viên', 'Cao đẳng Sư phạm Mầm non', 15],
      ['Giáo viên', 'Đại học Sư phạm Tiếng Anh', 6],
      ['Tổng phụ trách Đội', 'Cao đẳng Sư phạm', 3],
      ['Nhân viên kế toán', 'Trung cấp Kế toán', 5],
      ['Nhân viên thư viện', 'Cao đẳng Thư viện', 3],
    ],
  },
  health: {
    head: 'Trưởng Trạm Y tế',
    deputy: 'Phó Trưởng Trạm Y tế',
    staff: [
      ['Bác sĩ', 'Bác sĩ đa khoa', 20],
      ['Y sĩ', 'Trung cấp Y sĩ đa khoa', 25],
      ['Điều dưỡng', 'Cao đẳng Điều dưỡng', 25],
      ['Nữ hộ sinh', 'Cao đẳng Hộ sinh', 15],
      ['Dược sĩ', 'Cao đẳng Dược', 15],
    ],
  },
  police: {
    head: 'Trưởng Công an xã',
    deputy: 'Phó Trưởng Công an xã',
    staff: [
      ['Cán bộ Công an xã', 'Đại học Cảnh sát nhân dân', 40],
      ['Cán bộ Công an xã', 'Trung cấp Cảnh sát nhân dân', 45],
      ['Cán bộ Công an xã', 'Đại học An ninh nhân dân', 15],
    ],
  },
  military: {
    head: 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã',
    deputy: 'Chính trị viên Ban Chỉ huy Quân sự xã',
    staff: [
      ['Trợ lý Ban Chỉ huy Quân sự xã', 'Trung cấp Quân sự cơ sở', 45],
      ['Thôn đội trưởng', 'Sơ cấp Quân sự', 40],
      ['Nhân viên văn thư – bảo mật', 'Trung cấp Văn thư', 15],
    ],
  },
} as const;

const VILLAGE_STAFF: readonly (readonly [string, number])[] = [
  ['Trưởng thôn', 20],
  ['Phó Trưởng thôn', 10],
  ['Chi hội trưởng Hội Nông dân', 12],
  ['Chi hội trưởng Hội Phụ nữ', 12],
  ['Chi hội trưởng Hội Cựu chiến binh', 10],
  ['Bí thư Chi đoàn thôn', 8],
  ['Trưởng Ban công tác Mặt trận thôn', 10],
];

/** Members of village chi bộ working in public bodies outside the commune: [post, workplace, training]. */
const OUTSIDE_PUBLIC_STAFF: readonly (readonly [string, string, string])[] = [
  ['Giáo viên', 'Trường THPT Thanh Ba', 'Đại học Sư phạm Hóa học'],
  ['Điều dưỡng', 'Bệnh viện Đa khoa tỉnh Phú Thọ', 'Cao đẳng Điều dưỡng'],
  ['Chuyên viên', 'Sở Nông nghiệp và Môi trường tỉnh Phú Thọ', 'Đại học Nông lâm'],
  ['Kế toán viên', 'Kho bạc Nhà nước khu vực VIII', 'Đại học Tài chính'],
  ['Giảng viên', 'Trường Cao đẳng Kỹ thuật Công nghiệp Phú Thọ', 'Thạc sĩ Kỹ thuật điện'],
];

const OUTSIDE_PUBLIC_LEADERS: readonly (readonly [string, string, string])[] = [
  ['Phó Hiệu trưởng', 'Trường THPT Thanh Ba', 'Thạc sĩ Quản lý giáo dục'],
  ['Phó Trưởng phòng Trồng trọt', 'Sở Nông nghiệp và Môi trường tỉnh Phú Thọ', 'Thạc sĩ Khoa học cây trồng'],
  ['Phó Giám đốc', 'Trung tâm Y tế khu vực Thanh Ba', 'Bác sĩ chuyên khoa I'],
  ['Trưởng phòng Tổ chức – Hành chính', 'Bảo hiểm xã hội khu vực Phú Thọ', 'Đại học Luật'],
  ['Phó Giám đốc', 'Ban Quản lý dự án đầu tư xây dựng khu vực Thanh Ba', 'Kỹ sư xây dựng'],
];

const COMPANY_POSTS: readonly (readonly [string, number])[] = [
  ['Công nhân', 55],
  ['Tổ trưởng sản xuất', 15],
  ['Kỹ thuật viên', 12],
  ['Nhân viên kế toán', 8],
  ['Nhân viên kinh doanh', 10],
];

function weightedTriple(rng: SeededRandom, list: readonly (readonly [string, string, number])[]): readonly [string, string] {
  const [post, training] = rng.weighted(list.map((e) => [[e[0], e[1]] as const, e[2]] as const));
  return [post, training];
}

/** The job of one member. `age` is the age at the data's cutoff date. */
export function pickJob(rng: SeededRandom, unit: PlannedUnit, category: MemberCategory, ordinal: number, age: number): Job {
  const none: Job = { workplace: null, post: null, professionalLevel: null, notes: null };
  switch (unit.type) {
    case 'agency': {
      if (unit.agencyVariant === 1) {
        return category === 'leader'
          ? { ...none, workplace: FRONT, post: FRONT_LEADERS[ordinal % FRONT_LEADERS.length]!, professionalLevel: rng.pick(AGENCY_TRAINING) }
          : { ...none, workplace: FRONT, post: 'Chuyên viên Ủy ban MTTQ Việt Nam xã', professionalLevel: rng.pick(AGENCY_TRAINING) };
      }
      const [post, workplace] = category === 'leader' ? AGENCY_LEADERS[Math.min(ordinal, AGENCY_LEADERS.length - 1)]! : rng.pick(AGENCY_STAFF);
      return { ...none, workplace, post, professionalLevel: rng.pick(AGENCY_TRAINING) };
    }
    case 'school':
    case 'health':
    case 'police':
    case 'military': {
      const posts = WORKPLACE_POSTS[unit.type];
      if (category === 'leader') {
        const head = unit.headOfWorkplace && ordinal === 0;
        return { ...none, workplace: unit.workplace, post: head ? posts.head : posts.deputy, professionalLevel: weightedTriple(rng, posts.staff)[1] };
      }
      if (category === 'staff') {
        const [post, training] = weightedTriple(rng, posts.staff);
        return { ...none, workplace: unit.workplace, post, professionalLevel: training };
      }
      // A retired employee who still attends the chi bộ of the workplace.
      return { ...none, notes: 'Hưu trí' };
    }
    case 'cooperative':
      return {
        ...none,
        workplace: unit.workplace,
        post: ordinal === 0 ? 'Giám đốc Hợp tác xã' : ordinal === 1 ? 'Kế toán Hợp tác xã' : 'Thành viên Hợp tác xã',
        professionalLevel: ordinal < 2 ? 'Trung cấp Kinh tế nông nghiệp' : null,
      };
    case 'enterprise':
      return {
        ...none,
        workplace: unit.workplace,
        post: ordinal === 0 ? 'Giám đốc' : ordinal === 1 ? 'Phó Giám đốc' : rng.weighted(COMPANY_POSTS),
        professionalLevel: ordinal < 2 ? 'Đại học Quản trị kinh doanh' : rng.chance(0.3) ? 'Trung cấp nghề' : null,
      };
    default:
      return residenceJob(rng, unit, category, age);
  }
}

/** Village and residential chi bộ: farmers, retirees, workers, village officials, some public employees. */
function residenceJob(rng: SeededRandom, unit: PlannedUnit, category: MemberCategory, age: number): Job {
  const none: Job = { workplace: null, post: null, professionalLevel: null, notes: null };
  if (category === 'leader') {
    const [post, workplace, training] = rng.pick(OUTSIDE_PUBLIC_LEADERS);
    return { ...none, workplace, post, professionalLevel: training };
  }
  if (category === 'staff') {
    if (rng.chance(0.7)) {
      const where = unit.village ? `Thôn ${unit.village}` : `Tổ dân phố số ${unit.groupNo ?? 1}`;
      const post = unit.village ? rng.weighted(VILLAGE_STAFF) : rng.pick(['Tổ trưởng tổ dân phố', 'Chi hội trưởng Hội Phụ nữ', 'Chi hội trưởng Hội Cựu chiến binh']);
      return { ...none, workplace: where, post };
    }
    const [post, workplace, training] = rng.pick(OUTSIDE_PUBLIC_STAFF);
    return { ...none, workplace, post, professionalLevel: training };
  }
  if (age >= 60) {
    return { ...none, notes: rng.weighted([['Cán bộ hưu trí', 40], ['Cựu chiến binh', 30], ['Hưu trí', 20], [null, 10]] as const) };
  }
  const r = rng.next();
  if (r < 0.45) return { ...none, notes: rng.chance(0.2) ? 'Bộ đội xuất ngũ' : null };
  if (r < 0.75) {
    return { ...none, workplace: rng.pick(['Công ty TNHH May Hưng Long', 'Công ty TNHH Điện tử Minh Phát', 'Công ty Cổ phần Chè Phú Lộc']), post: rng.weighted(COMPANY_POSTS), professionalLevel: rng.chance(0.3) ? 'Trung cấp nghề' : null };
  }
  return { ...none, workplace: 'Hộ kinh doanh cá thể', post: 'Chủ hộ kinh doanh' };
}
