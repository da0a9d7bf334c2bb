// Use cases of the member register: list, read, add, edit, status changes, transfers between cells,
// discipline and awards. Every write checks the rules of shared/domain/member.ts and the uniqueness
// of CCCD and số thẻ, then writes in one transaction. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import {
  memberConsistencyIssues,
  type AwardInput,
  type AwardRecord,
  type DisciplineInput,
  type DisciplineRecord,
  type Member,
  type MemberCreateInput,
  type MemberDetail,
  type MemberInput,
  type MemberListRow,
  type StatusChangeInput,
  type TransferInput,
} from '../../../shared/domain/member';
import { memberHoldingKinds } from '../../../shared/domain/org-unit';
import { memberStatuses, type MemberStatus } from '../../../shared/domain/enums';
import { foldForSearch } from '../../../shared/text/fold';
import { sortByVietnameseName } from '../../../shared/text/names';
import type { MemberTable } from '../../../db/schema';
import type { Executor } from '../../../db/repos/executor';
import { getOrgUnit, listOrgUnits } from '../../../db/repos/org-units';
import * as repo from '../../../db/repos/members';
import { requireOwnCommune } from './commune-service';
import { stamp, today, type ServiceContext } from './context';

/** The folded text the register search runs on: name, card number and citizen id. */
export function memberSearchKey(m: Pick<MemberInput, 'fullName' | 'cardNo' | 'citizenId'>): string {
  return foldForSearch([m.fullName, m.cardNo ?? '', m.citizenId ?? ''].join(' '));
}

export async function listMembers(ctx: ServiceContext, input: { includeInactive: boolean }): Promise<MemberListRow[]> {
  const commune = await requireOwnCommune(ctx);
  const unitIds = (await listOrgUnits(ctx.db.kysely, commune.id)).map((u) => u.id);
  let rows = await repo.listMemberRows(ctx.db.kysely, unitIds);
  if (!input.includeInactive) rows = rows.filter((r) => ['official', 'probationary', 'exempt', 'suspended', 'temporary'].includes(r.status));
  return sortByVietnameseName(rows, (r) => r.fullName);
}

async function requireMember(db: Executor, id: string): Promise<Member> {
  const m = await repo.getMember(db, id);
  if (!m) throw new DomainError('not-found', 'Không tìm thấy đảng viên.');
  return m;
}

export async function getMemberDetail(ctx: ServiceContext, id: string): Promise<MemberDetail> {
  const db = ctx.db.kysely;
  const member = await requireMember(db, id);
  const [statusHistory, transfers, disciplines, awards] = await Promise.all([
    repo.listStatusHistory(db, id),
    repo.listTransfers(db, id),
    repo.listDisciplines(db, id),
    repo.listAwards(db, id),
  ]);
  return { member, statusHistory, transfers, disciplines, awards };
}

function throwIssues(issues: { field: string; message: string }[]): void {
  if (issues.length === 0) return;
  throw new DomainError('invalid-input', issues[0]!.message, { path: issues[0]!.field, issues: issues.map((i) => ({ path: i.field, message: i.message })) });
}

async function checkUnique(db: Executor, data: Pick<MemberInput, 'citizenId' | 'cardNo'>, exceptId?: string): Promise<void> {
  if (data.citizenId) {
    const other = await repo.findMemberIdBy(db, 'citizenId', data.citizenId, exceptId);
    if (other) throw new DomainError('duplicate-citizen-id', `Số CCCD ${data.citizenId} đã có ở đảng viên ${other.fullName}.`, { path: 'citizenId' });
  }
  if (data.cardNo) {
    const other = await repo.findMemberIdBy(db, 'cardNo', data.cardNo, exceptId);
    if (other) throw new DomainError('duplicate-card-no', `Số thẻ đảng viên ${data.cardNo} đã có ở đảng viên ${other.fullName}.`, { path: 'cardNo' });
  }
}

/** The unit must belong to this commune, be open, and hold members directly (a cell). */
async function checkMemberUnit(ctx: ServiceContext, db: Executor, orgUnitId: string, field = 'orgUnitId'): Promise<void> {
  const commune = await requireOwnCommune(ctx, db);
  const unit = await getOrgUnit(db, orgUnitId);
  if (!unit || unit.communeId !== commune.id) throw new DomainError('invalid-input', 'Không tìm thấy chi bộ đã chọn.', { path: field });
  if (unit.closedOn) throw new DomainError('invalid-input', `"${unit.name}" đã giải thể; hãy chọn chi bộ khác.`, { path: field });
  if (!memberHoldingKinds.includes(unit.kind)) {
    throw new DomainError('invalid-input', `Đảng viên sinh hoạt ở chi bộ; "${unit.name}" không phải chi bộ.`, { path: field });
  }
}

