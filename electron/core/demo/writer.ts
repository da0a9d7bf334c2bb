// Prepared INSERT statements for the demo generator. Plain better-sqlite3 rather than Kysely: tens of
// thousands of rows go in one synchronous transaction, which takes well under a second this way.
// Every text is normalized to NFC on the way in, as for any other input (architecture.md, Data).
// Layer: electron/core.
import type Database from 'better-sqlite3';
import type {
  AwardTable,
  CommuneTable,
  DisciplineTable,
  DocumentTermTable,
  MemberStatusHistoryTable,
  MemberTable,
  MemberTransferTable,
  OrgUnitTable,
} from '../../../db/schema';

type Row = Record<string, string | number | null>;

/** "fullName" → "full_name": the SQL columns are the snake_case of the Kysely fields. */
const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function nfc<T extends object>(row: T): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' ? v.normalize('NFC') : (v as number | null);
  return out;
}

export interface DemoWriter {
  commune(row: CommuneTable): void;
  orgUnit(row: OrgUnitTable): void;
  member(row: MemberTable): void;
  statusPeriod(row: MemberStatusHistoryTable): void;
  transfer(row: MemberTransferTable): void;
  discipline(row: DisciplineTable): void;
  award(row: AwardTable): void;
  documentTerm(row: DocumentTermTable): void;
}

const COLUMNS = {
  commune: ['id', 'name', 'province', 'upperLevelName', 'placeName', 'isOwn', 'createdAt', 'updatedAt'],
  org_unit: ['id', 'communeId', 'parentId', 'kind', 'type', 'name', 'closedOn', 'closeReason', 'createdAt', 'updatedAt'],
  member: [
    'id', 'orgUnitId', 'fullName', 'searchKey', 'gender', 'birthDate', 'ethnicity', 'religion', 'hometown', 'residence',
    'citizenId', 'cardNo', 'recordNo', 'admittedOn', 'confirmedOn', 'status', 'statusSince', 'statusPlace', 'statusReason',
    'partyRole', 'communeCommittee', 'category', 'workplace', 'post', 'education', 'professionalLevel', 'politicalTheory',
    'phone', 'notes', 'createdAt', 'updatedAt',
  ],
  member_status_history: ['id', 'memberId', 'status', 'fromDate', 'toDate', 'place', 'reason', 'createdAt', 'updatedAt'],
  member_transfer: ['id', 'memberId', 'fromOrgUnitId', 'toOrgUnitId', 'onDate', 'reason', 'createdAt', 'updatedAt'],
  discipline: ['id', 'memberId', 'kind', 'decidedOn', 'body', 'reason', 'dutyRelated', 'createdAt', 'updatedAt'],
  award: ['id', 'memberId', 'title', 'decidedOn', 'body', 'note', 'createdAt', 'updatedAt'],
  document_term: ['id', 'orgUnitId', 'startsOn', 'label', 'createdAt', 'updatedAt'],
} as const;

function prepare(sqlite: Database.Database, table: keyof typeof COLUMNS): (row: object) => void {
  const cols = COLUMNS[table];
  const stmt = sqlite.prepare(`INSERT INTO ${table} (${cols.map(snake).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  return (row) => {
    stmt.run(nfc(row));
  };
}

/** Statements are prepared once; call the writer's methods inside a transaction. */
export function createDemoWriter(sqlite: Database.Database): DemoWriter {
  return {
    commune: prepare(sqlite, 'commune'),
    orgUnit: prepare(sqlite, 'org_unit'),
    member: prepare(sqlite, 'member'),
    statusPeriod: prepare(sqlite, 'member_status_history'),
    transfer: prepare(sqlite, 'member_transfer'),
    discipline: prepare(sqlite, 'discipline'),
    award: prepare(sqlite, 'award'),
    documentTerm: prepare(sqlite, 'document_term'),
  };
}
