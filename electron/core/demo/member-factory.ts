// Draws one plausible person for a planned member slot: name, birth and party dates, identity numbers,
// origin, education and work, and the periods of their status history. Every date lies on or before
// the cutoff and the record passes memberConsistencyIssues (18 at admission, official members have a
// ngày chính thức about 12 months later, probationary ones none). Layer: electron/core.
import type { Gender, MemberStatus, PoliticalTheoryLevel } from '../../../shared/domain/enums';
import type { MemberTable } from '../../../db/schema';
import { formatDateVi } from '../../../shared/text/dates';
import type { SeededRandom } from './random';
import type { Slot } from './roster-plan';
import { pickJob } from './jobs';
import { pickEthnicity, pickFullName } from './names';
import { addDays, addMonths, addYears, dayOf, isoOf, yearOf } from './dates';
import { DEMO_COMMUNE, OUTSIDE_HOMETOWNS, RELIGIONS, TEMPORARY_PLACES, TRANSFER_DESTINATIONS, residentialAddress, villageAddress } from './places';

/** The member columns a person fills (ids, unit, search key and stamps are added by the writer). */
export type PersonFields = Omit<MemberTable, 'id' | 'orgUnitId' | 'searchKey' | 'createdAt' | 'updatedAt'>;

export interface StatusPeriod {
  status: MemberStatus;
  fromDate: string;
  toDate: string | null;
  place: string | null;
  reason: string | null;
}

export interface Person {
  fields: PersonFields;
  periods: StatusPeriod[];
  /** Set for a member who left by expulsion: the discipline record to go with it. */
  expelledOn: string | null;
}

export interface FactoryContext {
  rng: SeededRandom;
  /** The last date the data may carry: min(1 Nov of the year, today). */
  cutoff: string;
  /** Villages of the commune, for the residence of members of workplace chi bộ. */
  villages: readonly string[];
  citizenIds: Set<string>;
  cardNos: Set<string>;
  recordNos: Set<string>;
}

const MALE_SHARE: Record<string, number> = {
  village: 0.6,
  residential: 0.55,
  school: 0.25,
  health: 0.35,
  police: 0.9,
  military: 0.95,
  agency: 0.6,
  cooperative: 0.6,
  enterprise: 0.4,
};

const OLDEST_BIRTH_YEAR = 1935;
const YOUNGEST_BIRTH_YEAR = 2006;

/** Age range at the cutoff that suits the slot (retirees exempt, young probationary members, working-age staff). */
function ageRange(rng: SeededRandom, slot: Slot, maxAge: number): readonly [number, number] {
  const working = slot.unit.type === 'cooperative' || slot.unit.type === 'enterprise';
  if (slot.status === 'exempt' || slot.status === 'deceased') return [72, maxAge];
  if (slot.status === 'probationary') return [20, 35];
  if (slot.status === 'temporary') return [22, 50];
  if (slot.role === 'secretary') return [35, slot.category === 'outside' ? 66 : 59];
  if (slot.category === 'leader') return [32, 59];
  if (slot.category === 'staff') return [23, 59];
  if (working) return [22, 59];
  if (slot.unit.type !== 'village' && slot.unit.type !== 'residential') return [60, 80];
  return rng.chance(0.42) ? [60, Math.min(maxAge, 90)] : [22, 59];
}

function politicalTheory(rng: SeededRandom, slot: Slot): PoliticalTheoryLevel {
  if (slot.status === 'probationary') return rng.chance(0.75) ? 'none' : 'elementary';
  if (slot.category === 'leader') return rng.weighted([['intermediate', 55], ['advanced', 25], ['bachelor', 8], ['elementary', 12]] as const);
  if (slot.role !== 'member') return rng.weighted([['elementary', 60], ['intermediate', 40]] as const);
  if (slot.category === 'staff') return rng.weighted([['elementary', 55], ['intermediate', 35], ['none', 10]] as const);
  return rng.weighted([['elementary', 70], ['none', 25], ['intermediate', 5]] as const);
}

function education(rng: SeededRandom, birthYear: number): string {
  if (birthYear <= 1955) return rng.weighted([['7/10', 35], ['10/10', 60], ['12/12', 5]] as const);
  if (birthYear <= 1972) return rng.weighted([['10/10', 75], ['12/12', 20], ['7/10', 5]] as const);
  return rng.weighted([['12/12', 92], ['9/12', 8]] as const);
}

