// The eligibility view of a review year: who of the register is reviewed, classified and votes, cell by
// cell, at the year's review date and under its rule set. Read only. Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import { buildEligibilityView, type EligibilityView } from '../../../shared/review/eligibility-view';
import { getRuleSet } from '../../../shared/rules/rule-sets';
import { listOrgUnits } from '../../../db/repos/org-units';
import { listRoster } from '../../../db/repos/review-years';
import { requireOwnCommune } from './commune-service';
import type { ServiceContext } from './context';
import { requireYear } from './review-year-service';

export async function getEligibility(ctx: ServiceContext, input: { year: number }): Promise<EligibilityView> {
  const db = ctx.db.kysely;
  const commune = await requireOwnCommune(ctx);
  const year = await requireYear(db, commune.id, input.year);
  const ruleSet = getRuleSet(year.settings.ruleSet);
  if (!ruleSet) {
    // Only possible for data from a newer app version (the settings are checked on every write).
    throw new DomainError('unknown-rule-set', `Bộ quy tắc "${year.settings.ruleSet}" của năm ${input.year} không được phiên bản này hỗ trợ.`, { path: 'year' });
  }
  const units = await listOrgUnits(db, commune.id);
  const members = await listRoster(
    db,
    units.map((u) => u.id),
  );
  return buildEligibilityView({ reviewYear: year.year, reviewDate: year.settings.reviewDate, ruleSet, units, members });
}
