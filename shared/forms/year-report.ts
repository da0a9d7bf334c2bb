// The Đảng ủy's báo cáo tổng hợp kết quả kiểm điểm, đánh giá, xếp loại of a year and its biểu thống kê
// (domain-background.md §5.1, proposed — no 2025 central biểu): party organizations by type (total,
// rated, the four levels with counts and %, not rated), members per chi bộ (on the roll, not rated, rated
// and of them dự bị, the four levels with counts and %, no result yet), members not rated by reason, the
// HTXS share against the quota, and the names of the HTXS and KHTNV members. The figures are computed
// by the core (YearStatistics); both forms only print them. Results not yet recognized by the Đảng ủy
// make the figures provisional, which both forms say. Layer: shared.
import type { Block, TableCell } from '../documents/model';
import { shortDate } from '../documents/dates';
import { formatNumberVi } from '../rules/input-errors';
import { LEVELS, LEVEL_NAMES, type LevelCode } from '../rules/levels';
import { issuerHeader, issuerSignature, type IssuerInfo } from './issuer';
import { cleanLine } from '../documents/text';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';

export type LevelTally = Record<LevelCode, number>;

export interface YearStatistics {
  year: number;
  /** Whose figures: "Đảng bộ xã Xuân Hòa" or one đảng bộ cơ sở / chi bộ. */
  scopeName: string;
  /** Some subjects have no recognized result yet: the figures may change. */
  provisional: boolean;
  organizations: { type: string; total: number; rated: number; levels: LevelTally; notRated: number; notRatedReasons: string[] }[];
  cells: { name: string; onRoll: number; notRated: number; classified: number; rated: number; probationary: number; levels: LevelTally; pending: number }[];
  notRated: { reason: string; count: number; names: string[] }[];
  quota: { label: string; base: number; htxs: number; allowed: number; ratePercent: number; violation: boolean }[];
  htxs: { name: string; unitName: string; total: number | null }[];
  khtnv: { name: string; unitName: string; reason: string }[];
  meetings: { cells: number; held: number; finalized: number; recognized: number };
  recognitions: { decisionNo: string; decidedOn: string; scopeName: string }[];
  reRatings: { name: string; unitName: string; oldLevel: LevelCode; newLevel: LevelCode; decisionNo: string; decidedOn: string }[];
  /** The shortcomings each chi bộ named in its own review, and the number of remediation items adopted. */
  shortcomings: { unitName: string; text: string }[];
  remediationItems: number;
}

export interface YearReportModel {
  /** The Đảng ủy issuing the report. */
  issuer: IssuerInfo;
  stats: YearStatistics;
  /** "Ban Thường vụ Tỉnh ủy Phú Thọ": the report goes there. */
  upperLevelName: string;
  province: string;
  where: { decision: string; meetings: string };
  /** The report's number in the numbering register (BC of the Đảng ủy), when one was issued. */
  number?: number | null;
}

const pct = (n: number, of: number): string => (of === 0 ? '' : `${formatNumberVi(Math.round((n / of) * 10000) / 100)}`);
const pctText = (n: number, of: number): string => (of === 0 ? '0%' : `${pct(n, of)}%`);
const addTally = (a: LevelTally, b: LevelTally): LevelTally => ({ HTXS: a.HTXS + b.HTXS, HTT: a.HTT + b.HTT, HTNV: a.HTNV + b.HTNV, KHTNV: a.KHTNV + b.KHTNV });
/** "Tỉnh Phú Thọ" → "Tỉnh ủy Phú Thọ"; "Thành phố Hà Nội" → "Thành ủy Hà Nội". */
export function provinceCommittee(province: string): string {
  const p = cleanLine(province);
  if (/^thành phố\s/iu.test(p)) return p.replace(/^thành phố/iu, 'Thành ủy');
  if (/^tỉnh\s/iu.test(p)) return p.replace(/^tỉnh/iu, 'Tỉnh ủy');
  return `Tỉnh ủy ${p}`;
}

const ZERO: LevelTally = { HTXS: 0, HTT: 0, HTNV: 0, KHTNV: 0 };
const c = (text: string | number, bold = false): TableCell => ({ text: String(text), align: 'center', bold });
const line = (t: string): Block => ({ kind: 'paragraph', runs: [{ text: t }], indent: true });
const note = (t: string): Block => ({ kind: 'paragraph', runs: [{ text: t, italic: true }], indent: true });

export const LEVEL_LEGEND = `Ghi chú: HTXS — ${LEVEL_NAMES.HTXS}; HTT — ${LEVEL_NAMES.HTT}; HTNV — ${LEVEL_NAMES.HTNV}; KHTNV — ${LEVEL_NAMES.KHTNV}. Tỷ lệ % tính trên số được xếp loại.`;

