// Migration 4: the document numbering register. Party documents are numbered per issuing body and
// document type, running through the committee's term (from one congress to the next), not reset
// yearly (domain-background.md §6). `document_term` holds the start of each term per issuing body;
// `issued_document` every number given out. A number is never reused: rows cannot be deleted, a
// mistaken document is voided (its number stays taken), and the number, type and term of a row never
// change. The type code list lives in shared/documents/numbering.ts (it may grow), so SQL does not
// constrain it. Layer: db.
import type { Migration } from './migration';

export const migration004: Migration = {
  version: 4,
  name: 'document-numbers',
  sql: `
CREATE TABLE document_term (
  id TEXT PRIMARY KEY,
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  starts_on TEXT NOT NULL,
  label TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX document_term_unit_start ON document_term (org_unit_id, starts_on);

CREATE TABLE issued_document (
  id TEXT PRIMARY KEY,
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  term_id TEXT NOT NULL REFERENCES document_term (id),
  type_code TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  issued_on TEXT NOT NULL,
  title TEXT NOT NULL,
  voided_on TEXT,
  void_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (voided_on IS NULL OR void_reason IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX issued_document_number ON issued_document (term_id, type_code, number);
CREATE INDEX issued_document_unit_date ON issued_document (org_unit_id, issued_on);

CREATE TRIGGER issued_document_keep BEFORE DELETE ON issued_document
BEGIN
  SELECT RAISE(ABORT, 'issued document numbers are never deleted; void the document instead');
END;
CREATE TRIGGER issued_document_fixed BEFORE UPDATE OF number, type_code, term_id, org_unit_id ON issued_document
BEGIN
  SELECT RAISE(ABORT, 'the number, type, term and body of an issued document never change');
END;
`,
};
