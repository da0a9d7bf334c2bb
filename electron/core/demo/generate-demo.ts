// Builds the demo commune in an empty database: the commune, its org tree, members with their status
// history, transfers from a merged village, discipline and awards — all in one transaction (nothing
// is left half-written), reproducible from the seed (ids come from the seeded generator, stamps from a
// fixed anchor). Used by `cli demo` and by the first-run "Dùng dữ liệu mẫu". Layer: electron/core.
import type { DbHandle } from '../../../db/open';
import { DomainError } from '../../../shared/contract/result';
import type { DemoSummary } from '../../../shared/domain/demo';
import { memberCategories, memberStatuses } from '../../../shared/domain/enums';
import { todayIso } from '../../../shared/text/dates';
import { memberSearchKey } from '../services/member-service';
import { SeededRandom } from './random';
import { minIso } from './dates';
import { DEMO_COMMUNE, MERGED_VILLAGE, villageAddress } from './places';
import { MIN_CELLS, planOrgUnits } from './org-plan';
import { planRoster, planSizes } from './roster-plan';
import { makePerson, type FactoryContext } from './member-factory';
import { planAwards, planDisciplines, type MemberFacts } from './member-records';
import { createDemoWriter } from './writer';

export interface DemoOptions {
  /** Exact number of member records (active and historical), 10–50 000; default a seeded 700–1 500. */
  members?: number;
  /** Number of open chi bộ holding members; default a seeded 33–58 (scaled up for large member counts). */
  cells?: number;
  seed?: number;
  /** The review year the data is for; default the current year. */
  year?: number;
  /** The clock (tests); default the real time. */
  now?: Date;
  /** Called while members are written (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export const DEMO_LIMITS = {
  members: { min: 10, max: 50_000 },
  cells: { min: MIN_CELLS, max: 2_000 },
  firstYear: 2015,
} as const;

const DEFAULT_SEED = 1;

/** 50000 → "50.000", the Vietnamese way, without depending on the ICU data of the runtime. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function invalid(path: string, message: string): never {
  throw new DomainError('invalid-input', message, { path });
}

/** Refuses out-of-range options with `invalid-input` and the option's name as `path` (the CLI checks first). */
export function checkDemoOptions(options: DemoOptions, currentYear: number): void {
  const { members, cells, seed, year } = options;
  if (members !== undefined && (!Number.isInteger(members) || members < DEMO_LIMITS.members.min || members > DEMO_LIMITS.members.max)) {
    invalid('members', `Số đảng viên phải là số nguyên từ ${DEMO_LIMITS.members.min} đến ${grouped(DEMO_LIMITS.members.max)}.`);
  }
  if (cells !== undefined && (!Number.isInteger(cells) || cells < DEMO_LIMITS.cells.min || cells > DEMO_LIMITS.cells.max)) {
    invalid('cells', `Số chi bộ phải là số nguyên từ ${DEMO_LIMITS.cells.min} đến ${grouped(DEMO_LIMITS.cells.max)}.`);
  }
  if (cells !== undefined && members !== undefined && cells > members) {
    invalid('cells', 'Số chi bộ không được nhiều hơn số đảng viên.');
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) invalid('seed', 'Hạt giống (seed) phải là số nguyên.');
  if (year !== undefined && (!Number.isInteger(year) || year < DEMO_LIMITS.firstYear || year > currentYear + 1)) {
    invalid('year', `Năm phải là số nguyên từ ${DEMO_LIMITS.firstYear} đến ${currentYear + 1}.`);
  }
}

/** How many chi bộ to plan: as asked, else seeded 33–58, fewer for tiny and more for very large communes. */
function cellCount(rng: SeededRandom, options: DemoOptions): number {
  const base = rng.int(33, 58);
  if (options.cells !== undefined) return options.cells;
  const members = options.members;
  if (members === undefined) return base;
  if (members <= 1500) return Math.max(MIN_CELLS, Math.min(base, Math.floor(members / 8)));
  return Math.min(DEMO_LIMITS.cells.max, Math.round(members / 24));
}

function hasOwnCommune(db: DbHandle): boolean {
  return db.sqlite.prepare('SELECT 1 FROM commune WHERE is_own = 1').get() !== undefined;
}

function refuseIfSetUp(db: DbHandle): void {
  if (hasOwnCommune(db)) {
    throw new DomainError('already-set-up', 'Cơ sở dữ liệu đã có đảng bộ xã; chỉ tạo dữ liệu mẫu vào một tệp dữ liệu trống.');
  }
}

/**
 * Generates the demo commune into `db`. Same options and seed (and the same cutoff date) give
 * byte-identical rows. Refuses with `already-set-up` when the database already has its own commune.
 */
export function generateDemoCommune(db: DbHandle, options: DemoOptions = {}): DemoSummary {
  const started = performance.now();
  const now = options.now ?? new Date();
  checkDemoOptions(options, now.getFullYear());
  refuseIfSetUp(db);

  const seed = options.seed ?? DEFAULT_SEED;
  const year = options.year ?? now.getFullYear();
  // Every date lies on or before 1 November of the year, and never in the future.
  const cutoff = minIso(`${year}-11-01`, todayIso(now));
  const stamp = `${cutoff}T00:00:00.000Z`;
  const ids = new SeededRandom(seed, 'ids');
  const planRng = new SeededRandom(seed, 'plan');
  const peopleRng = new SeededRandom(seed, 'people');
  const recordRng = new SeededRandom(seed, 'records');

  const plan = planOrgUnits(planRng, cellCount(planRng, options), cutoff);
  const cells = plan.units.filter((u) => u.holdsMembers);
  const sizes = planSizes(planRng, cells, options.members);
  const slots = planRoster(planRng, cells, sizes);
  const closed = plan.units[plan.closedUnit]!;

  const writer = createDemoWriter(db.sqlite);
  const communeId = ids.uuid();
  const unitIds = plan.units.map(() => ids.uuid());
  const ctx: FactoryContext = {
    rng: peopleRng,
    cutoff,
    villages: plan.units.filter((u) => u.village !== null && u.closedOn === null).map((u) => u.village!),
    citizenIds: new Set(),
    cardNos: new Set(),
    recordNos: new Set(),
  };
  const membersByStatus: Record<string, number> = Object.fromEntries(memberStatuses.codes.map((c) => [c, 0]));
  const membersByCategory: Record<string, number> = Object.fromEntries(memberCategories.codes.map((c) => [c, 0]));
  const orgUnitsByType: Record<string, number> = {};

  db.sqlite.transaction(() => {
    refuseIfSetUp(db);
    const { name, province, upperLevelName, placeName } = DEMO_COMMUNE;
    writer.commune({ id: communeId, name, province, upperLevelName, placeName, isOwn: 1, createdAt: stamp, updatedAt: stamp });
    for (const u of plan.units) {
      writer.orgUnit({
        id: unitIds[u.index]!,
        communeId,
        parentId: u.parent === null ? null : unitIds[u.parent]!,
        kind: u.kind,
        type: u.type,
        name: u.name,
        closedOn: u.closedOn,
        closeReason: u.closeReason,
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (u.kind !== 'commune') orgUnitsByType[u.type] = (orgUnitsByType[u.type] ?? 0) + 1;
    }
    // The committee terms of the numbering register, so the sample data can number and lock decisions
    // at once: the Đảng bộ's congress and, a few months before it, its open chi bộ's.
    for (const u of plan.units) {
      if (u.closedOn !== null || (u.kind !== 'commune' && !u.holdsMembers)) continue;
      const term = demoTerm(cutoff, u.kind === 'commune');
      writer.documentTerm({ id: ids.uuid(), orgUnitId: unitIds[u.index]!, ...term, createdAt: stamp, updatedAt: stamp });
    }

    const facts: MemberFacts[] = [];
    slots.forEach((slot, i) => {
      const person = makePerson(ctx, slot, slot.status === 'official' && slot.role === 'member' && peopleRng.chance(0.03));
      const id = ids.uuid();
      const unitId = unitIds[slot.unit.index]!;
      const f = person.fields;
      // Members of the merged village's chi bộ who were there before the merger came over from it.
      const fromMerged = slot.unit.index === plan.mergedInto && f.admittedOn < closed.closedOn! && peopleRng.chance(0.4);
      if (fromMerged && f.hometown?.endsWith(DEMO_COMMUNE.addressTail)) f.hometown = villageAddress(MERGED_VILLAGE);
      writer.member({ id, orgUnitId: unitId, searchKey: memberSearchKey(f), ...f, createdAt: stamp, updatedAt: stamp });
      for (const p of person.periods) writer.statusPeriod({ id: ids.uuid(), memberId: id, ...p, createdAt: stamp, updatedAt: stamp });
      if (fromMerged) {
        writer.transfer({
          id: ids.uuid(),
          memberId: id,
          fromOrgUnitId: unitIds[closed.index]!,
          toOrgUnitId: unitId,
          onDate: closed.closedOn!,
          reason: closed.closeReason,
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      membersByStatus[f.status] = (membersByStatus[f.status] ?? 0) + 1;
      membersByCategory[f.category] = (membersByCategory[f.category] ?? 0) + 1;
      facts.push({
        id,
        status: f.status,
        statusSince: f.statusSince!,
        admittedOn: f.admittedOn,
        confirmedOn: f.confirmedOn,
        category: f.category,
        basicCellName: slot.unit.kind === 'basic-cell' ? slot.unit.name : null,
        expelledOn: person.expelledOn,
      });
      if (options.onProgress && ((i + 1) % 1000 === 0 || i + 1 === slots.length)) options.onProgress(i + 1, slots.length);
    });

    for (const d of planDisciplines(recordRng, facts, cutoff)) writer.discipline({ id: ids.uuid(), ...d, createdAt: stamp, updatedAt: stamp });
    for (const a of planAwards(recordRng, facts, cutoff)) writer.award({ id: ids.uuid(), ...a, createdAt: stamp, updatedAt: stamp });
  })();

  return {
    communeId,
    communeName: DEMO_COMMUNE.name,
    seed,
    year,
    orgUnits: plan.units.length - 1,
    orgUnitsByType,
    members: slots.length,
    membersByStatus,
    membersByCategory,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** The five-year committee term running on `cutoff` (congresses of 2020, 2025, …: chi bộ in May, the Đảng bộ in August). */
function demoTerm(cutoff: string, commune: boolean): { startsOn: string; label: string } {
  const monthDay = commune ? '08-15' : '05-15';
  const year = Number(cutoff.slice(0, 4));
  let first = year - ((year - 2020) % 5 + 5) % 5;
  if (`${first}-${monthDay}` > cutoff) first -= 5;
  return { startsOn: `${first}-${monthDay}`, label: `Nhiệm kỳ ${first}–${first + 5}` };
}
