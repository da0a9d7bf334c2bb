// `print --db FILE --form CODE [--member ID | --org ID | --all] --year YYYY --out PATH [--format pdf|docx]
// [--combined] [--copies N]`: writes a filled form, or with --all one file per subject into the folder
// PATH (or one combined PDF with --combined), showing progress on standard error; a JSON summary on
// standard output (../shared/spec/cli.md). --all with --org prints the subjects of that unit only.
// Layer: electron/core.
import { resolve } from 'node:path';
import { openDatabase, type DbHandle } from '../../../../db/open';
import { DatabaseTooNewError, NotADatabaseError } from '../../../../db/errors';
import { DomainError } from '../../../../shared/contract/result';
import { PRINT_FORMS, PRINT_FORM_CODES, type PrintFormCode, type PrintSubject } from '../../../../shared/forms/registry';
import { todayIso } from '../../../../shared/text/dates';
import { planBatch, runBatch } from '../../print/batch';
import { chromiumRefusal, writeFormDocx, writeFormPdf } from '../../services/print-service';
import type { CliCommand } from '../command';
import { CliRefusal, EXIT_OK, parseOptions, printJson } from '../io';

const KNOWN = ['db', 'form', 'member', 'org', 'all', 'year', 'out', 'format', 'combined', 'copies'];
const MISSING_SHOWN = 50;

function text(options: Map<string, string | true>, name: string, what: string): string {
  const v = options.get(name);
  if (v === undefined || v === true || v.trim() === '') throw new CliRefusal('missing-option', `Thiếu tùy chọn --${name}: ${what}.`, `--${name}`);
  return v.trim();
}

function integer(options: Map<string, string | true>, name: string, label: string): number | undefined {
  const v = options.get(name);
  if (v === undefined) return undefined;
  if (v === true || !/^\d+$/.test(v.trim())) throw new CliRefusal('invalid-option', `${label} (--${name}) phải là một số nguyên dương.`, `--${name}`);
  return Number(v);
}

function openOrRefuse(path: string): DbHandle {
  try {
    return openDatabase(path);
  } catch (err) {
    if (err instanceof NotADatabaseError || err instanceof DatabaseTooNewError) throw new CliRefusal(err.code, err.message, '--db');
    throw err;
  }
}

/** Maps a service refusal to the option the user typed. */
function refusal(err: unknown, subjectOption: string): never {
  if (err instanceof DomainError) {
    const path = (err.details as { path?: string } | undefined)?.path ?? '';
    const option = path.startsWith('subject') || path === 'orgId' ? subjectOption : path === 'year' ? '--year' : path === 'path' || path === 'out' ? '--out' : path ? `--${path}` : undefined;
    throw new CliRefusal(err.code, err.message, option);
  }
  throw err;
}

