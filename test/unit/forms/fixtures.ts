// Test support: small, hand-made models of the part-1 forms (no database). Layer: test.
import type { IssuerInfo } from '../../../shared/forms/issuer';
import type { CriterionLine } from '../../../shared/forms/blank-review';

export const cellIssuer: IssuerInfo = {
  upperBody: 'Đảng bộ xã Xuân Hòa',
  issuingBody: 'Chi bộ thôn Đông',
  unitName: 'Chi bộ thôn Đông',
  kind: 'basic-cell',
  place: 'Xuân Hòa',
  secretaryName: 'Nguyễn Văn Bình',
};

export const criteria: CriterionLine[] = [
  { group: 'common', title: 'Tư tưởng chính trị', maxPoints: 10 },
  { group: 'common', title: 'Đạo đức, lối sống', maxPoints: 20 },
  { group: 'tasks', title: 'Kết quả thực hiện nhiệm vụ được giao', maxPoints: 70 },
];

/** "Nguyễn Thị Hồng" written with combining marks, a zero-width space and a control character. */
export const decomposedName = 'Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng\u200B\u0007';
export const composedName = 'Nguyễn Thị Hồng';
