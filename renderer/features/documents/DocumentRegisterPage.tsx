// "Sổ văn bản": the numbers each issuing body gave out, per document type and committee term (numbers
// run through the term, not reset each year): số, số và ký hiệu ("Số 12-BC/ĐU"), date, trích yếu, the
// issuing body, and the voided ones kept in the list, marked with the reason — a number is never
// given twice. Above, the body's terms and a form to record the start of a term. Layer: renderer.
import { useEffect, useMemo, useState } from 'react';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_NAMES, formatDocumentNumber, issuerCodeFor, type DocumentTypeCode } from '../../../shared/documents/numbering';
import type { DocumentTerm, IssuedDocument } from '../../../shared/documents/register';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { formatDateVi } from '../../../shared/text/dates';
import { useDocuments, useOrg, useStores } from '../../state/stores';
import { FormAlert } from '../../ui/FormAlert';
import { Loading } from '../../ui/Loading';
import { SelectField } from '../../ui/fields';
import { TermSection } from './TermSection';
import { VoidDialog } from './VoidDialog';
import { issuingBodyName } from './issuing-bodies';

/** The term a document belongs to, as the register page labels it. */
export function termLabel(term: DocumentTerm): string {
  return `${term.label ?? 'Nhiệm kỳ'} (từ ${formatDateVi(term.startsOn)})`;
}

export function DocumentRegisterPage() {
  const { documents, org } = useStores();
  const units = useOrg((s) => s.units);
  const orgLoaded = useOrg((s) => s.loaded);
  const bodyId = useDocuments((s) => s.bodyId);
  const terms = useDocuments((s) => s.terms);
  const docs = useDocuments((s) => s.documents);
  const loading = useDocuments((s) => s.loading);
  const error = useDocuments((s) => s.error);
  const [typeFilter, setTypeFilter] = useState<DocumentTypeCode | ''>('');
  const [termFilter, setTermFilter] = useState<string>('');
  const [voiding, setVoiding] = useState<IssuedDocument | null>(null);

  useEffect(() => {
    if (!org.getState().loaded) void org.getState().load();
    if (documents.getState().bodyId) void documents.getState().reload();
  }, [org, documents]);

  const bodies = useMemo(() => units.filter((u) => u.closedOn === null || u.id === bodyId), [units, bodyId]);
  useEffect(() => {
    if (bodyId || bodies.length === 0) return;
    const root = bodies.find((u) => u.kind === 'commune') ?? bodies[0]!;
    void documents.getState().selectBody(root.id);
  }, [bodyId, bodies, documents]);

  const body = units.find((u) => u.id === bodyId) ?? null;
  // The latest term unless the user chose another.
  const shownTerm = terms.find((t) => t.id === termFilter) ?? terms[terms.length - 1] ?? null;

  return (
    <div className="documents-page">
      <h1 className="page-title">Sổ văn bản</h1>
      <p className="page-subtitle">
        Số văn bản của mỗi cơ quan ban hành được đánh liên tục theo từng loại văn bản trong cả nhiệm kỳ của cấp ủy (không đánh lại từ đầu mỗi năm). Số đã cấp, kể cả số đã hủy, không bao giờ được cấp lại.
      </p>
      {!orgLoaded ? (
        <Loading />
      ) : (
        <>
          <section className="panel" aria-label="Chọn cơ quan ban hành">
            <SelectField
              id="doc-body"
              label="Cơ quan ban hành"
              value={bodyId ?? ''}
              onChange={(id) => {
                setTermFilter('');
                void documents.getState().selectBody(id || null);
              }}
              options={bodies.map((u) => ({ value: u.id, label: issuingBodyName(u) }))}
            />
          </section>
          <FormAlert message={error} />
          {body && (
            <>
              <TermSection body={body} terms={terms} />
              <section className="panel" aria-labelledby="doc-list-title">
                <h2 id="doc-list-title">Văn bản đã cấp số</h2>
                <div className="form-grid documents-filters">
                  <SelectField
                    id="doc-term"
                    label="Nhiệm kỳ"
                    value={shownTerm?.id ?? ''}
                    onChange={setTermFilter}
                    disabled={terms.length === 0}
                    options={terms.length === 0 ? [{ value: '', label: 'Chưa có nhiệm kỳ' }] : [...terms].reverse().map((t) => ({ value: t.id, label: termLabel(t) }))}
                  />
                  <SelectField
                    id="doc-type"
                    label="Loại văn bản"
                    value={typeFilter}
                    onChange={(v) => setTypeFilter(v as DocumentTypeCode | '')}
                    options={[{ value: '', label: 'Tất cả các loại' }, ...DOCUMENT_TYPES.map(([code, name]) => ({ value: code, label: `${name} (${code})` }))]}
                  />
                </div>
                {loading && docs.length === 0 ? (
                  <Loading />
                ) : (
                  <DocumentTables body={body} docs={docs.filter((d) => d.termId === shownTerm?.id && (typeFilter === '' || d.typeCode === typeFilter))} onVoid={setVoiding} />
                )}
              </section>
            </>
          )}
        </>
      )}
      {voiding && <VoidDialog document={voiding} onClose={() => setVoiding(null)} />}
    </div>
  );
}

function DocumentTables({ body, docs, onVoid }: { body: OrgUnit; docs: IssuedDocument[]; onVoid(d: IssuedDocument): void }) {
  if (docs.length === 0) return <p className="muted">Chưa cấp số văn bản nào trong nhiệm kỳ này.</p>;
  const types = DOCUMENT_TYPES.map(([code]) => code).filter((code) => docs.some((d) => d.typeCode === code));
  return (
    <>
      {types.map((code) => {
        const rows = docs.filter((d) => d.typeCode === code).sort((a, b) => a.number - b.number);
        const next = Math.max(...rows.map((d) => d.number)) + 1;
        return (
          <table key={code} className="table documents-table">
            <caption>
              {DOCUMENT_TYPE_NAMES[code]} ({code}) — {rows.length} số đã cấp; số tiếp theo: {formatDocumentNumber(next, code, issuerCodeFor(body.kind))}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Số
                </th>
                <th scope="col">Số và ký hiệu</th>
                <th scope="col">Ngày ban hành</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Cơ quan ban hành</th>
                <th scope="col">Tình trạng</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id} className={d.voidedOn ? 'documents-voided' : undefined}>
                  <td className="num">{d.number}</td>
                  <td>{d.formatted.replace(/^Số /, '')}</td>
                  <td>{formatDateVi(d.issuedOn)}</td>
                  <td>{d.title}</td>
                  <td>{issuingBodyName(body)}</td>
                  <td>{d.voidedOn ? `Đã hủy ngày ${formatDateVi(d.voidedOn)} — Lý do: ${d.voidReason ?? ''}` : 'Đang hiệu lực'}</td>
                  <td>
                    {!d.voidedOn && (
                      <button type="button" className="btn btn-secondary" aria-label={`Hủy ${d.formatted}`} onClick={() => onVoid(d)}>
                        Hủy số
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
