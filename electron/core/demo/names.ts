// Plausible Vietnamese personal names for the demo commune: family names with their real-world
// frequencies (Nguyễn about 38 %), gender-appropriate middle names that shift with the generation,
// and given names; ethnic minorities of Phú Thọ carry their typical family names. Layer: electron/core.
import type { Gender } from '../../../shared/domain/enums';
import type { SeededRandom } from './random';

export type Ethnicity = 'Kinh' | 'Mường' | 'Tày' | 'Dao';

type Weighted<T> = readonly (readonly [T, number])[];

/** Kinh family names, weights in per cent of the population (approximate national shares). */
const KINH_FAMILY: Weighted<string> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Huỳnh', 1.5],
  ['Võ', 1.5],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1],
  ['Trịnh', 0.8],
  ['Hà', 0.7],
  ['Cao', 0.6],
  ['Lương', 0.5],
  ['Tạ', 0.4],
  ['Kiều', 0.4],
  ['Lưu', 0.3],
];

const MINORITY_FAMILY: Record<Exclude<Ethnicity, 'Kinh'>, Weighted<string>> = {
  Mường: [
    ['Đinh', 30],
    ['Bùi', 30],
    ['Hà', 15],
    ['Quách', 10],
    ['Xa', 5],
    ['Nguyễn', 10],
  ],
  Tày: [
    ['Hoàng', 30],
    ['Nông', 25],
    ['Lương', 15],
    ['Ma', 15],
    ['Hà', 15],
  ],
  Dao: [
    ['Triệu', 40],
    ['Bàn', 30],
    ['Đặng', 20],
    ['Lý', 10],
  ],
};

/** Middle names of older generations (born before 1980): mostly Văn / Thị. */
const MIDDLE_OLD: Record<Gender, Weighted<string>> = {
  male: [
    ['Văn', 62],
    ['Đức', 8],
    ['Xuân', 5],
    ['Hữu', 5],
    ['Đình', 5],
    ['Quang', 4],
    ['Công', 4],
    ['Minh', 3],
    ['Bá', 2],
    ['Ngọc', 2],
  ],
  female: [
    ['Thị', 80],
    ['Thị Thu', 5],
    ['Thị Thanh', 4],
    ['Thị Hồng', 4],
    ['Thị Kim', 3],
    ['Thị Minh', 2],
    ['Ngọc', 2],
  ],
};

/** Middle names of younger generations: Văn / Thị less dominant. */
const MIDDLE_YOUNG: Record<Gender, Weighted<string>> = {
  male: [
    ['Văn', 30],
    ['Đức', 12],
    ['Minh', 12],
    ['Quang', 8],
    ['Mạnh', 6],
    ['Tiến', 5],
    ['Duy', 5],
    ['Trọng', 5],
    ['Hữu', 5],
    ['Ngọc', 4],
    ['Thanh', 4],
    ['Xuân', 4],
  ],
  female: [
    ['Thị', 45],
    ['Thu', 8],
    ['Ngọc', 8],
    ['Thanh', 7],
    ['Minh', 6],
    ['Phương', 5],
    ['Thị Thu', 5],
    ['Hải', 4],
    ['Khánh', 4],
    ['Thùy', 4],
    ['Hồng', 4],
  ],
};

const GIVEN: Record<Gender, readonly string[]> = {
  male: [
    'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Sơn', 'Thắng', 'Long', 'Cường', 'Quân', 'Hòa', 'Bình', 'Phong',
    'Trung', 'Tùng', 'Đức', 'Hiếu', 'Huy', 'Khánh', 'Lâm', 'Lợi', 'Mạnh', 'Nghĩa', 'Phúc', 'Quang', 'Tài', 'Thành',
    'Thịnh', 'Toàn', 'Trường', 'Việt', 'Vinh', 'Chiến', 'Công', 'Dương', 'Giang', 'Hưng', 'Kiên', 'Lực', 'Tâm',
    'Thái', 'Tiến', 'Tú', 'Vượng', 'Xuân', 'Hoàn', 'Khải', 'Thuận', 'An', 'Bảo', 'Đạt', 'Hậu', 'Kỳ', 'Quyết',
  ],
  female: [
    'Lan', 'Hương', 'Hoa', 'Mai', 'Hà', 'Hằng', 'Huyền', 'Linh', 'Ngọc', 'Nga', 'Nhung', 'Oanh', 'Phương', 'Thảo',
    'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Hạnh', 'Dung', 'Liên', 'Loan', 'Lý', 'Nguyệt', 'Quyên', 'Thơm', 'Thu',
    'Thúy', 'Trinh', 'Xuân', 'Hồng', 'Chi', 'Anh', 'Giang', 'Hiền', 'Hòa', 'Lệ', 'My', 'Quỳnh', 'Thư', 'Vy', 'Hảo',
    'Huế', 'Lụa', 'Tâm', 'Thắm', 'Uyên',
  ],
};

const ETHNICITIES: Weighted<Ethnicity> = [
  ['Kinh', 86],
  ['Mường', 9],
  ['Tày', 2.5],
  ['Dao', 2.5],
];

export function pickEthnicity(rng: SeededRandom): Ethnicity {
  return rng.weighted(ETHNICITIES);
}

/** "Nguyễn Văn Hùng", "Trần Thị Thu Hà"… — family + middle + given, chosen for gender, birth year and ethnicity. */
export function pickFullName(rng: SeededRandom, gender: Gender, birthYear: number, ethnicity: Ethnicity): string {
  const family = rng.weighted(ethnicity === 'Kinh' ? KINH_FAMILY : MINORITY_FAMILY[ethnicity]);
  const middle = rng.weighted(birthYear < 1980 ? MIDDLE_OLD[gender] : MIDDLE_YOUNG[gender]);
  let given = rng.pick(GIVEN[gender]);
  // "Nguyễn Minh Minh" reads wrong; draw again once (still deterministic).
  if (middle.endsWith(given)) given = rng.pick(GIVEN[gender]);
  return `${family} ${middle} ${given}`;
}