export const printCommand: CliCommand = {
  name: 'print',
  summary: `In biểu mẫu ra PDF hoặc Word (.docx) từ tệp dữ liệu; --all in cho mọi đối tượng (mỗi người/chi bộ một tệp trong thư mục --out, hoặc một tệp PDF ghép với --combined). Mẫu: ${PRINT_FORM_CODES.join(', ')}.`,
  usage: 'print --db <tệp.sqlite> --form <mẫu> [--member ID | --org ID | --all] --year YYYY --out <đường dẫn> [--format pdf|docx] [--combined] [--copies N]',
  run: async (argv, io) => {
    const { positional, options } = parseOptions(argv);
    if (positional.length > 0) throw new CliRefusal('unexpected-argument', `Lệnh print không nhận tham số "${positional[0]}".`);
    for (const name of options.keys()) if (!KNOWN.includes(name)) throw new CliRefusal('unknown-option', `Lệnh print không có tùy chọn --${name}.`, `--${name}`);
    const dbPath = text(options, 'db', 'hãy chỉ đường dẫn tệp dữ liệu');
    const form = text(options, 'form', `hãy chọn mẫu in (${PRINT_FORM_CODES.join(', ')})`);
    if (!(PRINT_FORM_CODES as readonly string[]).includes(form)) throw new CliRefusal('invalid-option', `Không có mẫu "${form}". Các mẫu: ${PRINT_FORM_CODES.join(', ')}.`, '--form');
    const code = form as PrintFormCode;
    const year = integer(options, 'year', 'Năm kiểm điểm');
    if (year === undefined) throw new CliRefusal('missing-option', 'Thiếu tùy chọn --year: năm của đợt kiểm điểm, ví dụ --year 2026.', '--year');
    const out = resolve(text(options, 'out', 'hãy chỉ tệp (hoặc thư mục, với --all) để lưu'));
    const format = options.get('format') ?? 'pdf';
    if (format !== 'pdf' && format !== 'docx') throw new CliRefusal('invalid-option', 'Định dạng (--format) phải là pdf hoặc docx.', '--format');
    const copies = integer(options, 'copies', 'Số bản mỗi phiếu');
    const all = options.has('all');
    const member = options.get('member');
    const org = options.get('org');
    if (member === true || org === true) throw new CliRefusal('missing-option', 'Hãy ghi mã sau --member hoặc --org.', member === true ? '--member' : '--org');
    if (member !== undefined && (org !== undefined || all)) throw new CliRefusal('invalid-option', 'Chọn một trong --member, --org hoặc --all (có thể dùng --all cùng --org).', '--member');
    const combined = options.has('combined');
    if (combined && !all) throw new CliRefusal('invalid-option', '--combined chỉ dùng với --all.', '--combined');

    const handle = openOrRefuse(dbPath);
    try {
      const today = todayIso();
      if (all) {
        const req = { form: code, year, orgId: org, out, combined, format, copies } as const;
        const plan = await planBatch(handle.kysely, req).catch((e: unknown) => refusal(e, org ? '--org' : '--all'));
        let lastShown = -1;
        const result = await runBatch(plan, req, {
          today,
          onProgress: ({ done, total }) => {
            // About a hundred lines at most, whatever the size of the batch.
            if (done === total || done - lastShown >= Math.max(1, Math.floor(total / 100))) {
              lastShown = done;
              io.stderr(`Đang in ${PRINT_FORMS[code].title}: ${done}/${total}\n`);
            }
          },
        }).catch((e: unknown) => refusal(chromiumRefusalSafe(e), '--all'));
        printJson(io, { form: code, year, format, out, combined, state: result.state, total: result.total, done: result.done, pages: result.pages, files: result.files.length, missingTotal: result.missingTotal, missing: result.missing.slice(0, MISSING_SHOWN), seconds: Math.round(result.seconds * 10) / 10 });
        return EXIT_OK;
      }
      const subject: PrintSubject = member !== undefined ? { kind: 'member', id: member } : org !== undefined ? { kind: 'org', id: org } : { kind: 'none' };
      // With no subject given, point at the option the form actually needs.
      const needsOrg = !PRINT_FORMS[code].subjects.includes('member');
      const subjectOption = member !== undefined ? '--member' : org !== undefined ? '--org' : needsOrg ? '--org' : '--member';
      const write = format === 'pdf' ? writeFormPdf : writeFormDocx;
      const result = await write(handle.kysely, { form: code, year, subject, copies, path: out }, today).catch((e: unknown) => refusal(e, subjectOption));
      printJson(io, { form: code, year, format, title: result.title, path: result.path, bytes: result.bytes, pages: result.pages, missing: result.missing });
      return EXIT_OK;
    } finally {
      handle.close();
    }
  },
};

/** A Chromium start failure as a DomainError (refusal with a message the user can act on). */
function chromiumRefusalSafe(err: unknown): unknown {
  try {
    chromiumRefusal(err);
  } catch (e) {
    return e;
  }
  return err;
}
