// Use cases of the document numbering register: committee terms per issuing body, the preview of the
// next number (editable before issuing), issuing, voiding and listing. Numbers run per issuing body and
// document type within a term (domain-background.md §6): each new number is higher than every number
// given out before in that sequence, voided ones included, so a number is never reused; a number
// already issued is refused. The number may be edited before issuing: a higher one is taken and the
// sequence continues from it; a lower one never issued (a gap) only when the user confirms it. Every write runs in one transaction and queries only through `trx`;
// the Đảng ủy's decisions (lock, re-rating) issue their QĐ number inside their own transaction.
// Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { DOCUMENT_TYPE_NAMES, documentSymbol, formatDocumentNumber, issuerCodeFor, padNumber, type DocumentTypeCode } from '../../../shared/documents/numbering';
import type { DocumentTerm, IssuedDocument, NextNumber } from '../../../shared/documents/register';
import { formatDateVi } from '../../../shared/text/dates';
import type { DocumentTermTable, IssuedDocumentTable } from '../../../db/schema';
import type { Executor } from '../../../db/repos/executor';
import * as repo from '../../../db/repos/document-numbers';
import { getOrgUnit, listOrgUnits } from '../../../db/repos/org-units';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { requireOwnCommune } from './commune-service';
import { stamp, today, type ServiceContext } from './context';

async function requireBody(ctx: ServiceContext, db: Executor, orgUnitId: string): Promise<OrgUnit> {
  const commune = await requireOwnCommune(ctx, db);
  const unit = await getOrgUnit(db, orgUnitId);
  if (!unit || unit.communeId !== commune.id) throw new DomainError('not-found', 'Không tìm thấy cơ quan ban hành (tổ chức đảng) đã chọn.', { path: 'orgUnitId' });
  return unit;
}

function termFromRow(row: DocumentTermTable): DocumentTerm {
  return { id: row.id, orgUnitId: row.orgUnitId, startsOn: row.startsOn, label: row.label, createdAt: row.createdAt };
}

function issuedFromRow(row: IssuedDocumentTable, unit: Pick<OrgUnit, 'kind'>): IssuedDocument {
  const typeCode = row.typeCode as DocumentTypeCode;
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    termId: row.termId,
    typeCode,
    number: row.number,
    formatted: formatDocumentNumber(row.number, typeCode, issuerCodeFor(unit.kind)),
    issuedOn: row.issuedOn,
    title: row.title,
    voidedOn: row.voidedOn,
    voidReason: row.voidReason,
    createdAt: row.createdAt,
  };
}

async function requireTerm(db: Executor, unit: OrgUnit, date: string, path: string): Promise<DocumentTermTable> {
  const term = await repo.termAt(db, unit.id, date);
  if (!term) {
    throw new DomainError(
      'no-term',
      `Chưa có ngày bắt đầu nhiệm kỳ của ${unit.name} đến ngày ${formatDateVi(date)}: số văn bản được đánh liên tục trong nhiệm kỳ của cấp ủy, hãy nhập ngày bắt đầu nhiệm kỳ trước.`,
      { path },
    );
  }
  return term;
}

export async function setTerm(ctx: ServiceContext, input: { orgUnitId: string; startsOn: string; label: string | null }): Promise<DocumentTerm> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const unit = await requireBody(ctx, trx, input.orgUnitId);
    const terms = await repo.listTerms(trx, unit.id);
    if (terms.some((t) => t.startsOn === input.startsOn)) {
      throw new DomainError('duplicate-term', `${unit.name} đã có nhiệm kỳ bắt đầu ngày ${formatDateVi(input.startsOn)}.`, { path: 'startsOn' });
    }
    // A document already dated on or after the new start belongs to the term it was issued in; a new
    // term starting before it would make the numbering of that period ambiguous.
    const later = await repo.latestIssuedOnOrAfter(trx, unit.id, input.startsOn);
    if (later) {
      throw new DomainError('term-overlaps-documents', `Đã có văn bản ban hành ngày ${formatDateVi(later)}, sau ngày bắt đầu nhiệm kỳ mới; ngày bắt đầu nhiệm kỳ phải sau văn bản cuối cùng của nhiệm kỳ trước.`, { path: 'startsOn' });
    }
    const now = stamp(ctx);
    const row: DocumentTermTable = { id: ctx.newId(), orgUnitId: unit.id, startsOn: input.startsOn, label: input.label, createdAt: now, updatedAt: now };
    await repo.insertTerm(trx, row);
    return termFromRow(row);
  });
}

