// First-run "Dùng dữ liệu mẫu": fills an empty database with the demo commune. Layer: electron/core.
import type { DemoSummary } from '../../../shared/domain/demo';
import { generateDemoCommune } from '../demo/generate-demo';
import type { ServiceContext } from './context';

export async function loadDemo(ctx: ServiceContext, input: { members?: number; seed?: number }): Promise<DemoSummary> {
  return generateDemoCommune(ctx.db, { members: input.members, seed: input.seed ?? 1, now: ctx.now() });
}
