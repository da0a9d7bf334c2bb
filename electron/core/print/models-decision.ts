// Model builders of the Đảng ủy's documents: Mẫu 03 (re-rating), the recognition decision with its
// list, the statistics table and the summary report of a year. Layer: electron/core.
import type { Member } from '../../../shared/domain/member';
import type { OrgUnit } from '../../../shared/domain/org-unit';
import { shortDate } from '../../../shared/documents/dates';
import { holdingUnitsUnder, type PrintData } from './data';
import { orgTypes } from '../../../shared/domain/enums';
import { buildDecisionView, type DecisionSubject, type RecognitionRecord } from '../../../shared/meeting/decision';
import type { LevelCode } from '../../../shared/rules/levels';
import type { ReRatingDecisionModel, RecognitionDecisionModel } from '../../../shared/forms/decisions';
import { whereDecision } from '../../../shared/forms/review-where';
import type { LevelTally, YearReportModel, YearStatistics } from '../../../shared/forms/year-report';
import { communeUnit, issuerForUnit, reviewOf } from './models';
import { findFormDocument } from '../../../shared/documents/form-numbers';

/** "- Căn cứ …;" lines of the Đảng ủy's decisions, from the year's rule set. */
export function decisionBasis(data: PrintData): string[] {
  const rs = reviewOf(data).ruleSet;
  const doc = (code: string, issuedOn: string, kind: string, by: string) => `${kind} số ${code.replace(/^\S+\s+/, '')} ngày ${shortDate(issuedOn)} của ${by}`;
  return [
    '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
    `- Căn cứ ${doc(rs.regulation.code, rs.regulation.issuedOn, 'Quy định', 'Bộ Chính trị')} về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị;`,
    `- Căn cứ ${doc(rs.guide.code, rs.guide.issuedOn, 'Hướng dẫn', 'Ban Tổ chức Trung ương')};`,
  ];
}

/** Mẫu 03 of a member's (or a chi bộ's) latest re-rating of the year. */
export function reRatingModel(data: PrintData, subject: { kind: 'member'; member: Member } | { kind: 'org'; unit: OrgUnit }): ReRatingDecisionModel {
  const rd = reviewOf(data);
  const s =
    subject.kind === 'member'
      ? rd.decision.subjects.find((x) => x.memberId === subject.member.id)
      : rd.decision.subjects.find((x) => x.kind === 'organization' && x.orgUnitId === subject.unit.id);
  const last = s?.reRatings[s.reRatings.length - 1];
  const label = subject.kind === 'member' ? `đồng chí ${subject.member.fullName}` : subject.unit.name;
  return {
    issuer: issuerForUnit(data, communeUnit(data)),
    year: data.year.year,
    basis: decisionBasis(data),
    subjectLabel: label,
    reRating:
      s && last
        ? {
            subjectKind: s.kind,
            subjectName: s.name,
            unitName: s.unitName,
            oldLevel: last.oldLevel,
            newLevel: last.newLevel,
            reason: last.reason,
            decisionNo: last.decisionNo,
            decidedOn: last.decidedOn,
            recognition: s.locked ? { decisionNo: s.locked.decisionNo, decidedOn: s.locked.decidedOn } : null,
          }
        : null,
    where: whereDecision(data.year.year, 'Xếp loại lại (Mẫu 03)'),
  };
}

/** The TCCSĐ whose results a unit's recognition covers (itself, or the đảng bộ cơ sở above a chi bộ trực thuộc); null for the commune. */
function basicOrgOf(data: PrintData, unit: OrgUnit | null): OrgUnit | null {
  if (!unit || unit.kind === 'commune') return null;
  if (unit.kind === 'cell' && unit.parentId) return data.unitById.get(unit.parentId) ?? unit;
  return unit;
}

function reRatingNote(s: DecisionSubject | undefined): string | null {
  const last = s?.reRatings[s.reRatings.length - 1];
  return last ? `Xếp loại lại: ${last.newLevel} (QĐ số ${last.decisionNo} ngày ${shortDate(last.decidedOn)})` : null;
}

