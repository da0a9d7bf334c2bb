// The shape of the demo commune's party organization: which chi bộ exist, of which type, under which
// parent, and how many members each should roughly have. Covers both layouts of the org tree (chi bộ
// cơ sở directly under the commune, and a đảng bộ cơ sở with chi bộ trực thuộc) plus one closed village
// chi bộ from a merger. Pure planning — nothing is written here. Layer: electron/core.
import type { OrgKind, OrgType } from '../../../shared/domain/enums';
import type { SeededRandom } from './random';
import { addMonths, dayOf, isoOf } from './dates';
import { DEMO_COMMUNE, FORMER_COMMUNES, MERGED_VILLAGE, VILLAGE_NAMES } from './places';

export interface PlannedUnit {
  /** Position in the plan; the root (the commune organization) is 0. */
  index: number;
  kind: OrgKind;
  type: OrgType;
  name: string;
  parent: number | null;
  closedOn: string | null;
  closeReason: string | null;
  /** Open and of a kind that holds members (chi bộ cơ sở or chi bộ trực thuộc). */
  holdsMembers: boolean;
  /** Village of a village chi bộ (members live there). */
  village: string | null;
  /** Number of a residential group (tổ dân phố). */
  groupNo: number | null;
  /** Workplace of a workplace chi bộ (school, station, company…). */
  workplace: string | null;
  /** True for the first chi bộ of its workplace (gets the head of the unit, e.g. the Hiệu trưởng). */
  headOfWorkplace: boolean;
  /** Which list of posts an agency chi bộ uses: 0 Đảng ủy–HĐND–UBND, 1 Mặt trận and đoàn thể. */
  agencyVariant: number;
  /** Usual size range of this type of chi bộ (domain-background.md §8). */
  sizeRange: readonly [number, number];
}

export interface OrgPlan {
  units: PlannedUnit[];
  /** The closed village chi bộ and the village chi bộ that absorbed its members. */
  closedUnit: number;
  mergedInto: number;
}

const SIZE: Record<OrgType, readonly [number, number]> = {
  village: [10, 40],
  residential: [10, 40],
  school: [5, 25],
  health: [6, 18],
  police: [8, 20],
  military: [5, 12],
  cooperative: [5, 12],
  enterprise: [5, 20],
  agency: [20, 45],
  other: [5, 20],
};

const ENTERPRISES: readonly string[] = [
  'Công ty TNHH May Xuân Hòa',
  'Công ty Cổ phần Chè Phú Lộc',
  'Công ty TNHH Vật liệu xây dựng Thanh Hà',
  'Công ty Cổ phần Gạch Tuynel Xuân Hòa',
  'Công ty TNHH Chế biến gỗ Phú Lộc',
];

const SCHOOL_LEVELS: readonly string[] = ['Tiểu học', 'Mầm non', 'Trung học cơ sở'];
const COMMITTEE_CELLS: readonly string[] = ['Chi bộ Mầm non', 'Chi bộ Tiểu học', 'Chi bộ Trung học cơ sở', 'Chi bộ Khối Văn phòng'];

/** The smallest number of chi bộ that still shows every type and both layouts. */
export const MIN_CELLS = 10;