export async function listTerms(ctx: ServiceContext, input: { orgUnitId: string }): Promise<DocumentTerm[]> {
  const unit = await requireBody(ctx, ctx.db.kysely, input.orgUnitId);
  return (await repo.listTerms(ctx.db.kysely, unit.id)).map(termFromRow);
}

async function next(db: Executor, unit: OrgUnit, typeCode: DocumentTypeCode, date: string, path = 'issuedOn'): Promise<NextNumber & { last: { number: number; issuedOn: string } | null }> {
  const term = await requireTerm(db, unit, date, path);
  const last = await repo.lastIssued(db, term.id, typeCode);
  const number = (last?.number ?? 0) + 1;
  const issuerCode = issuerCodeFor(unit.kind);
  return { orgUnitId: unit.id, typeCode, issuerCode, termId: term.id, termStartsOn: term.startsOn, number, formatted: formatDocumentNumber(number, typeCode, issuerCode), last };
}

export async function nextNumber(ctx: ServiceContext, input: { orgUnitId: string; typeCode: DocumentTypeCode; issuedOn?: string }): Promise<NextNumber> {
  const unit = await requireBody(ctx, ctx.db.kysely, input.orgUnitId);
  const { last: _last, ...preview } = await next(ctx.db.kysely, unit, input.typeCode, input.issuedOn ?? today(ctx));
  return preview;
}

export interface IssueInput {
  orgUnitId: string;
  typeCode: DocumentTypeCode;
  issuedOn: string;
  title: string;
  number?: number;
  fillGap?: boolean;
}

/** Field names a caller's form uses for the register's "number" and "issuedOn" (the decision forms say decisionNo / decidedOn). */
export interface IssuePaths {
  number: string;
  issuedOn: string;
}

/**
 * Issues a number inside the caller's transaction (query only through `trx`): the decision lock and the
 * re-rating issue their QĐ number together with the decision, so a refusal of either leaves both unchanged.
 */
export async function issueInTransaction(ctx: ServiceContext, trx: Executor, input: IssueInput, paths: IssuePaths = { number: 'number', issuedOn: 'issuedOn' }): Promise<IssuedDocument> {
  const unit = await requireBody(ctx, trx, input.orgUnitId);
  const preview = await next(trx, unit, input.typeCode, input.issuedOn, paths.issuedOn);
  const kind = DOCUMENT_TYPE_NAMES[input.typeCode].toLocaleLowerCase('vi');
  const number = input.number ?? preview.number;
  if (input.number !== undefined) {
    const taken = await repo.findIssued(trx, preview.termId, input.typeCode, number);
    if (taken) {
      throw new DomainError('number-taken', `Số ${padNumber(number)} của loại ${kind} đã cấp ngày ${formatDateVi(taken.issuedOn)} ("${taken.title}"); mỗi số chỉ dùng một lần. Số tiếp theo là ${padNumber(preview.number)}.`, { path: paths.number });
    }
    if (number < preview.number && !input.fillGap) {
      throw new DomainError(
        'number-not-increasing',
        `Số ${padNumber(number)} nhỏ hơn số ${kind} đã cấp gần nhất trong nhiệm kỳ (${padNumber(preview.number - 1)}) và chưa được dùng: chỉ cấp số này khi bổ sung văn bản còn thiếu số, và phải xác nhận. Số tiếp theo là ${padNumber(preview.number)}.`,
        { path: paths.number, next: preview.number },
      );
    }
  }
  // A confirmed gap number fills a hole below the last one: the date order check is for the next number only.
  const gap = number < preview.number;
  if (!gap && preview.last && input.issuedOn < preview.last.issuedOn) {
    throw new DomainError('date-before-last', `Ngày ban hành không được trước ngày của ${kind} số ${padNumber(preview.last.number)} (${formatDateVi(preview.last.issuedOn)}): số văn bản tăng theo thời gian.`, { path: paths.issuedOn });
  }
  const now = stamp(ctx);
  const row: IssuedDocumentTable = {
    id: ctx.newId(),
    orgUnitId: unit.id,
    termId: preview.termId,
    typeCode: input.typeCode,
    number,
    issuedOn: input.issuedOn,
    title: input.title,
    voidedOn: null,
    voidReason: null,
    createdAt: now,
    updatedAt: now,
  };
  await repo.insertIssued(trx, row);
  return issuedFromRow(row, unit);
}

