// The demo-commune generator on temporary databases: sizes and proportions of domain-background.md §8,
// every org type and both tree layouts, records that pass the member rules, unique identity numbers,
// a consistent status history, reproducibility from the seed, refusal on a set-up database, and a
// 20 000-member run in seconds.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../db/open';
import { generateDemoCommune } from '../../electron/core/demo/generate-demo';
import { memberSearchKey } from '../../electron/core/services/member-service';
import { DomainError } from '../../shared/contract/result';
import type { DemoSummary } from '../../shared/domain/demo';
import type { MemberStatus } from '../../shared/domain/enums';
import { memberConsistencyIssues } from '../../shared/domain/member';
import { todayIso } from '../../shared/text/dates';
import { tempDir } from '../support/temp-dir';

const dir = tempDir('kiemdiem-demo-');
let counter = 0;
const handles: DbHandle[] = [];

function freshDb(): DbHandle {
  const db = openDatabase(join(dir, `demo-${++counter}.sqlite`));
  handles.push(db);
  return db;
}

afterAll(() => {
  for (const h of handles) {
    try {
      h.close();
    } catch {
      /* already closed */
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['commune', 'org_unit', 'member', 'member_status_history', 'member_transfer', 'discipline', 'award', 'app_setting'];

/** SHA-256 over every row of every register table, in id order: equal hashes mean identical data. */
function contentHash(db: DbHandle): string {
  const hash = createHash('sha256');
  for (const table of TABLES) {
    const order = table === 'app_setting' ? 'key' : 'id';
    hash.update(table);
    for (const row of db.sqlite.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

interface MemberRow {
  id: string;
  org_unit_id: string;
  full_name: string;
  search_key: string;
  birth_date: string;
  admitted_on: string;
  confirmed_on: string | null;
  citizen_id: string | null;
  card_no: string | null;
  record_no: string | null;
  phone: string | null;
  status: string;
  status_since: string;
  status_place: string | null;
  party_role: string;
  commune_committee: number;
  category: string;
  [column: string]: unknown;
}

interface UnitRow {
  id: string;
  parent_id: string | null;
  kind: string;
  type: string;
  name: string;
  closed_on: string | null;
}

const members = (db: DbHandle) => db.sqlite.prepare('SELECT * FROM member').all() as MemberRow[];
const units = (db: DbHandle) => db.sqlite.prepare('SELECT * FROM org_unit').all() as UnitRow[];
const share = (part: number, whole: number) => part / whole;
const ACTIVE = ['official', 'probationary', 'exempt', 'suspended', 'temporary'];

describe('demo commune, default run (seed 1)', () => {
  let db: DbHandle;
  let summary: DemoSummary;
  let rows: MemberRow[];
  let orgRows: UnitRow[];
  const today = todayIso();

  beforeAll(() => {
    db = freshDb();
    summary = generateDemoCommune(db, { seed: 1 });
    rows = members(db);
    orgRows = units(db);
  });

  it('has 35–60 org units and 700–1 500 members, as the summary says', () => {
    expect(summary.orgUnits).toBeGreaterThanOrEqual(35);
    expect(summary.orgUnits).toBeLessThanOrEqual(60);
    expect(summary.members).toBeGreaterThanOrEqual(700);
    expect(summary.members).toBeLessThanOrEqual(1500);
    expect(rows).toHaveLength(summary.members);
    // The summary counts the units below the commune organization itself.
    expect(orgRows).toHaveLength(summary.orgUnits + 1);
    const byType: Record<string, number> = {};
    for (const u of orgRows) if (u.kind !== 'commune') byType[u.type] = (byType[u.type] ?? 0) + 1;
    expect(summary.orgUnitsByType).toEqual(byType);
    expect(summary.seed).toBe(1);
    expect(summary.year).toBe(new Date().getFullYear());
    expect(Object.values(summary.membersByStatus).reduce((a, b) => a + b, 0)).toBe(summary.members);
    expect(Object.values(summary.membersByCategory).reduce((a, b) => a + b, 0)).toBe(summary.members);
  });

  it('creates one own commune with its root unit', () => {
    const communes = db.sqlite.prepare('SELECT * FROM commune').all() as { id: string; name: string; is_own: number; province: string }[];
    expect(communes).toHaveLength(1);
    expect(communes[0]).toMatchObject({ id: summary.communeId, name: 'Đảng bộ xã Xuân Hòa', is_own: 1, province: 'Tỉnh Phú Thọ' });
    const roots = orgRows.filter((u) => u.parent_id === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.kind).toBe('commune');
  });

  it('sets the committee terms of the numbering register: the Đảng bộ and every open chi bộ, none for closed units', () => {
    const terms = db.sqlite.prepare('SELECT * FROM document_term').all() as { org_unit_id: string; starts_on: string; label: string }[];
    const byUnit = new Map(terms.map((t) => [t.org_unit_id, t]));
    expect(byUnit.size).toBe(terms.length);
    const root = orgRows.find((u) => u.parent_id === null)!;
    const year = Number(today.slice(0, 4));
    const rootTerm = byUnit.get(root.id)!;
    expect(rootTerm.starts_on <= today).toBe(true);
    expect(Number(rootTerm.starts_on.slice(0, 4))).toBeGreaterThan(year - 5);
    expect(rootTerm.label).toBe(`Nhiệm kỳ ${rootTerm.starts_on.slice(0, 4)}–${Number(rootTerm.starts_on.slice(0, 4)) + 5}`);
    for (const u of orgRows.filter((x) => x.closed_on !== null)) expect(byUnit.has(u.id)).toBe(false);
    const cellIds = new Set(rows.map((m) => m.org_unit_id));
    for (const id of cellIds) expect(byUnit.get(id)?.starts_on.endsWith('-05-15')).toBe(true);
  });

  it('has chi bộ of every type, a đảng bộ cơ sở with 2–4 chi bộ trực thuộc, and a closed village chi bộ', () => {
    const types = new Set(orgRows.map((u) => u.type));
    for (const t of ['village', 'residential', 'school', 'health', 'police', 'military', 'cooperative', 'enterprise', 'agency']) expect(types).toContain(t);
    expect(orgRows.filter((u) => u.type === 'village').length).toBeGreaterThan(orgRows.length / 2);
    const committees = orgRows.filter((u) => u.kind === 'basic-committee');
    expect(committees.length).toBeGreaterThanOrEqual(1);
    for (const c of committees) {
      const children = orgRows.filter((u) => u.parent_id === c.id);
      expect(children.length).toBeGreaterThanOrEqual(2);
      expect(children.length).toBeLessThanOrEqual(4);
      expect(children.every((u) => u.kind === 'cell')).toBe(true);
    }
    // Parent kinds follow the tree rules: commune → basic-cell | basic-committee → cell.
    const byId = new Map(orgRows.map((u) => [u.id, u]));
    for (const u of orgRows) {
      if (u.kind === 'commune') continue;
      const parent = byId.get(u.parent_id!)!;
      expect(u.kind === 'cell' ? parent.kind === 'basic-committee' : parent.kind === 'commune').toBe(true);
    }
    const closed = orgRows.filter((u) => u.closed_on !== null);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.type).toBe('village');
    expect(rows.filter((m) => m.org_unit_id === closed[0]!.id && ACTIVE.includes(m.status))).toHaveLength(0);
    const transfers = db.sqlite.prepare('SELECT * FROM member_transfer').all() as { from_org_unit_id: string; on_date: string }[];
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.every((t) => t.from_org_unit_id === closed[0]!.id && t.on_date === closed[0]!.closed_on)).toBe(true);
    expect(new Set(orgRows.map((u) => u.name)).size).toBe(orgRows.length);
    expect(orgRows.some((u) => u.name.startsWith('Chi bộ thôn '))).toBe(true);
    expect(orgRows.some((u) => u.name.startsWith('Chi bộ tổ dân phố số '))).toBe(true);
  });

  it('puts members only in open chi bộ (cơ sở or trực thuộc), 5–60 each, median about 20', () => {
    const byId = new Map(orgRows.map((u) => [u.id, u]));
    for (const m of rows) expect(['basic-cell', 'cell']).toContain(byId.get(m.org_unit_id)!.kind);
    const open = orgRows.filter((u) => (u.kind === 'basic-cell' || u.kind === 'cell') && u.closed_on === null);
    const sizes = open.map((u) => rows.filter((m) => m.org_unit_id === u.id).length).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThanOrEqual(5);
    expect(sizes.at(-1)).toBeLessThanOrEqual(60);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(14);
    expect(median).toBeLessThanOrEqual(28);
  });

  it('keeps statuses and categories in the proportions of domain-background.md §8', () => {
    const n = rows.length;
    const count = (f: (m: MemberRow) => boolean) => rows.filter(f).length;
    const status = (s: string) => share(count((m) => m.status === s), n);
    const category = (c: string) => share(count((m) => m.category === c), n);
    expect(status('probationary')).toBeGreaterThanOrEqual(0.02);
    expect(status('probationary')).toBeLessThanOrEqual(0.04);
    expect(status('exempt')).toBeGreaterThanOrEqual(0.03);
    expect(status('exempt')).toBeLessThanOrEqual(0.08);
    expect(count((m) => m.status === 'suspended')).toBeGreaterThanOrEqual(1);
    expect(status('suspended')).toBeLessThanOrEqual(0.005);
    expect(status('temporary')).toBeGreaterThanOrEqual(0.005);
    expect(status('temporary')).toBeLessThanOrEqual(0.015);
    expect(rows.filter((m) => m.status === 'temporary').every((m) => m.status_place !== null)).toBe(true);
    const historical = status('transferred-out') + status('deceased') + status('left');
    expect(historical).toBeGreaterThanOrEqual(0.01);
    expect(historical).toBeLessThanOrEqual(0.02);
    for (const s of ['transferred-out', 'deceased', 'left']) expect(count((m) => m.status === s)).toBeGreaterThan(0);
    expect(category('outside')).toBeGreaterThanOrEqual(0.55);
    expect(category('outside')).toBeLessThanOrEqual(0.7);
    expect(category('staff')).toBeGreaterThanOrEqual(0.2);
    expect(category('staff')).toBeLessThanOrEqual(0.35);
    expect(category('leader')).toBeGreaterThanOrEqual(0.05);
    expect(category('leader')).toBeLessThanOrEqual(0.1);
    // Categories follow the chi bộ: the agency chi bộ has leaders, schools mostly staff, companies none in the system.
    const typeOf = new Map(orgRows.map((u) => [u.id, u.type]));
    const inType = (t: string) => rows.filter((m) => typeOf.get(m.org_unit_id) === t);
    expect(inType('agency').some((m) => m.category === 'leader')).toBe(true);
    const school = inType('school');
    expect(share(school.filter((m) => m.category === 'staff').length, school.length)).toBeGreaterThan(0.7);
    expect(inType('enterprise').every((m) => m.category === 'outside')).toBe(true);
  });

  it('gives each open chi bộ one secretary, deputies from 10 members, committee members from 20', () => {
    const open = orgRows.filter((u) => (u.kind === 'basic-cell' || u.kind === 'cell') && u.closed_on === null);
    for (const u of open) {
      const list = rows.filter((m) => m.org_unit_id === u.id);
      const roles = (r: string) => list.filter((m) => m.party_role === r).length;
      expect(roles('secretary')).toBe(1);
      expect(roles('deputy-secretary')).toBe(list.length >= 10 ? 1 : 0);
      expect(roles('committee-member') > 0).toBe(list.length >= 20);
    }
    expect(rows.filter((m) => m.party_role !== 'member').every((m) => m.status === 'official')).toBe(true);
    const committee = rows.filter((m) => m.commune_committee === 1);
    expect(committee.length).toBeGreaterThanOrEqual(9);
    expect(committee.every((m) => m.status === 'official')).toBe(true);
  });

  it('passes memberConsistencyIssues for every member, with today as the real date', () => {
    const failures = rows
      .map((m) => ({
        name: m.full_name,
        issues: memberConsistencyIssues(
          { birthDate: m.birth_date, admittedOn: m.admitted_on, confirmedOn: m.confirmed_on, citizenId: m.citizen_id, cardNo: m.card_no, phone: m.phone, status: m.status as MemberStatus },
          today,
        ),
      }))
      .filter((f) => f.issues.length > 0);
    expect(failures).toEqual([]);
    for (const m of rows) {
      if (m.status === 'probationary') expect(m.confirmed_on).toBeNull();
      else expect(m.confirmed_on).not.toBeNull();
      expect(m.birth_date >= '1935-01-01' && m.birth_date <= '2006-12-31').toBe(true);
    }
  });

  it('keeps every date on or before min(1 November of the year, today), with a few recent admissions', () => {
    const year = summary.year;
    const cutoff = `${year}-11-01` < today ? `${year}-11-01` : today;
    const latest = db.sqlite
      .prepare(
        `SELECT max(d) AS d FROM (
           SELECT max(birth_date) AS d FROM member UNION ALL SELECT max(admitted_on) FROM member
           UNION ALL SELECT max(confirmed_on) FROM member UNION ALL SELECT max(status_since) FROM member
           UNION ALL SELECT max(from_date) FROM member_status_history UNION ALL SELECT max(to_date) FROM member_status_history
           UNION ALL SELECT max(on_date) FROM member_transfer UNION ALL SELECT max(decided_on) FROM discipline
           UNION ALL SELECT max(decided_on) FROM award UNION ALL SELECT max(closed_on) FROM org_unit)`,
      )
      .get() as { d: string };
    expect(latest.d <= cutoff).toBe(true);
    // Members admitted less than 6 months before the 1 December review date: not reviewed this year.
    if (cutoff > `${year}-06-15`) expect(rows.filter((m) => m.admitted_on > `${year}-06-01`).length).toBeGreaterThanOrEqual(2);
  });

  it('writes one open status period per member matching member.status, with closed earlier periods', () => {
    const history = db.sqlite.prepare('SELECT * FROM member_status_history ORDER BY member_id, from_date').all() as {
      member_id: string;
      status: string;
      from_date: string;
      to_date: string | null;
    }[];
    const byMember = new Map<string, typeof history>();
    for (const h of history) {
      const list = byMember.get(h.member_id) ?? [];
      list.push(h);
      byMember.set(h.member_id, list);
    }
    for (const m of rows) {
      const periods = byMember.get(m.id) ?? [];
      const open = periods.filter((p) => p.to_date === null);
      expect(open).toHaveLength(1);
      expect(open[0]).toMatchObject({ status: m.status, from_date: m.status_since });
      expect(periods.at(-1)!.to_date).toBeNull();
      expect(periods[0]!.from_date).toBe(m.admitted_on);
      for (let i = 0; i + 1 < periods.length; i++) {
        // Contiguous: each closed period ends the day before the next one starts.
        const end = new Date(`${periods[i]!.to_date}T00:00:00Z`);
        end.setUTCDate(end.getUTCDate() + 1);
        expect(end.toISOString().slice(0, 10)).toBe(periods[i + 1]!.from_date);
      }
    }
    const historical = rows.filter((m) => ['transferred-out', 'deceased', 'left'].includes(m.status));
    expect(historical.every((m) => (byMember.get(m.id) ?? []).length >= 3)).toBe(true);
  });

  it('has unique, well-formed identity numbers, a few missing, and search keys the register can use', () => {
    const ids = rows.map((m) => m.citizen_id).filter((v): v is string => v !== null);
    const cards = rows.map((m) => m.card_no).filter((v): v is string => v !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(cards).size).toBe(cards.length);
    expect(ids.every((v) => /^\d{12}$/.test(v))).toBe(true);
    expect(cards.every((v) => /^\d{8}$/.test(v))).toBe(true);
    const missingIds = share(rows.length - ids.length, rows.length);
    expect(missingIds).toBeGreaterThan(0.01);
    expect(missingIds).toBeLessThan(0.05);
    expect(rows.filter((m) => m.status !== 'probationary' && m.card_no === null).length).toBeGreaterThan(0);
    expect(rows.every((m) => m.record_no !== null && /^\d{6}PT$/.test(m.record_no))).toBe(true);
    // The CCCD carries the birth year and the century/gender digit.
    for (const m of rows) {
      if (m.citizen_id === null) continue;
      expect(m.citizen_id.slice(4, 6)).toBe(m.birth_date.slice(2, 4));
      const centuryGender = Number(m.citizen_id[3]);
      expect(centuryGender % 2 === 1).toBe(m.gender === 'female');
    }
    const phones = rows.filter((m) => m.phone !== null);
    expect(share(phones.length, rows.length)).toBeGreaterThan(0.7);
    expect(share(phones.length, rows.length)).toBeLessThan(0.9);
    for (const m of rows) expect(m.search_key).toBe(memberSearchKey({ fullName: m.full_name, cardNo: m.card_no, citizenId: m.citizen_id }));
  });

  it('uses plausible Vietnamese names, in NFC, with Nguyễn the most frequent family name', () => {
    const families = new Map<string, number>();
    for (const m of rows) {
      const family = m.full_name.split(' ')[0]!;
      families.set(family, (families.get(family) ?? 0) + 1);
      expect(m.full_name.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    const nguyen = share(families.get('Nguyễn') ?? 0, rows.length);
    expect(nguyen).toBeGreaterThan(0.25);
    expect(nguyen).toBeLessThan(0.45);
    expect(rows.some((m) => m.gender === 'male')).toBe(true);
    expect(rows.some((m) => m.gender === 'female')).toBe(true);
    expect(share(rows.filter((m) => m.ethnicity === 'Kinh').length, rows.length)).toBeGreaterThan(0.75);
    expect(share(rows.filter((m) => m.religion === 'Không').length, rows.length)).toBeGreaterThan(0.8);
    for (const table of TABLES) {
      for (const row of db.sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]) {
        for (const value of Object.values(row)) if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'));
      }
    }
  });

  it('records a handful of disciplines (some duty-related) and awards', () => {
    const disciplines = db.sqlite.prepare('SELECT * FROM discipline').all() as { member_id: string; duty_related: number; decided_on: string }[];
    expect(disciplines.length).toBeGreaterThanOrEqual(2);
    expect(share(disciplines.length, rows.length)).toBeLessThan(0.02);
    expect(disciplines.some((d) => d.duty_related === 1)).toBe(true);
    const admitted = new Map(rows.map((m) => [m.id, m.admitted_on]));
    expect(disciplines.every((d) => d.decided_on >= admitted.get(d.member_id)!)).toBe(true);
    const awards = db.sqlite.prepare('SELECT * FROM award').all() as { title: string }[];
    expect(awards.some((a) => a.title.startsWith('Huy hiệu'))).toBe(true);
  });

  it('refuses a second run on the same database and changes nothing', () => {
    const before = contentHash(db);
    let error: unknown;
    try {
      generateDemoCommune(db, { seed: 2 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('already-set-up');
    expect((error as DomainError).message).toMatch(/đảng bộ xã/);
    expect(contentHash(db)).toBe(before);
  });
});

describe('demo commune, reproducibility and options', () => {
  // A fixed clock in the past: the cutoff date (and so every date) is the same for every run.
  const now = new Date(2025, 11, 15, 9, 0, 0);

  it('gives byte-identical data for the same seed and options, different data for another seed', () => {
    const a = freshDb();
    const b = freshDb();
    const c = freshDb();
    const sa = generateDemoCommune(a, { seed: 42, members: 800, now });
    const sb = generateDemoCommune(b, { seed: 42, members: 800, now });
    generateDemoCommune(c, { seed: 43, members: 800, now });
    expect({ ...sa, elapsedMs: 0 }).toEqual({ ...sb, elapsedMs: 0 });
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).not.toBe(contentHash(c));
    // Ids are version-4 UUID strings.
    const id = (a.sqlite.prepare('SELECT id FROM member LIMIT 1').get() as { id: string }).id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('honours --members exactly, --cells, and the year (all dates on or before 1 November)', () => {
    const db = freshDb();
    const summary = generateDemoCommune(db, { seed: 3, members: 321, cells: 15, year: 2024, now });
    expect(summary.members).toBe(321);
    expect(summary.year).toBe(2024);
    const open = units(db).filter((u) => (u.kind === 'basic-cell' || u.kind === 'cell') && u.closed_on === null);
    expect(open).toHaveLength(15);
    const latest = db.sqlite.prepare('SELECT max(admitted_on) AS a, max(status_since) AS s FROM member').get() as { a: string; s: string };
    expect(latest.a <= '2024-11-01' && latest.s <= '2024-11-01').toBe(true);
  });

  it('refuses bad options before writing anything', () => {
    const db = freshDb();
    for (const [options, path] of [
      [{ members: 9 }, 'members'],
      [{ members: 50_001 }, 'members'],
      [{ members: 12.5 }, 'members'],
      [{ cells: 3 }, 'cells'],
      [{ cells: 20, members: 15 }, 'cells'],
      [{ year: 1990 }, 'year'],
      [{ seed: 1.5 }, 'seed'],
    ] as const) {
      let error: unknown;
      try {
        generateDemoCommune(db, options);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid-input');
      expect((error as DomainError).details).toEqual({ path });
    }
    expect((db.sqlite.prepare('SELECT count(*) AS n FROM org_unit').get() as { n: number }).n).toBe(0);
  });

  it('builds 20 000 members in a few seconds, still consistent and unique', () => {
    const db = freshDb();
    let lastProgress: [number, number] = [0, 0];
    const started = Date.now();
    const summary = generateDemoCommune(db, { seed: 1, members: 20_000, onProgress: (done, total) => (lastProgress = [done, total]) });
    const elapsed = Date.now() - started;
    expect(summary.members).toBe(20_000);
    expect(lastProgress).toEqual([20_000, 20_000]);
    expect(elapsed).toBeLessThan(15_000);
    const rows = members(db);
    expect(rows).toHaveLength(20_000);
    const ids = rows.map((m) => m.citizen_id).filter((v) => v !== null);
    const cards = rows.map((m) => m.card_no).filter((v) => v !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(cards).size).toBe(cards.length);
    const today = todayIso();
    const failing = rows.filter(
      (m) =>
        memberConsistencyIssues(
          { birthDate: m.birth_date, admittedOn: m.admitted_on, confirmedOn: m.confirmed_on, citizenId: m.citizen_id, cardNo: m.card_no, phone: m.phone, status: m.status as MemberStatus },
          today,
        ).length > 0,
    );
    expect(failing).toHaveLength(0);
    const outside = share(summary.membersByCategory.outside ?? 0, summary.members);
    expect(outside).toBeGreaterThanOrEqual(0.55);
    expect(outside).toBeLessThanOrEqual(0.7);
  }, 30_000);
});
