// One entry point from (form code, subject) to a built document: checks that the form takes that kind
// of subject, loads the data in the right scope (a member's chi bộ, a unit's cells, or everything for a
// batch) and calls the form's model builder and pure renderer. Part 2 adds its forms to `buildFromData`.
// Layer: electron/core.
import { DomainError } from '../../../shared/contract/result';
import type { Executor } from '../../../db/repos/executor';
import { buildBallots } from '../../../shared/forms/ballots';
import { buildBlankReview } from '../../../shared/forms/blank-review';
import { buildDossierList } from '../../../shared/forms/dossier-list';
import { buildMemberRegister } from '../../../shared/forms/member-register';
import { buildMemberSheet } from '../../../shared/forms/member-sheet';
import { PRINT_FORMS, type PrintFormCode, type PrintSubject } from '../../../shared/forms/registry';
import type { BuiltForm } from '../../../shared/forms/types';
import { getMember } from '../../../db/repos/members';
import { getOrgUnit } from '../../../db/repos/org-units';
import { holdingUnitsUnder, loadPrintData, type PrintData } from './data';
import { ballotsModel, blankReviewModel, dossierModel, formOfMember, memberSheetModel, registerModel, requireMember, requireUnit } from './models';
import { listOrgUnits } from '../../../db/repos/org-units';
import { getOwnCommune } from '../../../db/repos/communes';

export interface BuildOptions {
  /** Ballots per member (phiếu biểu quyết). */
  copies?: number;
  /** Today, `YYYY-MM-DD` (the "as of" date of the register and the confirmation sheet). */
  today: string;
}

const SUBJECT_NAMES = { member: 'một đảng viên', org: 'một tổ chức đảng', none: 'toàn đảng bộ (không chọn đối tượng)' } as const;

export function checkSubject(form: PrintFormCode, subject: PrintSubject): void {
  const info = PRINT_FORMS[form];
  if (!info.subjects.includes(subject.kind)) {
    const needed = info.subjects.map((k) => SUBJECT_NAMES[k]).join(' hoặc ');
    const message =
      subject.kind === 'none'
        ? `Mẫu "${info.title}" cần chọn ${needed}.`
        : `Mẫu "${info.title}" in cho ${needed}, không in cho ${SUBJECT_NAMES[subject.kind]}.`;
    throw new DomainError('invalid-subject', message, { path: 'subject' });
  }
}

/** Builds a form from already loaded data (batch jobs load once, then call this per subject). */
export function buildFromData(data: PrintData, form: PrintFormCode, subject: PrintSubject, options: BuildOptions): BuiltForm {
  checkSubject(form, subject);
  const member = subject.kind === 'member' ? requireMember(data, subject.id) : null;
  const unit = subject.kind === 'org' ? requireUnit(data, subject.id) : null;
  switch (form) {
    case 'blank-01':
      return buildBlankReview(blankReviewModel(data, '01', { kind: 'org', unit: unit! }));
    case 'blank-02':
      return buildBlankReview(blankReviewModel(data, formOfMember(member!), { kind: 'member', member: member! }));
    case 'blank-02A':
    case 'blank-02B':
    case 'blank-02C': {
      const code = form.slice(6) as '02A' | '02B' | '02C';
      return buildBlankReview(blankReviewModel(data, code, member ? { kind: 'member', member } : unit ? { kind: 'org', unit } : { kind: 'none' }));
    }
    case 'register':
      return buildMemberRegister(registerModel(data, unit!, options.today));
    case 'member-sheet':
      return buildMemberSheet(memberSheetModel(data, member!, options.today));
    case 'ballots':
      return buildBallots(ballotsModel(data, unit!, options.copies ?? 1));
    case '04':
      return buildDossierList(dossierModel(data, unit!));
  }
}

/** The member-holding units whose members a form of this subject needs. */
async function scopeFor(db: Executor, subject: PrintSubject): Promise<string[]> {
  if (subject.kind === 'none') return [];
  const commune = await getOwnCommune(db);
  if (subject.kind === 'member') {
    const m = await getMember(db, subject.id);
    if (!m) throw new DomainError('not-found', 'Không tìm thấy đảng viên đã chọn.', { path: 'subject.id' });
    return [m.orgUnitId];
  }
  const unit = await getOrgUnit(db, subject.id);
  if (!unit || (commune && unit.communeId !== commune.id)) throw new DomainError('not-found', 'Không tìm thấy tổ chức đảng đã chọn.', { path: 'subject.id' });
  return holdingUnitsUnder(await listOrgUnits(db, unit.communeId), unit.id).map((u) => u.id);
}

/** Loads what one subject needs and builds the form. */
export async function buildForm(db: Executor, form: PrintFormCode, year: number, subject: PrintSubject, options: BuildOptions): Promise<BuiltForm> {
  checkSubject(form, subject);
  const data = await loadPrintData(db, year, { unitIds: await scopeFor(db, subject) });
  return buildFromData(data, form, subject, options);
}
