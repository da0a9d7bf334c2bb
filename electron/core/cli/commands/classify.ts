// `classify <file|->`: classifies one member or organization with the rules engine and prints the outcome
// as JSON (../shared/spec/cli.md). Layer: electron/core.
import { classify, errorPath, type ClassifyRequest } from '../../../../shared/rules/index';
import type { CliCommand } from '../command';
import { CliRefusal, EXIT_OK, parseOptions, printJson, readJsonInput } from '../io';

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'Xếp loại chất lượng một đảng viên hoặc một tổ chức đảng, kèm lý do và căn cứ.',
  usage: 'classify <tệp.json | ->',
  run: async (argv, io) => {
    const { positional, options } = parseOptions(argv);
    if (positional.length > 1 || options.size > 0) {
      throw new CliRefusal('unexpected-argument', 'Lệnh classify chỉ nhận một tham số: đường dẫn tệp JSON hoặc "-".');
    }
    // The engine validates the parsed JSON itself, whatever its static type.
    const result = classify(readJsonInput(io, positional[0]) as ClassifyRequest);
    if (!result.ok) throw new CliRefusal(result.error.code, result.error.message, errorPath(result.error));
    printJson(io, result.value);
    return EXIT_OK;
  },
};
