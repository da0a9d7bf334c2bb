// `quota <file|->`: checks the HTXS quota of one peer group and prints `{allowed, actual, excess, violation}`
// (../shared/spec/cli.md). Layer: electron/core.
import { checkQuota, errorPath, type QuotaRequest } from '../../../../shared/rules/index';
import type { CliCommand } from '../command';
import { CliRefusal, EXIT_OK, parseOptions, printJson, readJsonInput } from '../io';

export const quotaCommand: CliCommand = {
  name: 'quota',
  summary: 'Kiểm tra tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" tối đa của một nhóm đối tượng tương đồng.',
  usage: 'quota <tệp.json | ->',
  run: async (argv, io) => {
    const { positional, options } = parseOptions(argv);
    if (positional.length > 1 || options.size > 0) {
      throw new CliRefusal('unexpected-argument', 'Lệnh quota chỉ nhận một tham số: đường dẫn tệp JSON hoặc "-".');
    }
    // The engine validates the parsed JSON itself, whatever its static type.
    const result = checkQuota(readJsonInput(io, positional[0]) as QuotaRequest);
    if (!result.ok) throw new CliRefusal(result.error.code, result.error.message, errorPath(result.error));
    // cli.md fixes the output to these four keys; the reasons stay available to in-app callers.
    const { allowed, actual, excess, violation } = result.value;
    printJson(io, { allowed, actual, excess, violation });
    return EXIT_OK;
  },
};