function levelCells(t: LevelTally, of: number, bold = false): TableCell[] {
  return LEVELS.flatMap((l) => [c(t[l], bold), c(pct(t[l], of), bold)]);
}

/** A count and a % column per level; the count column is wide enough for "KHTNV" on one line. */
const levelColumns = (countMm: number, pctMm: number) => LEVELS.flatMap((l) => [{ title: l, widthMm: countMm, align: 'center' as const }, { title: '%', widthMm: pctMm, align: 'center' as const }]);

function organizationsTable(s: YearStatistics): Block {
  const total = s.organizations.reduce(
    (a, o) => ({ total: a.total + o.total, rated: a.rated + o.rated, levels: addTally(a.levels, o.levels), notRated: a.notRated + o.notRated }),
    { total: 0, rated: 0, levels: ZERO, notRated: 0 },
  );
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 10, align: 'center' },
        { title: 'Loại hình tổ chức đảng', widthMm: 41 },
        { title: 'Tổng số', widthMm: 14, align: 'center' },
        { title: 'Được xếp loại', widthMm: 16, align: 'center' },
        ...levelColumns(17, 11),
        { title: 'Chưa xếp loại', widthMm: 16, align: 'center' },
        { title: 'Lý do chưa xếp loại', widthMm: 43 },
      ],
      rows: [
        ...s.organizations.map((o, i) => [c(i + 1), o.type, c(o.total), c(o.rated), ...levelCells(o.levels, o.rated), c(o.notRated), o.notRatedReasons.join('; ')]),
        [c(''), { text: 'Tổng cộng', bold: true }, c(total.total, true), c(total.rated, true), ...levelCells(total.levels, total.rated, true), c(total.notRated, true), ''],
      ],
      sizePt: 11,
    },
  };
}

function membersTable(s: YearStatistics): Block {
  const t = s.cells.reduce(
    (a, x) => ({ onRoll: a.onRoll + x.onRoll, notRated: a.notRated + x.notRated, rated: a.rated + x.rated, probationary: a.probationary + x.probationary, levels: addTally(a.levels, x.levels), pending: a.pending + x.pending }),
    { onRoll: 0, notRated: 0, rated: 0, probationary: 0, levels: ZERO, pending: 0 },
  );
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 10, align: 'center' },
        { title: 'Chi bộ', widthMm: 41 },
        { title: 'Tổng số đảng viên', widthMm: 16, align: 'center' },
        { title: 'Không xếp loại', widthMm: 16, align: 'center' },
        { title: 'Được xếp loại', widthMm: 16, align: 'center' },
        { title: 'Trong đó dự bị', widthMm: 15, align: 'center' },
        ...levelColumns(17, 11),
        { title: 'Chưa có kết quả', widthMm: 16, align: 'center' },
      ],
      rows: [
        ...s.cells.map((x, i) => [c(i + 1), x.name, c(x.onRoll), c(x.notRated), c(x.rated), c(x.probationary), ...levelCells(x.levels, x.rated), c(x.pending)]),
        [c(''), { text: 'Tổng cộng', bold: true }, c(t.onRoll, true), c(t.notRated, true), c(t.rated, true), c(t.probationary, true), ...levelCells(t.levels, t.rated, true), c(t.pending, true)],
      ],
      sizePt: 11,
    },
  };
}

function notRatedTable(s: YearStatistics): Block {
  if (s.notRated.length === 0) return note('Không có đảng viên thuộc diện không xếp loại.');
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 10, align: 'center' },
        { title: 'Lý do không xếp loại', widthMm: 90 },
        { title: 'Số lượng', widthMm: 20, align: 'center' },
        { title: 'Họ và tên', widthMm: 132 },
      ],
      rows: s.notRated.map((r, i) => [c(i + 1), r.reason, c(r.count), r.names.join(', ')]),
      sizePt: 11,
    },
  };
}

function quotaLines(s: YearStatistics): Block[] {
  if (s.quota.length === 0) return [note('Chưa có kết quả xếp loại để so sánh với tỷ lệ quy định.')];
  return s.quota.map((q) =>
    line(
      `- ${q.label}: ${q.htxs} "${LEVEL_NAMES.HTXS}" trên ${q.base} "${LEVEL_NAMES.HTT}"; tối đa theo quy định (${q.ratePercent}%): ${q.allowed}` +
        (q.violation ? ` — vượt ${q.htxs - q.allowed}.` : ' — không vượt.'),
    ),
  );
}