function toRow(data: MemberInput, extra: Pick<MemberTable, 'id' | 'status' | 'statusSince' | 'statusPlace' | 'statusReason' | 'createdAt' | 'updatedAt'>): MemberTable {
  return { ...data, ...extra, communeCommittee: data.communeCommittee ? 1 : 0, searchKey: memberSearchKey(data) };
}

export async function createMember(ctx: ServiceContext, input: MemberCreateInput): Promise<Member> {
  const { status, ...data } = input;
  throwIssues(memberConsistencyIssues({ ...data, status }, today(ctx)));
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkMemberUnit(ctx, trx, data.orgUnitId);
    await checkUnique(trx, data);
    const now = stamp(ctx);
    const since = status === 'official' ? data.confirmedOn! : data.admittedOn;
    const row = toRow(data, { id: ctx.newId(), status, statusSince: since, statusPlace: null, statusReason: null, createdAt: now, updatedAt: now });
    await repo.insertMember(trx, row);
    await repo.insertStatusPeriod(trx, { id: ctx.newId(), memberId: row.id, status, fromDate: since, toDate: null, place: null, reason: null, createdAt: now, updatedAt: now });
    return repo.memberFromRow(row);
  });
}

export async function updateMember(ctx: ServiceContext, input: { id: string; data: MemberInput }): Promise<Member> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await requireMember(trx, input.id);
    const data = input.data;
    const standing: MemberStatus | undefined = current.status === 'official' || current.status === 'probationary' ? current.status : undefined;
    throwIssues(memberConsistencyIssues({ ...data, status: standing }, today(ctx)));
    if (data.orgUnitId !== current.orgUnitId) {
      throw new DomainError('use-transfer', 'Để đổi chi bộ sinh hoạt, hãy dùng chức năng "Chuyển sinh hoạt" (để giữ lịch sử).', { path: 'orgUnitId' });
    }
    await checkUnique(trx, data, current.id);
    const now = stamp(ctx);
    const row = toRow(data, { id: current.id, status: current.status, statusSince: current.statusSince, statusPlace: current.statusPlace, statusReason: current.statusReason, createdAt: current.createdAt, updatedAt: now });
    await repo.updateMember(trx, current.id, row);
    return repo.memberFromRow(row);
  });
}

const TERMINAL: readonly MemberStatus[] = ['deceased', 'left'];

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export async function changeStatus(ctx: ServiceContext, input: StatusChangeInput): Promise<Member> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await requireMember(trx, input.id);
    const label = memberStatuses.labels;
    if (input.status === current.status) throw new DomainError('invalid-input', `Đảng viên đang ở trạng thái "${label[input.status]}".`, { path: 'status' });
    if (TERMINAL.includes(current.status)) {
      throw new DomainError('invalid-transition', `Đảng viên đã ở trạng thái "${label[current.status]}"; không thể đổi trạng thái.`, { path: 'status' });
    }
    if (input.fromDate > today(ctx)) throw new DomainError('invalid-input', 'Ngày bắt đầu không được ở tương lai.', { path: 'fromDate' });
    const lastStart = await repo.latestStatusStart(trx, current.id);
    if (lastStart && input.fromDate <= lastStart) {
      throw new DomainError('invalid-input', `Ngày bắt đầu phải sau ngày bắt đầu của trạng thái hiện tại (${lastStart}).`, { path: 'fromDate' });
    }
    if (input.fromDate < current.admittedOn) throw new DomainError('invalid-input', 'Ngày bắt đầu không được trước ngày vào Đảng.', { path: 'fromDate' });
    if (input.status === 'probationary') {
      throw new DomainError('invalid-transition', 'Không thể chuyển về dự bị; nếu ngày chính thức nhập sai, hãy sửa hồ sơ đảng viên.', { path: 'status' });
    }
    if (input.status === 'temporary' && !input.place) {
      throw new DomainError('invalid-input', 'Hãy ghi nơi sinh hoạt tạm thời.', { path: 'place' });
    }
    if (['exempt', 'suspended', 'left'].includes(input.status) && !input.reason) {
      throw new DomainError('invalid-input', 'Hãy ghi lý do (số, ngày quyết định).', { path: 'reason' });
    }
    const now = stamp(ctx);
    // Recognition as official member sets the ngày chính thức when it was not yet recorded.
    const confirmedOn = input.status === 'official' && current.status === 'probationary' && !current.confirmedOn ? input.fromDate : current.confirmedOn;
    if (input.status === 'official' && confirmedOn && confirmedOn <= current.admittedOn) {
      throw new DomainError('invalid-input', 'Ngày chính thức phải sau ngày vào Đảng.', { path: 'fromDate' });
    }
    await repo.closeOpenStatusPeriod(trx, current.id, dayBefore(input.fromDate), now);
    await repo.insertStatusPeriod(trx, { id: ctx.newId(), memberId: current.id, status: input.status, fromDate: input.fromDate, toDate: null, place: input.place, reason: input.reason, createdAt: now, updatedAt: now });
    const patch = { status: input.status, statusSince: input.fromDate, statusPlace: input.place, statusReason: input.reason, confirmedOn, updatedAt: now };
    await repo.updateMember(trx, current.id, patch);
    return { ...current, ...patch };
  });
}