/** Appends " 2", " 3"… to a name already taken, so every unit name in the commune is unique. */
function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} ${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Plans `cellCount` open chi bộ holding members (≥ MIN_CELLS), plus the root, one đảng bộ cơ sở and the
 * closed village chi bộ. `cutoff` is the last date the demo data may carry.
 */
export function planOrgUnits(rng: SeededRandom, cellCount: number, cutoff: string): OrgPlan {
  const n = Math.max(MIN_CELLS, cellCount);
  const place = DEMO_COMMUNE.placeName;
  const units: PlannedUnit[] = [];
  const taken = new Set<string>();
  const add = (u: Omit<PlannedUnit, 'index' | 'closedOn' | 'closeReason' | 'holdsMembers' | 'village' | 'groupNo' | 'workplace' | 'headOfWorkplace' | 'agencyVariant' | 'sizeRange'> & Partial<PlannedUnit>): number => {
    const index = units.length;
    units.push({
      closedOn: null,
      closeReason: null,
      village: null,
      groupNo: null,
      workplace: null,
      headOfWorkplace: true,
      agencyVariant: 0,
      sizeRange: SIZE[u.type],
      holdsMembers: u.kind === 'basic-cell' || u.kind === 'cell',
      ...u,
      name: uniqueName(taken, u.name),
      index,
    });
    return index;
  };

  add({ kind: 'commune', type: 'other', name: DEMO_COMMUNE.name, parent: null, holdsMembers: false });

  // Fixed workplaces first, so the village count is what remains.
  const agencies = n >= 30 ? 2 : 1;
  const enterprises = Math.max(1, Math.round(n / 30));
  const committeeCells = n >= 12 ? rng.int(2, 4) : 2;
  const schools = n >= 20 ? Math.max(1, Math.round(n / 25)) : 0;
  const fixed = agencies + 4 + enterprises + committeeCells + schools;
  const rest = n - fixed;
  const residential = Math.max(1, Math.round(rest * rng.float(0.08, 0.16)));
  const villages = rest - residential;

  const villageNames = rng.shuffle([...VILLAGE_NAMES]);
  const villageIndexes: number[] = [];
  for (let i = 0; i < villages; i++) {
    const base = villageNames[i % villageNames.length]!;
    const village = i < villageNames.length ? base : `${base} ${Math.floor(i / villageNames.length) + 1}`;
    villageIndexes.push(add({ kind: 'basic-cell', type: 'village', name: `Chi bộ thôn ${village}`, parent: 0, village }));
  }
  for (let g = 1; g <= residential; g++) {
    add({ kind: 'basic-cell', type: 'residential', name: `Chi bộ tổ dân phố số ${g}`, parent: 0, groupNo: g });
  }

  add({ kind: 'basic-cell', type: 'agency', name: 'Chi bộ Cơ quan Đảng ủy – HĐND – UBND xã', parent: 0, workplace: `Ủy ban nhân dân xã ${place}` });
  if (agencies > 1) {
    add({
      kind: 'basic-cell',
      type: 'agency',
      name: 'Chi bộ Cơ quan Ủy ban MTTQ và các đoàn thể xã',
      parent: 0,
      workplace: `Ủy ban Mặt trận Tổ quốc Việt Nam xã ${place}`,
      agencyVariant: 1,
      sizeRange: [8, 20],
    });
  }
  add({ kind: 'basic-cell', type: 'police', name: 'Chi bộ Công an xã', parent: 0, workplace: `Công an xã ${place}` });
  add({ kind: 'basic-cell', type: 'military', name: 'Chi bộ Quân sự xã', parent: 0, workplace: `Ban Chỉ huy Quân sự xã ${place}` });
  add({ kind: 'basic-cell', type: 'health', name: 'Chi bộ Trạm Y tế xã', parent: 0, workplace: `Trạm Y tế xã ${place}` });

  // The đảng bộ cơ sở of the multi-level school: the layout with chi bộ trực thuộc.
  const schoolName = `Trường Liên cấp ${place}`;
  const committee = add({ kind: 'basic-committee', type: 'school', name: `Đảng bộ ${schoolName}`, parent: 0, holdsMembers: false, workplace: schoolName });
  for (let c = 0; c < committeeCells; c++) {
    add({ kind: 'cell', type: 'school', name: COMMITTEE_CELLS[c]!, parent: committee, workplace: schoolName, headOfWorkplace: c === 0 });
  }
  const schoolPlaces = [...FORMER_COMMUNES.filter((p) => p !== place), ...villageNames];
  for (let s = 0; s < schools; s++) {
    const level = SCHOOL_LEVELS[s % SCHOOL_LEVELS.length]!;
    const where = schoolPlaces[Math.floor(s / SCHOOL_LEVELS.length) % schoolPlaces.length]!;
    const school = `Trường ${level} ${where}`;
    add({ kind: 'basic-cell', type: 'school', name: `Chi bộ ${school}`, parent: 0, workplace: school });
  }

  add({ kind: 'basic-cell', type: 'cooperative', name: `Chi bộ Hợp tác xã Nông nghiệp ${place}`, parent: 0, workplace: `Hợp tác xã Nông nghiệp ${place}` });
  for (let e = 0; e < enterprises; e++) {
    const company = ENTERPRISES[e % ENTERPRISES.length]!;
    add({ kind: 'basic-cell', type: 'enterprise', name: `Chi bộ ${company}`, parent: 0, workplace: company });
  }

  // A village merged into another one between 1 and 3 years ago: its chi bộ is closed and its members
  // were transferred to the chi bộ of the village that absorbed it.
  const mergedInto = villageIndexes[0]!;
  const latest = dayOf(addMonths(cutoff, -12));
  const closedOn = isoOf(rng.int(latest - 730, latest));
  const target = units[mergedInto]!.village!;
  const closedUnit = add({
    kind: 'basic-cell',
    type: 'village',
    name: `Chi bộ thôn ${MERGED_VILLAGE}`,
    parent: 0,
    village: MERGED_VILLAGE,
    closedOn,
    closeReason: `Sáp nhập thôn ${MERGED_VILLAGE} vào thôn ${target}; đảng viên chuyển sang Chi bộ thôn ${target}.`,
    holdsMembers: false,
  });

  return { units, closedUnit, mergedInto };
}