function namesTable(s: YearStatistics): Block {
  const rows: (string | TableCell)[][] = [
    ...s.htxs.map((h) => [h.name, h.unitName, LEVEL_NAMES.HTXS, h.total === null ? '' : `Tổng điểm ${formatNumberVi(h.total)}/100`]),
    ...s.khtnv.map((k) => [k.name, k.unitName, LEVEL_NAMES.KHTNV, k.reason]),
  ].map((r, i) => [c(i + 1), ...r]);
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 10, align: 'center' },
        { title: 'Họ và tên', widthMm: 50 },
        { title: 'Chi bộ', widthMm: 52 },
        { title: 'Mức xếp loại', widthMm: 55 },
        { title: 'Ghi chú, lý do', widthMm: 85 },
      ],
      rows,
      sizePt: 11,
    },
  };
}

function statsMissing(model: YearReportModel): MissingItem[] {
  const s = model.stats;
  const out: MissingItem[] = [];
  const notMet = s.meetings.cells - s.meetings.finalized;
  if (notMet > 0) out.push({ field: 'meetings', message: `${notMet}/${s.meetings.cells} chi bộ chưa hoàn tất hội nghị kiểm điểm năm ${s.year}: đảng viên của các chi bộ này ghi ở cột "Chưa có kết quả".`, where: model.where.meetings });
  if (s.provisional) out.push({ field: 'recognition', message: `Kết quả năm ${s.year} chưa được Đảng ủy công nhận hết: số liệu là số liệu tạm thời.`, where: model.where.decision });
  return out;
}

export const STATS_TITLE = (year: number): string[] => [`Kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year}`];

export function buildYearStatistics(model: YearReportModel): BuiltForm {
  const { issuer, stats: s } = model;
  const blocks: Block[] = [
    { kind: 'header', header: issuerHeader(issuer, { date: null, year: s.year }) },
    { kind: 'title', type: 'BIỂU THỐNG KÊ', lines: STATS_TITLE(s.year), subtitle: [`(${s.scopeName}${s.provisional ? ' — số liệu tạm thời' : ''})`] },
    { kind: 'heading', level: 2, text: 'I. Tổ chức đảng' },
    organizationsTable(s),
    { kind: 'heading', level: 2, text: 'II. Đảng viên' },
    membersTable(s),
    { kind: 'heading', level: 2, text: 'III. Đảng viên không xếp loại (lý do)' },
    notRatedTable(s),
    { kind: 'heading', level: 2, text: 'IV. Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" so với quy định' },
    ...quotaLines(s),
    { kind: 'heading', level: 2, text: 'V. Danh sách đảng viên "Hoàn thành xuất sắc nhiệm vụ" và "Không hoàn thành nhiệm vụ"' },
    s.htxs.length + s.khtnv.length > 0 ? namesTable(s) : note('Không có.'),
    { kind: 'paragraph', runs: [{ text: LEVEL_LEGEND, italic: true }], indent: false, sizePt: 11 },
    { kind: 'closing', left: { title: 'NGƯỜI LẬP BIỂU', name: null }, right: issuerSignature(issuer) },
  ];
  return { document: { title: `Biểu thống kê kết quả xếp loại năm ${s.year} - ${s.scopeName}`, orientation: 'landscape', pageNumbers: true, blocks }, missing: statsMissing(model) };
}

export function renderYearStatistics(model: YearReportModel, options?: RenderOptions): FormOutput {
  return toOutput(buildYearStatistics(model), options);
}

function levelSentence(t: LevelTally, of: number, unit: string): string {
  return LEVELS.map((l) => `"${LEVEL_NAMES[l]}" ${t[l]} ${unit} (${pctText(t[l], of)})`).join('; ');
}