/** The quyết định công nhận of the commune (or of one TCCSĐ) with its list; a draft when none was issued. */
export function recognitionModel(data: PrintData, unit: OrgUnit | null): RecognitionDecisionModel {
  const rd = reviewOf(data);
  const basic = basicOrgOf(data, unit);
  const scopeName = basic ? basic.name : data.commune.name;
  const covers = (r: RecognitionRecord) => (basic ? r.scope === 'commune' || r.scope.basicOrgId === basic.id : r.scope === 'commune');
  const found = [...rd.recognitions].reverse().find(covers) ?? (basic ? undefined : rd.recognitions.length === 1 ? rd.recognitions[0] : undefined);
  const unitName = (id: string) => data.unitById.get(id)?.name ?? '';
  const subjectByKey = new Map(rd.decision.subjects.map((s) => [s.key, s]));
  let rows: { key: string; memberId: string | null; orgUnitId: string; name: string; level: LevelCode | null }[];
  let blockers: string[] = [];
  if (found) rows = found.subjects.filter((s) => !basic || subjectByKey.get(s.key)?.basicOrgId === basic.id || found.scope !== 'commune');
  else {
    rows = rd.decision.subjects.filter((s) => !basic || s.basicOrgId === basic.id).map((s) => ({ key: s.key, memberId: s.memberId, orgUnitId: s.orgUnitId, name: s.name, level: s.finalLevel }));
    const view = buildDecisionView(rd.decisionInput, basic?.id ?? null);
    blockers = view.blockers;
  }
  return {
    issuer: issuerForUnit(data, communeUnit(data)),
    year: data.year.year,
    basis: decisionBasis(data),
    scopeName: found && found.scope !== 'commune' ? unitName(found.scope.basicOrgId) : scopeName,
    decision: found ? { decisionNo: found.decisionNo, decidedOn: found.decidedOn } : null,
    organizations: rows.filter((r) => r.memberId === null).map((r) => ({ name: r.name, unitName: '', level: r.level, note: reRatingNote(subjectByKey.get(r.key)) })),
    members: rows.filter((r) => r.memberId !== null).map((r) => ({ name: r.name, unitName: unitName(r.orgUnitId), level: r.level, note: reRatingNote(subjectByKey.get(r.key)) })),
    blockers,
    where: whereDecision(data.year.year, 'Quyết định công nhận'),
  };
}

const NOT_RATED_LABELS: Readonly<Record<string, string>> = {
  'member-exempt': 'Miễn công tác và sinh hoạt đảng',
  'member-suspended': 'Đình chỉ sinh hoạt đảng',
  'member-admitted-recently': 'Mới kết nạp, chưa đủ 6 tháng',
};

const zeroTally = (): LevelTally => ({ HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0 });

