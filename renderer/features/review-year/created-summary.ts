// What a just-created year got, as short Vietnamese lines: from the defaults, or what was copied from
// the earlier year and what deliberately was not (the 25 % tier, a rule set that follows the year).
// Layer: renderer.
import type { ReviewYear, ReviewYearSettings } from '../../../shared/review/index';
import { RULE_SETS } from '../../../shared/rules/index';
import type { CreatedInfo } from '../../state/review-store';
import { SOURCE_TEXTS, quotaDenominatorTexts, quotaScopeTexts, voteDenominatorTexts, voteMethodTexts } from './review-labels';
import { formatDateVi } from '../../../shared/text/dates';

export interface SummaryLine {
  label: string;
  text: string;
}

export interface CreatedSummaryText {
  title: string;
  lines: SummaryLine[];
  /** What the office should do next. */
  next: string;
}

const ruleSetName = (s: ReviewYearSettings) => {
  const set = RULE_SETS[s.ruleSet];
  return `${set.regulation.code} và ${set.guide.code}`;
};

function planText(s: ReviewYearSettings): string | null {
  const d = s.deadlines;
  const parts: string[] = [];
  if (d.meetingsFrom || d.meetingsTo) parts.push(`chi bộ họp ${formatDateVi(d.meetingsFrom) || '…'} – ${formatDateVi(d.meetingsTo) || '…'}`);
  if (d.decisionOn) parts.push(`Đảng ủy xã quyết định ${formatDateVi(d.decisionOn)}`);
  if (d.reportOn) parts.push(`báo cáo cấp trên ${formatDateVi(d.reportOn)}`);
  return parts.length ? parts.join('; ') : null;
}

function guideText(s: ReviewYearSettings): string | null {
  const g = s.guidingDocument;
  if (!g.number && !g.issuer && !g.issuedOn) return null;
  return [g.number ?? '(chưa ghi số)', g.issuedOn ? `ngày ${formatDateVi(g.issuedOn)}` : '', g.issuer ? `của ${g.issuer}` : ''].filter(Boolean).join(' ');
}

/** "Mẫu tham khảo của phần mềm: Mẫu 01, 02A; đã chỉnh sửa trên phần mềm: Mẫu 02C." — grouped by origin. */
function templateLines(info: CreatedInfo): SummaryLine {
  const bySource = new Map<string, string[]>();
  for (const t of info.templates) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t.form]);
  const parts = [...bySource].map(([source, forms], i) => {
    const text = SOURCE_TEXTS[source as keyof typeof SOURCE_TEXTS];
    return `${i === 0 ? text : text.toLowerCase()}: Mẫu ${forms.join(', ')}`;
  });
  return { label: 'Tiêu chí chấm điểm', text: parts.length ? `${parts.join('; ')}.` : 'chưa đọc được.' };
}

/** An option's label without "(mặc định)", for sentences that say where the value came from. */
const plain = (label: string) => label.replace(/\s*\(mặc định\)/, '');

function fromDefaults(y: ReviewYear, info: CreatedInfo): CreatedSummaryText {
  const s = y.settings;
  return {
    title: `Đã tạo đợt kiểm điểm năm ${y.year} theo cài đặt mặc định.`,
    lines: [
      { label: 'Bộ quy định', text: `${ruleSetName(s)}.` },
      { label: 'Ngày kiểm điểm', text: `${formatDateVi(s.reviewDate)}.` },
      { label: 'Tỷ lệ "Hoàn thành xuất sắc"', text: `${s.quota.ratePercent}%; biểu quyết ${plain(voteMethodTexts[s.vote.method].label).toLowerCase()}.` },
      templateLines(info),
    ],
    next: 'Hãy điền kế hoạch của Đảng ủy xã, văn bản hướng dẫn của cấp trên và điều chỉnh tiêu chí chấm điểm theo hướng dẫn của Tỉnh ủy.',
  };
}

function fromCopy(y: ReviewYear, source: ReviewYear, info: CreatedInfo): CreatedSummaryText {
  const s = y.settings;
  const from = source.settings;
  const n = source.year;
  const ruleSet = s.ruleSet === from.ruleSet ? `${ruleSetName(s)} (giữ như năm ${n}).` : `${ruleSetName(s)} (bộ quy định của năm ${y.year}; năm ${n} dùng ${ruleSetName(from)}).`;
  const plan = planText(s);
  const quota =
    from.quota.ratePercent === 25
      ? `${s.quota.ratePercent}% — năm ${n} dùng 25% theo ${from.quota.decisionRef ?? 'quyết định công nhận'}; quyết định đó chỉ áp dụng cho năm ${n} nên năm mới trở về 20%.`
      : `${s.quota.ratePercent}% (giữ như năm ${n}).`;
  const guide = guideText(s);
  return {
    title: `Đã tạo đợt kiểm điểm năm ${y.year}, sao chép từ năm ${n}.`,
    lines: [
      { label: 'Bộ quy định', text: ruleSet },
      { label: 'Ngày kiểm điểm', text: `${formatDateVi(s.reviewDate)} (năm ${n}: ${formatDateVi(from.reviewDate)}).` },
      { label: 'Kế hoạch của Đảng ủy xã', text: plan ? `${plan} (các ngày của năm ${n} chuyển sang năm ${y.year}).` : `chưa có (năm ${n} cũng chưa có).` },
      { label: 'Tỷ lệ "Hoàn thành xuất sắc"', text: quota },
      {
        label: 'Mẫu số và phạm vi so sánh',
        text: `${quotaDenominatorTexts[s.quota.denominator].label}; ${quotaScopeTexts[s.quota.scope].label.toLowerCase()} (giữ như năm ${n}).`,
      },
      {
        label: 'Biểu quyết',
        text: `${plain(voteMethodTexts[s.vote.method].label)}; mẫu số: ${plain(voteDenominatorTexts[s.vote.denominator].label).toLowerCase()} (giữ như năm ${n}).`,
      },
      { label: 'Văn bản hướng dẫn', text: guide ? `giữ nguyên ${guide}.` : 'chưa có.' },
      templateLines(info),
    ],
    next: guide
      ? 'Hãy kiểm tra lại các ngày và sửa văn bản hướng dẫn nếu năm nay cấp trên ban hành văn bản mới.'
      : 'Hãy kiểm tra lại các ngày và điền văn bản hướng dẫn của cấp trên khi có.',
  };
}

export function createdSummary(info: CreatedInfo): CreatedSummaryText {
  return info.source ? fromCopy(info.year, info.source, info) : fromDefaults(info.year, info);
}
