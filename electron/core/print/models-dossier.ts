// Model builder of Mẫu 04 (danh mục hồ sơ): for a chi bộ, or a đảng bộ with its chi bộ, the references
// of each document of the year's dossier — the collective report's and the biên bản's numbers from the
// numbering register, the biên bản's meeting date, check code and print count, the recognition decision
// and any re-rating decision (Mẫu 03) with the levels they set, and the individual reviews by form. A
// document that does not exist yet is left blank on the form and named in `missing` with where to make
// it. Reads `data.review` (data.ts loadReviewData). Layer: electron/core.
import { memberHoldingKinds, type OrgUnit } from '../../../shared/domain/org-unit';
import { shortDate } from '../../../shared/documents/dates';
import { FORM_NUMBERING, findFormDocument, whereIssueNumber } from '../../../shared/documents/form-numbers';
import { formatDocumentNumber, issuerCodeFor } from '../../../shared/documents/numbering';
import { decisionNumberLine } from '../../../shared/forms/decisions';
import { DOSSIER_TITLES, type DossierEntry, type DossierListModel } from '../../../shared/forms/dossier-list';
import { PRINT_FORMS, type PrintFormCode } from '../../../shared/forms/registry';
import type { MissingItem } from '../../../shared/forms/types';
import { whereDecision } from '../../../shared/forms/review-where';
import type { DecisionSubject } from '../../../shared/meeting/decision';
import { memberEligibility } from '../../../shared/review/eligibility-view';
import { LEVELS, type LevelCode } from '../../../shared/rules/levels';
import { holdingUnitsUnder, type PrintData } from './data';
import { issuerForUnit, reviewOf, ruleSetOf } from './models';
import { meetingWhere } from './models-meeting';

/** "Số 01-BC/CB, ngày 20/11/2026" of the register document issued for a form, or null. */
function registerReference(data: PrintData, form: PrintFormCode, unit: OrgUnit): string | null {
  const doc = findFormDocument(data.documents, form, unit.id, data.year.year);
  return doc ? `${formatDocumentNumber(doc.number, FORM_NUMBERING[form]!.typeCode, issuerCodeFor(unit.kind))}, ngày ${shortDate(doc.issuedOn)}` : null;
}

const decisionReference = (decisionNo: string, decidedOn: string): string => `${decisionNumberLine(decisionNo)}, ngày ${shortDate(decidedOn)}`;

/** "HTXS 2, HTT 8, HTNV 3, KHTNV 0". */
function levelCounts(levels: readonly LevelCode[]): string {
  return LEVELS.map((l) => `${l} ${levels.filter((x) => x === l).length}`).join(', ');
}

const issueMissing = (field: string, message: string, form: PrintFormCode): MissingItem => ({ field, message, where: whereIssueNumber(PRINT_FORMS[form].title) });