function phone(rng: SeededRandom, age: number): string | null {
  if (!rng.chance(age >= 75 ? 0.5 : 0.86)) return null;
  const prefix = rng.weighted([['09', 55], ['03', 25], ['08', 12], ['07', 8]] as const);
  return prefix + rng.digits(8);
}

function uniqueDigits(rng: SeededRandom, taken: Set<string>, make: () => string): string {
  let value = make();
  while (taken.has(value)) value = make();
  taken.add(value);
  return value;
}

/** CCCD: province code of birth registration, century/gender digit, 2-digit birth year, 6 random digits. */
function citizenId(ctx: FactoryContext, provinceCode: string, gender: Gender, birthYear: number): string {
  const centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  const head = `${provinceCode}${centuryGender}${String(birthYear % 100).padStart(2, '0')}`;
  return uniqueDigits(ctx.rng, ctx.citizenIds, () => head + ctx.rng.digits(6));
}

/** Start of the slot's final status (after the ngày chính thức), with place and reason. */
function laterStatus(ctx: FactoryContext, status: MemberStatus, birthDate: string, confirmedOn: string): { since: string; place: string | null; reason: string; expelled: boolean } {
  const { rng, cutoff } = ctx;
  const end = dayOf(cutoff) - 1;
  const after = dayOf(confirmedOn) + 1;
  const window: Record<string, number> = { exempt: 3650, suspended: 300, temporary: 700 };
  let start = Math.max(after, end - (window[status] ?? 1000));
  if (status === 'exempt') start = Math.max(start, dayOf(addYears(birthDate, 70)));
  const since = isoOf(rng.int(Math.min(start, end), end));
  const decision = `Quyết định số ${rng.int(5, 180)}-QĐ/ĐU ngày ${formatDateVi(since)} của Đảng ủy xã ${DEMO_COMMUNE.placeName}`;
  switch (status) {
    case 'exempt':
      return { since, place: null, reason: `Tuổi cao, sức yếu; ${decision}`, expelled: false };
    case 'suspended':
      return { since, place: null, reason: `Đình chỉ sinh hoạt đảng trong thời gian cơ quan có thẩm quyền điều tra; ${decision}`, expelled: false };
    case 'temporary': {
      const [place, reason] = rng.pick(TEMPORARY_PLACES);
      return { since, place, reason, expelled: false };
    }
    case 'transferred-out':
      return {
        since,
        place: rng.pick(TRANSFER_DESTINATIONS),
        reason: `Chuyển sinh hoạt đảng chính thức theo nơi cư trú mới; giấy giới thiệu số ${rng.int(3, 90)}-GGT/ĐU ngày ${formatDateVi(since)}`,
        expelled: false,
      };
    case 'deceased':
      return { since, place: null, reason: `Từ trần ngày ${formatDateVi(since)}`, expelled: false };
    default: {
      const kind = rng.weighted([['Xóa tên trong danh sách đảng viên (bỏ sinh hoạt đảng 3 tháng liền không có lý do chính đáng)', 50], ['Xin ra khỏi Đảng', 30], ['Khai trừ ra khỏi Đảng', 20]] as const);
      return { since, place: null, reason: `${kind}; ${decision}`, expelled: kind.startsWith('Khai trừ') };
    }
  }
}