export async function issueDocument(ctx: ServiceContext, input: IssueInput): Promise<IssuedDocument> {
  return ctx.db.kysely.transaction().execute((trx) => issueInTransaction(ctx, trx, input));
}

export async function voidDocument(ctx: ServiceContext, input: { id: string; reason: string }): Promise<IssuedDocument> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await repo.getIssued(trx, input.id);
    if (!row) throw new DomainError('not-found', 'Không tìm thấy văn bản.', { path: 'id' });
    const unit = await requireBody(ctx, trx, row.orgUnitId);
    if (row.voidedOn) throw new DomainError('already-voided', `Văn bản đã hủy ngày ${formatDateVi(row.voidedOn)}.`, { path: 'id' });
    await refuseVoidOfDecisionInForce(trx, row, unit);
    const now = stamp(ctx);
    const voidedOn = today(ctx);
    await repo.voidIssued(trx, row.id, voidedOn, input.reason, now);
    return issuedFromRow({ ...row, voidedOn, voidReason: input.reason, updatedAt: now }, unit);
  });
}

/**
 * A QĐ number carried by a locked recognition or a re-rating is the number of a decision in force: voiding
 * it in the register would leave that decision under a number the register calls void. A wrong decision
 * is corrected by re-rating (Mẫu 03), not by voiding its number.
 */
async function refuseVoidOfDecisionInForce(trx: Executor, row: IssuedDocumentTable, unit: Pick<OrgUnit, 'kind'>): Promise<void> {
  if (row.typeCode !== 'QĐ' || unit.kind !== 'commune') return;
  const symbol = documentSymbol(row.number, 'QĐ', issuerCodeFor(unit.kind));
  const recognition = await trx.selectFrom('recognition').select('decidedOn').where('decisionNo', '=', symbol).executeTakeFirst();
  const reRating = recognition ? undefined : await trx.selectFrom('reRating').select('decidedOn').where('decisionNo', '=', symbol).executeTakeFirst();
  const used = recognition ? 'quyết định công nhận kết quả xếp loại đã khóa' : reRating ? 'quyết định xếp loại lại (Mẫu 03)' : null;
  if (used) {
    throw new DomainError(
      'decision-in-force',
      `Số ${symbol} là số của ${used} ngày ${formatDateVi((recognition ?? reRating)!.decidedOn)}; không hủy được số của một quyết định đang có hiệu lực. Nếu quyết định có sai sót, hãy xếp loại lại (Mẫu 03) ở mục “Đảng ủy quyết định”.`,
      { path: 'id' },
    );
  }
}

export async function listDocuments(ctx: ServiceContext, input: { orgUnitId?: string; typeCode?: DocumentTypeCode; year?: number }): Promise<IssuedDocument[]> {
  const db = ctx.db.kysely;
  const commune = await requireOwnCommune(ctx);
  const units = await listOrgUnits(db, commune.id);
  if (input.orgUnitId && !units.some((u) => u.id === input.orgUnitId)) throw new DomainError('not-found', 'Không tìm thấy cơ quan ban hành (tổ chức đảng) đã chọn.', { path: 'orgUnitId' });
  const byId = new Map(units.map((u) => [u.id, u]));
  const rows = await repo.listIssued(db, { orgUnitIds: input.orgUnitId ? [input.orgUnitId] : units.map((u) => u.id), typeCode: input.typeCode, year: input.year });
  return rows.map((r) => issuedFromRow(r, byId.get(r.orgUnitId)!));
}