/** The figures of the Đảng ủy's report and statistics table for the cells under `unit` (all without one). */
export function yearStatistics(data: PrintData, unit: OrgUnit | null): YearStatistics {
  const rd = reviewOf(data);
  const root = unit ?? communeUnit(data);
  const cells = holdingUnitsUnder(data.units, root.id).filter((u) => u.closedOn === null);
  const cellIds = new Set(cells.map((c) => c.id));
  const subjects = rd.decision.subjects.filter((s) => cellIds.has(s.orgUnitId));
  const eligibility = rd.eligibility.units.filter((u) => cellIds.has(u.orgUnitId));
  const meetingRows = rd.decisionInput.meetings.filter((m) => cellIds.has(m.orgUnitId));
  const finalizedIds = new Set(meetingRows.filter((m) => m.status === 'finalized').map((m) => m.orgUnitId));
  const unitName = (id: string) => data.unitById.get(id)?.name ?? '';

  // Organizations (the chi bộ) by type.
  const byType = new Map<string, YearStatistics['organizations'][number]>();
  for (const cell of cells) {
    const type = orgTypes.labels[cell.type];
    const row = byType.get(type) ?? { type, total: 0, rated: 0, levels: zeroTally(), notRated: 0, notRatedReasons: [] };
    byType.set(type, row);
    row.total += 1;
    const s = subjects.find((x) => x.kind === 'organization' && x.orgUnitId === cell.id);
    if (s?.finalLevel) {
      row.rated += 1;
      row.levels[s.finalLevel] += 1;
    } else {
      row.notRated += 1;
      const e = eligibility.find((u) => u.orgUnitId === cell.id);
      const why = e && e.counts.reviewed === 0 ? 'không có đảng viên thuộc diện kiểm điểm' : !finalizedIds.has(cell.id) ? 'chưa hoàn tất hội nghị' : 'chờ Đảng ủy quyết định';
      row.notRatedReasons.push(`${cell.name}: ${why}`);
    }
  }

  // Members per chi bộ.
  const notRated = new Map<string, { reason: string; count: number; names: string[] }>();
  const cellRows = eligibility.map((u) => {
    const levels = zeroTally();
    let probationary = 0;
    let rated = 0;
    for (const e of u.members) {
      if (!e.classified) {
        if (!e.reviewed || !e.classified) {
          const r = e.reasons[0];
          const reason = r ? (NOT_RATED_LABELS[r.code] ?? r.message) : 'Không thuộc diện xếp loại';
          const entry = notRated.get(reason) ?? { reason, count: 0, names: [] };
          entry.count += 1;
          entry.names.push(`${e.fullName} (${u.name})`);
          notRated.set(reason, entry);
        }
        continue;
      }
      const level = subjects.find((s) => s.memberId === e.memberId)?.finalLevel ?? null;
      if (level) {
        rated += 1;
        levels[level] += 1;
        if (e.reviewStatus === 'probationary') probationary += 1;
      }
    }
    return { name: u.name, onRoll: u.counts.onRoll, notRated: u.counts.onRoll - u.counts.classified, classified: u.counts.classified, rated, probationary, levels, pending: u.counts.classified - rated };
  });

  const memberGroups = rd.decision.quotaGroups.filter((g) => g.kind === 'member' && subjects.some((s) => s.kind === 'member' && (g.basicOrgId === null || g.basicOrgId === s.basicOrgId)));
  const ratePercent = data.year.settings.quota.ratePercent;
  const denominator = data.year.settings.quota.denominator;
  const recognizedCells = new Set(subjects.filter((s) => s.kind === 'organization' && s.locked).map((s) => s.orgUnitId));
  return {
    year: data.year.year,
    scopeName: root.kind === 'commune' ? data.commune.name : root.name,
    provisional: subjects.some((s) => !s.locked) || cells.some((c) => !finalizedIds.has(c.id) && eligibility.find((u) => u.orgUnitId === c.id)!.counts.reviewed > 0),
    organizations: [...byType.values()],
    cells: cellRows,
    notRated: [...notRated.values()],
    quota: memberGroups.map((g) => ({ label: g.label, base: denominator === 'htt' ? g.counts.HTT : g.counts.HTT + g.counts.HTXS, htxs: g.counts.HTXS, allowed: g.outcome.allowed, ratePercent, violation: g.outcome.violation })),
    htxs: subjects.filter((s) => s.kind === 'member' && s.finalLevel === 'HTXS').map((s) => ({ name: s.name, unitName: s.unitName, total: s.score?.total ?? null })),
    khtnv: subjects
      .filter((s) => s.kind === 'member' && s.finalLevel === 'KHTNV')
      .map((s) => ({ name: s.name, unitName: s.unitName, reason: s.computed.reasons.find((r) => r.code !== 'score-band')?.message ?? s.decision?.reason ?? 'Theo kết quả biểu quyết của chi bộ' })),
    meetings: { cells: eligibility.filter((u) => u.counts.reviewed > 0).length, held: meetingRows.length, finalized: finalizedIds.size, recognized: recognizedCells.size },
    recognitions: rd.recognitions.map((r) => ({ decisionNo: r.decisionNo, decidedOn: r.decidedOn, scopeName: r.scope === 'commune' ? data.commune.name : unitName(r.scope.basicOrgId) })),
    reRatings: subjects.flatMap((s) => s.reRatings.map((r) => ({ name: s.name, unitName: s.unitName, oldLevel: r.oldLevel, newLevel: r.newLevel, decisionNo: r.decisionNo, decidedOn: r.decidedOn }))),
    shortcomings: cells.flatMap((c) => {
      const text = rd.meetings.get(c.id)?.view.collective.review.shortcomings;
      return text ? [{ unitName: c.name, text }] : [];
    }),
    remediationItems: cells.reduce((n, c) => {
      const v = rd.meetings.get(c.id)?.view;
      return n + (v ? v.collective.remediation.length + v.members.reduce((k, m) => k + (m.subject?.remediation.length ?? 0), 0) : 0);
    }, 0),
  };
}

/** The report and statistics of the Đảng ủy for the cells under `unit` (the whole commune without one). */
export function yearReportModel(data: PrintData, unit: OrgUnit | null): YearReportModel {
  const root = communeUnit(data);
  return {
    issuer: issuerForUnit(data, root),
    stats: yearStatistics(data, unit),
    upperLevelName: data.commune.upperLevelName,
    province: data.commune.province,
    where: { decision: whereDecision(data.year.year, 'Quyết định công nhận'), meetings: 'Hội nghị kiểm điểm' },
    number: findFormDocument(data.documents, 'bao-cao', root.id, data.year.year)?.number ?? null,
  };
}
