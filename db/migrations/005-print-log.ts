// Migration 5: the print log of meeting documents. A finalized meeting's minutes print from the frozen
// record; the first print is the original, every later print (PDF or Word) is marked "BẢN SAO" with its
// number. Each print is one row: the meeting, the document printed, the copy number it carried (0 = the
// original), the format, and the content hash of the frozen record it was printed from (a meeting reopened
// and finalized again has a new hash, so its minutes start again from an original). Rows are never
// changed or deleted. Layer: db.
import type { Migration } from './migration';

export const migration005: Migration = {
  version: 5,
  name: 'print-log',
  sql: `
CREATE TABLE print_log (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  document TEXT NOT NULL CHECK (document IN ('minutes')),
  content_hash TEXT NOT NULL,
  copy_no INTEGER NOT NULL CHECK (copy_no >= 0),
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  printed_at TEXT NOT NULL
) STRICT;
CREATE INDEX print_log_document ON print_log (meeting_id, document, content_hash);

CREATE TRIGGER print_log_keep BEFORE DELETE ON print_log
BEGIN
  SELECT RAISE(ABORT, 'the print log is never deleted');
END;
CREATE TRIGGER print_log_fixed BEFORE UPDATE ON print_log
BEGIN
  SELECT RAISE(ABORT, 'the print log is never changed');
END;
`,
};
