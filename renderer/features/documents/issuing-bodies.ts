// How the register names an issuing body: a đảng bộ issues as its đảng ủy ("Đảng ủy xã Xuân Hòa"),
// a chi bộ as itself; and which body issues a printed form's number. Layer: renderer.
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { committeeName } from '../../../shared/forms/issuer';

export function issuingBodyName(unit: Pick<OrgUnit, 'name' | 'kind'>): string {
  return unit.kind === 'commune' || unit.kind === 'basic-committee' ? committeeName(unit.name) : unit.name;
}