export function buildYearReport(model: YearReportModel): BuiltForm {
  const { issuer, stats: s } = model;
  const orgs = s.organizations.reduce((a, o) => ({ total: a.total + o.total, rated: a.rated + o.rated, levels: addTally(a.levels, o.levels) }), { total: 0, rated: 0, levels: ZERO });
  const m = s.cells.reduce(
    (a, x) => ({ onRoll: a.onRoll + x.onRoll, notRated: a.notRated + x.notRated, classified: a.classified + x.classified, rated: a.rated + x.rated, probationary: a.probationary + x.probationary, levels: addTally(a.levels, x.levels), pending: a.pending + x.pending }),
    { onRoll: 0, notRated: 0, classified: 0, rated: 0, probationary: 0, levels: ZERO, pending: 0 },
  );
  const blocks: Block[] = [
    { kind: 'header', header: issuerHeader(issuer, { type: 'BC', number: model.number ?? null, date: null, year: s.year }) },
    { kind: 'title', type: 'BÁO CÁO', lines: ['Tổng hợp kết quả kiểm điểm, đánh giá, xếp loại chất lượng', `tổ chức đảng và đảng viên năm ${s.year}`], subtitle: s.provisional ? ['(Số liệu tạm thời: còn kết quả chưa được công nhận)'] : undefined },
    line(`Thực hiện Quy định của Bộ Chính trị và Hướng dẫn của Ban Tổ chức Trung ương về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, ${issuer.issuingBody} báo cáo kết quả năm ${s.year} như sau:`),
    { kind: 'heading', level: 2, text: 'I. Tình hình tổ chức kiểm điểm' },
    line(`${s.scopeName} có ${s.meetings.cells} chi bộ tổ chức kiểm điểm; đã họp ${s.meetings.held} chi bộ, trong đó ${s.meetings.finalized} chi bộ đã hoàn tất hội nghị; ${s.meetings.recognized} chi bộ đã được Đảng ủy công nhận kết quả.`),
    ...s.recognitions.map((r) => line(`- Quyết định số ${r.decisionNo} ngày ${shortDate(r.decidedOn)} công nhận kết quả của ${r.scopeName}.`)),
    { kind: 'heading', level: 2, text: 'II. Kết quả đánh giá, xếp loại' },
    { kind: 'heading', level: 3, text: '1. Tổ chức đảng' },
    line(`Tổng số ${orgs.total} tổ chức đảng; được xếp loại ${orgs.rated}, trong đó: ${levelSentence(orgs.levels, orgs.rated, 'tổ chức')}.`),
    { kind: 'heading', level: 3, text: '2. Đảng viên' },
    line(
      `Tổng số ${m.onRoll} đảng viên; không xếp loại ${m.notRated} (${s.notRated.map((r) => `${r.reason.toLocaleLowerCase('vi')}: ${r.count}`).join('; ') || 'không có'}); ` +
        `thuộc diện xếp loại ${m.classified}; đã có kết quả ${m.rated} (trong đó dự bị ${m.probationary})${m.pending > 0 ? `; chưa có kết quả ${m.pending}` : ''}.`,
    ),
    line(`Kết quả: ${levelSentence(m.levels, m.rated, 'đồng chí')}.`),
    ...quotaLines(s),
    ...(s.htxs.length > 0 ? [line(`Đảng viên "${LEVEL_NAMES.HTXS}": ${s.htxs.map((h) => `${h.name} (${h.unitName})`).join(', ')}.`)] : []),
    ...(s.khtnv.length > 0 ? [line(`Đảng viên "${LEVEL_NAMES.KHTNV}": ${s.khtnv.map((h) => `${h.name} (${h.unitName}) — ${h.reason}`).join('; ')}.`)] : []),
    ...(s.reRatings.length > 0
      ? [line('Xếp loại lại (Mẫu 03):'), ...s.reRatings.map((r) => line(`- ${r.name} (${r.unitName}): từ "${LEVEL_NAMES[r.oldLevel]}" thành "${LEVEL_NAMES[r.newLevel]}" theo Quyết định số ${r.decisionNo} ngày ${shortDate(r.decidedOn)}.`))]
      : []),
    { kind: 'heading', level: 2, text: 'III. Hạn chế, khuyết điểm và kế hoạch khắc phục' },
    ...(s.shortcomings.length > 0 ? s.shortcomings.map((x) => line(`- ${x.unitName}: ${x.text}`)) : [note('Các chi bộ không nêu hạn chế, khuyết điểm của tập thể.')]),
    line(`Các hội nghị đã thông qua ${s.remediationItems} nội dung khắc phục hạn chế, khuyết điểm của tập thể và đảng viên; chi ủy các chi bộ theo dõi, báo cáo kết quả khắc phục tại kỳ kiểm điểm sau.`),
    { kind: 'heading', level: 2, text: 'IV. Kiến nghị, đề xuất' },
    { kind: 'lines', count: 3 },
    note('(Kèm theo biểu thống kê kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên.)'),
    {
      kind: 'closing',
      recipients: [`- ${model.upperLevelName} (để báo cáo),`, `- Ban Tổ chức ${provinceCommittee(model.province)},`, '- Các chi bộ trực thuộc,', '- Lưu Văn phòng Đảng ủy.'],
      right: issuerSignature(issuer),
    },
  ];
  return { document: { title: `Báo cáo tổng hợp kết quả kiểm điểm năm ${s.year} - ${s.scopeName}`, orientation: 'portrait', pageNumbers: true, blocks }, missing: statsMissing(model) };
}

export function renderYearReport(model: YearReportModel, options?: RenderOptions): FormOutput {
  return toOutput(buildYearReport(model), options);
}