/** Draws the person for `slot`. `recent` asks for an official member admitted 13–24 months ago. */
export function makePerson(ctx: FactoryContext, slot: Slot, recent: boolean): Person {
  const { rng, cutoff } = ctx;
  const cutoffDay = dayOf(cutoff);
  const cutoffYear = yearOf(cutoff);
  // At least 20 at the cutoff, so even a January cutoff leaves room for an admission at 18.
  const youngestYear = Math.min(YOUNGEST_BIRTH_YEAR, cutoffYear - 20);
  const [minAge, maxAge] = ageRange(rng, slot, cutoffYear - OLDEST_BIRTH_YEAR);
  const birthYear = Math.min(youngestYear, Math.max(OLDEST_BIRTH_YEAR, cutoffYear - rng.int(minAge, Math.max(minAge, maxAge))));
  const birthDate = isoOf(rng.int(dayOf(`${birthYear}-01-01`), dayOf(`${birthYear}-12-31`)));
  const age = cutoffYear - birthYear;

  const maleShare = slot.role === 'secretary' && slot.unit.type === 'village' ? 0.8 : (MALE_SHARE[slot.unit.type] ?? 0.55);
  const gender: Gender = rng.chance(maleShare) ? 'male' : 'female';
  const ethnicity = pickEthnicity(rng);
  const fullName = pickFullName(rng, gender, birthYear, ethnicity);
  const religion = ethnicity === 'Kinh' ? rng.weighted(RELIGIONS) : rng.chance(0.95) ? 'Không' : 'Phật giáo';

  // Origin and residence: mostly the commune's own villages; minorities are local.
  const ownVillage = slot.unit.village;
  let hometown: string;
  let provinceCode: string = DEMO_COMMUNE.provinceCode;
  if (ethnicity === 'Kinh' && rng.chance(0.18)) {
    const [town, code] = rng.pick(OUTSIDE_HOMETOWNS);
    hometown = town;
    provinceCode = code;
  } else {
    hometown = villageAddress(ownVillage && rng.chance(0.75) ? ownVillage : rng.pick(ctx.villages));
  }
  const residence = ownVillage
    ? villageAddress(ownVillage)
    : slot.unit.groupNo !== null
      ? residentialAddress(slot.unit.groupNo)
      : rng.chance(0.85)
        ? villageAddress(rng.pick(ctx.villages))
        : rng.pick(['Phường Việt Trì, tỉnh Phú Thọ', 'Xã Thanh Ba, tỉnh Phú Thọ']);

  // Party dates. Admission at 18–45, mostly young; probationary members joined within the last 11 months.
  const adultDay = dayOf(addYears(birthDate, 18)) + 1;
  let admittedOn: string;
  if (slot.status === 'probationary') {
    admittedOn = isoOf(rng.int(Math.max(adultDay, cutoffDay - 330), cutoffDay - 3));
  } else {
    const latest = Math.min(dayOf(addYears(birthDate, 45)), cutoffDay - 430);
    const earliest = recent ? Math.max(adultDay, cutoffDay - 730) : adultDay;
    const span = Math.max(0, latest - Math.min(earliest, latest));
    admittedOn = isoOf(Math.min(earliest, latest) + Math.floor(span * Math.pow(rng.next(), 1.6)));
  }
  const confirmedOn = slot.status === 'probationary' ? null : addDays(addMonths(admittedOn, 12), rng.int(0, 25));

  const periods: StatusPeriod[] = [];
  let status: MemberStatus = slot.status;
  let since = admittedOn;
  let place: string | null = null;
  let reason: string | null = null;
  let expelledOn: string | null = null;
  if (confirmedOn === null) {
    periods.push({ status: 'probationary', fromDate: admittedOn, toDate: null, place: null, reason: null });
  } else {
    periods.push({ status: 'probationary', fromDate: admittedOn, toDate: addDays(confirmedOn, -1), place: null, reason: null });
    if (status === 'official') {
      since = confirmedOn;
      periods.push({ status: 'official', fromDate: confirmedOn, toDate: null, place: null, reason: null });
    } else {
      const later = laterStatus(ctx, status, birthDate, confirmedOn);
      since = later.since;
      place = later.place;
      reason = later.reason;
      if (later.expelled) expelledOn = later.since;
      periods.push({ status: 'official', fromDate: confirmedOn, toDate: addDays(since, -1), place: null, reason: null });
      periods.push({ status, fromDate: since, toDate: null, place, reason });
    }
  }
  if (confirmedOn === null) status = 'probationary';

  const job = pickJob(rng, slot.unit, slot.category, slot.ordinal, age);
  const fields: PersonFields = {
    fullName,
    gender,
    birthDate,
    ethnicity,
    religion,
    hometown,
    residence,
    citizenId: rng.chance(0.03) ? null : citizenId(ctx, provinceCode, gender, birthYear),
    // Cards are issued after recognition as official member; a few records still miss the number.
    cardNo: confirmedOn === null || rng.chance(0.02) ? null : uniqueDigits(rng, ctx.cardNos, () => rng.digits(8)),
    recordNo: `${uniqueDigits(rng, ctx.recordNos, () => rng.digits(6))}PT`,
    admittedOn,
    confirmedOn,
    status,
    statusSince: since,
    statusPlace: place,
    statusReason: reason,
    partyRole: slot.role,
    communeCommittee: slot.communeCommittee ? 1 : 0,
    category: slot.category,
    workplace: job.workplace,
    post: job.post,
    education: education(rng, birthYear),
    professionalLevel: job.professionalLevel,
    politicalTheory: politicalTheory(rng, slot),
    phone: phone(rng, age),
    notes: job.notes,
  };
  return { fields, periods, expelledOn };
}