export async function transferMember(ctx: ServiceContext, input: TransferInput): Promise<Member> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await requireMember(trx, input.id);
    if (TERMINAL.includes(current.status) || current.status === 'transferred-out') {
      throw new DomainError('invalid-transition', 'Đảng viên không còn trong danh sách sinh hoạt; không thể chuyển.', { path: 'toOrgUnitId' });
    }
    if (input.toOrgUnitId === current.orgUnitId) throw new DomainError('invalid-input', 'Đảng viên đang sinh hoạt ở chi bộ này.', { path: 'toOrgUnitId' });
    if (input.onDate > today(ctx)) throw new DomainError('invalid-input', 'Ngày chuyển không được ở tương lai.', { path: 'onDate' });
    if (input.onDate < current.admittedOn) throw new DomainError('invalid-input', 'Ngày chuyển không được trước ngày vào Đảng.', { path: 'onDate' });
    await checkMemberUnit(ctx, trx, input.toOrgUnitId, 'toOrgUnitId');
    const now = stamp(ctx);
    await repo.insertTransfer(trx, { id: ctx.newId(), memberId: current.id, fromOrgUnitId: current.orgUnitId, toOrgUnitId: input.toOrgUnitId, onDate: input.onDate, reason: input.reason, createdAt: now, updatedAt: now });
    await repo.updateMember(trx, current.id, { orgUnitId: input.toOrgUnitId, updatedAt: now });
    return { ...current, orgUnitId: input.toOrgUnitId, updatedAt: now };
  });
}

export async function addDiscipline(ctx: ServiceContext, input: DisciplineInput): Promise<DisciplineRecord> {
  const member = await requireMember(ctx.db.kysely, input.memberId);
  if (input.decidedOn > today(ctx)) throw new DomainError('invalid-input', 'Ngày quyết định không được ở tương lai.', { path: 'decidedOn' });
  if (input.decidedOn < member.admittedOn) throw new DomainError('invalid-input', 'Ngày quyết định kỷ luật không được trước ngày vào Đảng.', { path: 'decidedOn' });
  const now = stamp(ctx);
  const row = { id: ctx.newId(), ...input, dutyRelated: (input.dutyRelated ? 1 : 0) as 0 | 1, createdAt: now, updatedAt: now };
  await repo.insertDiscipline(ctx.db.kysely, row);
  return { id: row.id, memberId: row.memberId, kind: row.kind, decidedOn: row.decidedOn, body: row.body, reason: row.reason, dutyRelated: input.dutyRelated, createdAt: now };
}

export async function addAward(ctx: ServiceContext, input: AwardInput): Promise<AwardRecord> {
  await requireMember(ctx.db.kysely, input.memberId);
  if (input.decidedOn > today(ctx)) throw new DomainError('invalid-input', 'Ngày quyết định không được ở tương lai.', { path: 'decidedOn' });
  const now = stamp(ctx);
  const row = { id: ctx.newId(), ...input, createdAt: now, updatedAt: now };
  await repo.insertAward(ctx.db.kysely, row);
  return { id: row.id, memberId: row.memberId, title: row.title, decidedOn: row.decidedOn, body: row.body, note: row.note, createdAt: now };
}
