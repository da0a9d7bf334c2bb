// `npm run bench -- <name…>`: runs benchmarks and prints their figures (never timed assertions).
// Layer: test (benchmarks).
import { benchStartup } from './startup';

const benches: Record<string, () => Promise<Record<string, number>>> = {
  startup: benchStartup,
  search: async () => (await import('./search')).benchSearch(),
  print: async () => (await import('./print')).benchPrint(),
  meeting: async () => (await import('./meeting')).benchMeeting(),
};

const names = process.argv.slice(2);
const chosen = names.length ? names : Object.keys(benches);
const results: Record<string, Record<string, number>> = {};
for (const name of chosen) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Không có benchmark "${name}". Có: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  results[name] = await bench();
}
console.log(JSON.stringify(results));