export function dossierModel(data: PrintData, unit: OrgUnit): DossierListModel {
  const rd = reviewOf(data);
  const year = data.year.year;
  const isCell = memberHoldingKinds.includes(unit.kind);
  const cells = holdingUnitsUnder(data.units, unit.id).filter((u) => u.closedOn === null || rd.meetings.has(u.id));
  const cellIds = new Set(cells.map((c) => c.id));
  const missing: MissingItem[] = [];

  // 1. The collective report (Mẫu 01) of the unit itself, by its number in the register.
  const report = registerReference(data, '01', unit);
  if (!report) missing.push(issueMissing('dossier.report', `Báo cáo kiểm điểm của tập thể (Mẫu 01) của ${unit.name} chưa được cấp số trong Sổ văn bản: cột "Số, ký hiệu" để trống.`, '01'));

  // 2. The biên bản: a chi bộ's own meeting; for a đảng bộ, how many of its chi bộ have finalized theirs.
  let minutes: DossierEntry;
  if (isCell) {
    const m = rd.meetings.get(unit.id);
    const w = meetingWhere(unit, m?.view ?? null);
    const number = registerReference(data, 'bien-ban', unit);
    const date = m?.view.preparation.meetingDate ?? null;
    let note: string | null = null;
    if (!m) missing.push({ field: 'dossier.minutes', message: `${unit.name} chưa có hội nghị kiểm điểm năm ${year}: chưa có biên bản để ghi vào danh mục.`, where: w.create });
    else if (!m.frozen || !m.row.contentHash) {
      note = 'Biên bản chưa chốt';
      missing.push({ field: 'dossier.minutes', message: `Biên bản hội nghị của ${unit.name} chưa chốt: danh mục ghi khi biên bản đã chốt.`, where: w.finalize });
    } else {
      const prints = rd.minutesPrints.get(m.row.id) ?? 0;
      note = `Bản đã chốt, mã kiểm tra ${m.row.contentHash.slice(0, 8)}; ${prints === 0 ? 'chưa in' : `đã in ${prints} lần`}`;
    }
    if (m?.frozen && !number) missing.push(issueMissing('dossier.minutesNumber', `Biên bản hội nghị của ${unit.name} chưa được cấp số trong Sổ văn bản.`, 'bien-ban'));
    minutes = { title: DOSSIER_TITLES.minutes, reference: number ?? (date ? `Hội nghị ngày ${shortDate(date)}` : null), sheets: null, note };
  } else {
    const open = cells.filter((c) => !rd.meetings.get(c.id)?.frozen);
    if (open.length > 0) missing.push({ field: 'dossier.minutes', message: `Còn ${open.length} chi bộ chưa chốt biên bản hội nghị: ${open.map((c) => c.name).join(', ')}.`, where: 'Hội nghị kiểm điểm' });
    minutes = { title: DOSSIER_TITLES.minutes, reference: null, sheets: null, note: `Biên bản của ${cells.length - open.length}/${cells.length} chi bộ đã chốt` };
  }

  // 4. The results: the recognition decision(s) covering the unit's subjects, with the levels now in force.
  const subjects = rd.decision.subjects.filter((s) => cellIds.has(s.orgUnitId));
  const recognized = new Map<string, { decisionNo: string; decidedOn: string }>();
  for (const s of subjects) if (s.locked) recognized.set(s.locked.recognitionId, s.locked);
  const levelsOf = (list: DecisionSubject[]) => list.map((s) => s.finalLevel).filter((l): l is LevelCode => l !== null);
  const orgs = subjects.filter((s) => s.kind === 'organization');
  const members = subjects.filter((s) => s.kind === 'member');
  const orgText = isCell ? (orgs[0]?.finalLevel ?? null) : orgs.length > 0 ? levelCounts(levelsOf(orgs)) : null;
  const scored = subjects.filter((s) => s.score !== null).length;
  const resultsNote =
    subjects.length === 0
      ? null
      : [`Tập thể: ${orgText ?? 'chưa xếp loại'}`, `Đảng viên: ${levelCounts(levelsOf(members))}`, scored > 0 ? `kèm ${scored} phụ lục chấm điểm` : null].filter(Boolean).join('; ');
  if (recognized.size === 0) missing.push({ field: 'dossier.recognition', message: `Chưa có quyết định công nhận kết quả đánh giá, xếp loại năm ${year} của ${unit.name}: cột "Số, ký hiệu" của mục kết quả để trống.`, where: whereDecision(year, 'Quyết định công nhận') });
  const results: DossierEntry = {
    title: DOSSIER_TITLES.results,
    reference: recognized.size > 0 ? [...recognized.values()].map((r) => decisionReference(r.decisionNo, r.decidedOn)).join('; ') : null,
    sheets: null,
    note: resultsNote,
  };

  // Re-ratings (Mẫu 03) of the unit's subjects, one row when there are any.
  const reRatings = subjects.flatMap((s) => s.reRatings.map((r) => ({ name: s.kind === 'member' ? `Đ/c ${s.name}` : s.name, ...r })));
  const reRatingEntry: DossierEntry[] =
    reRatings.length === 0
      ? []
      : [
          {
            title: DOSSIER_TITLES.reRatings,
            reference: reRatings.map((r) => decisionReference(r.decisionNo, r.decidedOn)).join('; '),
            sheets: null,
            note: reRatings.map((r) => `${r.name}: từ ${r.oldLevel} thành ${r.newLevel}`).join('; '),
          },
        ];

  // 5. The individual reviews by form: those the meetings reviewed, else those due for review.
  const ruleSet = ruleSetOf(data);
  const counts: Record<string, number> = { '02A': 0, '02B': 0, '02C': 0 };
  for (const u of cells) {
    const meeting = rd.meetings.get(u.id);
    if (meeting) {
      for (const x of meeting.view.members) if (x.subject) counts[x.form] = (counts[x.form] ?? 0) + 1;
      continue;
    }
    for (const m of data.members.filter((x) => x.orgUnitId === u.id)) {
      const e = memberEligibility(m, data.year.settings.reviewDate, ruleSet);
      if (e?.reviewed) counts[e.form] = (counts[e.form] ?? 0) + 1;
    }
  }
  const total = counts['02A']! + counts['02B']! + counts['02C']!;

  return {
    issuer: issuerForUnit(data, unit),
    year,
    entries: [
      { title: DOSSIER_TITLES.collectiveReport, reference: report, sheets: null, note: null },
      minutes,
      { title: DOSSIER_TITLES.suggestions, reference: null, sheets: null, note: null },
      results,
      ...reRatingEntry,
      { title: DOSSIER_TITLES.individualReviews, reference: null, sheets: null, note: `${total} bản (02A: ${counts['02A']}; 02B: ${counts['02B']}; 02C: ${counts['02C']})` },
    ],
    missing,
  };
}
