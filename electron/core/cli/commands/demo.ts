// `demo --db FILE [--cells N] [--members N] [--seed S] [--year YYYY]`: creates (or fills an empty)
// database with the demo commune and prints its summary as JSON (../shared/spec/cli.md). Options are
// checked before the file is touched, so a typo never leaves an empty database behind. Progress goes
// to standard error, and only for large runs. Layer: electron/core.
import { openDatabase, type DbHandle } from '../../../../db/open';
import { DatabaseTooNewError, NotADatabaseError } from '../../../../db/errors';
import { DomainError } from '../../../../shared/contract/result';
import { checkDemoOptions, generateDemoCommune, type DemoOptions } from '../../demo/generate-demo';
import type { CliCommand } from '../command';
import { CliRefusal, EXIT_OK, parseOptions, printJson } from '../io';

const KNOWN = ['db', 'cells', 'members', 'seed', 'year'];
/** From this many members on, progress is shown on standard error. */
const PROGRESS_FROM = 5000;

const LABELS: Record<string, string> = {
  cells: 'Số chi bộ (--cells)',
  members: 'Số đảng viên (--members)',
  seed: 'Hạt giống (--seed)',
  year: 'Năm (--year)',
};

/** An integer option, or undefined when absent; anything else is refused naming the option. */
function integerOption(options: Map<string, string | true>, name: string): number | undefined {
  const raw = options.get(name);
  if (raw === undefined) return undefined;
  if (raw === true || !/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw))) {
    throw new CliRefusal('invalid-option', `${LABELS[name]} phải là một số nguyên.`, `--${name}`);
  }
  return Number(raw);
}

function openOrRefuse(path: string): DbHandle {
  try {
    return openDatabase(path);
  } catch (err) {
    if (err instanceof NotADatabaseError || err instanceof DatabaseTooNewError) throw new CliRefusal(err.code, err.message, '--db');
    throw err;
  }
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary:
    'Tạo một đảng bộ xã mẫu (chi bộ mọi loại hình, đảng viên với họ tên, số định danh, ngày tháng, trạng thái) vào tệp dữ liệu trống để dùng thử và đo hiệu năng; --cells là số chi bộ có đảng viên, --members là tổng số đảng viên; cùng hạt giống (--seed) thì cùng dữ liệu.',
  usage: 'demo --db <tệp.sqlite> [--cells N] [--members N] [--seed S] [--year YYYY]',
  run: async (argv, io) => {
    const { positional, options } = parseOptions(argv);
    if (positional.length > 0) {
      throw new CliRefusal('unexpected-argument', `Lệnh demo không nhận tham số "${positional[0]}"; hãy dùng các tùy chọn --db, --cells, --members, --seed, --year.`);
    }
    for (const name of options.keys()) {
      if (!KNOWN.includes(name)) throw new CliRefusal('unknown-option', `Lệnh demo không có tùy chọn --${name}.`, `--${name}`);
    }
    const db = options.get('db');
    if (db === undefined || db === true || db.trim() === '') {
      throw new CliRefusal('missing-option', 'Thiếu tùy chọn --db: hãy chỉ đường dẫn tệp dữ liệu cần tạo, ví dụ --db mau.sqlite.', '--db');
    }
    const demo: DemoOptions = {
      cells: integerOption(options, 'cells'),
      members: integerOption(options, 'members'),
      seed: integerOption(options, 'seed'),
      year: integerOption(options, 'year'),
    };
    try {
      checkDemoOptions(demo, new Date().getFullYear());
    } catch (err) {
      if (err instanceof DomainError) throw new CliRefusal('invalid-option', err.message, `--${(err.details as { path: string }).path}`);
      throw err;
    }
    if ((demo.members ?? 0) >= PROGRESS_FROM) {
      demo.onProgress = (done, total) => io.stderr(`Đang tạo đảng viên: ${done}/${total}\n`);
    }

    const handle = openOrRefuse(db);
    try {
      const summary = generateDemoCommune(handle, demo);
      printJson(io, summary);
      return EXIT_OK;
    } catch (err) {
      if (err instanceof DomainError && err.code === 'already-set-up') throw new CliRefusal(err.code, err.message, '--db');
      throw err;
    } finally {
      handle.close();
    }
  },
};
