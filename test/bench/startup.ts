// Benchmark `startup`: core open + migrate + dashboard query for a 1 500-member commune (goal
// ≤ 150 ms), against a bare better-sqlite3 open + one GROUP BY over the same file measured in the
// same run. Layer: test (benchmarks).
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { generateDemoCommune } from '../../electron/core/demo/generate-demo';
import { openCore } from '../../electron/core/core';
import { tempDir } from '../support/temp-dir';
import { median, ms, percentile } from './stats';

export async function benchStartup(): Promise<Record<string, number>> {
  const dir = tempDir('kiemdiem-bench-');
  const dbPath = join(dir, 'kiemdiem.sqlite');
  const seeded = openDatabase(dbPath);
  const summary = generateDemoCommune(seeded, { members: 1500, seed: 1, year: 2026, now: new Date('2026-11-21T00:00:00Z') });
  seeded.close();

  const iterations = 30;
  const core: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < iterations; i++) {
    let t0 = performance.now();
    const c = openCore({ dbPath, shell: 'test' });
    const info = await c.dispatch('app.info', {});
    const dash = await c.dispatch('dashboard.get', {});
    core.push(performance.now() - t0);
    c.close();
    if (!info.ok || !dash.ok) throw new Error('dashboard query failed');

    t0 = performance.now();
    const raw = new Database(dbPath);
    raw.pragma('journal_mode = WAL');
    raw.prepare('SELECT org_unit_id, status, category, count(*) AS n FROM member GROUP BY 1, 2, 3').all();
    bare.push(performance.now() - t0);
    raw.close();
  }
  rmSync(dir, { recursive: true, force: true });

  const result = {
    members: summary.members,
    orgUnits: summary.orgUnits,
    firstRunMs: core[0]!,
    medianMs: median(core),
    p95Ms: percentile(core, 95),
    bareMedianMs: median(bare),
    ratioToBare: median(core) / median(bare),
  };
  console.log(`startup — ${summary.members} đảng viên, ${summary.orgUnits} tổ chức, ${iterations} lần`);
  console.log(`  core open + migrate + app.info + dashboard.get: median ${ms(result.medianMs)}, p95 ${ms(result.p95Ms)}, first ${ms(result.firstRunMs)} (goal ≤ 150 ms)`);
  console.log(`  bare better-sqlite3 open + GROUP BY:           median ${ms(result.bareMedianMs)}`);
  console.log(`  ratio core / bare: ${result.ratioToBare.toFixed(1)}×`);
  return result;
}
