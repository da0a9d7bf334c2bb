// `tally <file|->`: counts the vote on a proposed level (threshold, strict or cumulative, secret-ballot
// reconciliation) and prints the result as JSON (../shared/spec/cli.md). Layer: electron/core.
import { errorPath, tallyVote, type TallyRequest } from '../../../../shared/rules/index';
import type { CliCommand } from '../command';
import { CliRefusal, EXIT_OK, parseOptions, printJson, readJsonInput } from '../io';

export const tallyCommand: CliCommand = {
  name: 'tally',
  summary: 'Tính kết quả biểu quyết mức xếp loại (quá nửa, cộng dồn hoặc riêng từng mức, đối chiếu phiếu kín).',
  usage: 'tally <tệp.json | ->',
  run: async (argv, io) => {
    const { positional, options } = parseOptions(argv);
    if (positional.length > 1 || options.size > 0) {
      throw new CliRefusal('unexpected-argument', 'Lệnh tally chỉ nhận một tham số: đường dẫn tệp JSON hoặc "-".');
    }
    // The engine validates the parsed JSON itself, whatever its static type.
    const result = tallyVote(readJsonInput(io, positional[0]) as TallyRequest);
    if (!result.ok) throw new CliRefusal(result.error.code, result.error.message, errorPath(result.error));
    printJson(io, result.value);
    return EXIT_OK;
  },
};
