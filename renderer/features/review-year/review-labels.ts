// Vietnamese texts of the review-year screens: the rule sets with their documents, and every setting's
// options, each with one plain sentence saying what it means for the commune. Kept in one place so the
// settings form, the "what was copied" summary and the tests use the same words. Layer: renderer.
import {
  RULE_SETS,
  RULE_SET_IDS,
  defaultRuleSetForYear,
  type QuotaDenominator,
  type ReviewFormCode,
  type RuleSet,
  type RuleSetId,
  type VoteDenominator,
  type VoteMethod,
} from '../../../shared/rules/index';
import type { CriterionGroup, QuotaScope, TemplateSource } from '../../../shared/review/index';
import { formatDateVi } from '../../../shared/text/dates';

export interface OptionText {
  label: string;
  /** One sentence a first-time secretary understands. */
  explain: string;
}

/** "QĐ 366-QĐ/TW ngày 30/08/2025" */
export function documentName(doc: { code: string; issuedOn: string }): string {
  return `${doc.code} ngày ${formatDateVi(doc.issuedOn)}`;
}

/** Years a rule set applies to by default, e.g. "từ năm 2025" or "các năm 2023–2024". */
function yearsText(set: RuleSet): string {
  return set.toYear === null ? `từ năm ${set.fromYear}` : `các năm ${set.fromYear}–${set.toYear}`;
}

export function ruleSetText(id: RuleSetId): OptionText {
  const set = RULE_SETS[id];
  const label = `${set.regulation.code} và ${set.guide.code} (${yearsText(set)})`;
  const docs = `Văn bản: ${documentName(set.regulation)}; ${documentName(set.guide)}.`;
  const explain =
    set.mode === 'full'
      ? `${docs} Chấm điểm theo tiêu chí (30 + 70 điểm), xét điều kiện từng mức và tỷ lệ tối đa.`
      : `${docs} Chỉ ghi lại mức xếp loại đã có (không chấm điểm), để lưu kết quả các năm trước.`;
  return { label, explain };
}

export const ruleSetOptions = (year: number) =>
  RULE_SET_IDS.map((id) => {
    const text = ruleSetText(id);
    const isDefault = defaultRuleSetForYear(year)?.id === id;
    return { value: id, label: isDefault ? `${text.label} — mặc định cho năm ${year}` : text.label, explain: text.explain };
  });

export const quotaRateTexts: Record<'20' | '25', OptionText> = {
  '20': { label: '20% (mức thông thường)', explain: 'Số người được xếp "Hoàn thành xuất sắc" không quá 20% số người "Hoàn thành tốt".' },
  '25': {
    label: '25% (đơn vị được công nhận có kết quả nổi bật)',
    explain: 'Chỉ chọn khi cấp có thẩm quyền đã có quyết định công nhận đơn vị nổi bật; phải ghi số, ngày của quyết định đó.',
  },
};

export const quotaDenominatorTexts: Record<QuotaDenominator, OptionText> = {
  htt: { label: 'Chỉ số "Hoàn thành tốt" (HTT)', explain: 'Tỷ lệ tính trên số người được xếp mức "Hoàn thành tốt nhiệm vụ".' },
  'htt+htxs': {
    label: 'Số "Hoàn thành tốt" cộng số "Hoàn thành xuất sắc" (HTT + HTXS)',
    explain: 'Tỷ lệ tính trên tổng số người được xếp hai mức cao nhất, khi hướng dẫn của Tỉnh ủy quy định như vậy.',
  },
};

export const quotaScopeTexts: Record<QuotaScope, OptionText> = {
  'basic-org': { label: 'Từng tổ chức cơ sở đảng', explain: 'Mỗi chi bộ cơ sở, đảng bộ cơ sở tự tính tỷ lệ trong số đảng viên của mình.' },
  commune: { label: 'Toàn Đảng bộ xã', explain: 'Tỷ lệ tính chung cho tất cả đảng viên của Đảng bộ xã.' },
};

export const voteMethodTexts: Record<VoteMethod, OptionText> = {
  cumulative: {
    label: 'Cộng dồn (mặc định)',
    explain:
      'Phiếu cho mức cao hơn được tính là đồng ý mức thấp hơn: cộng dần từ mức "Hoàn thành xuất sắc" xuống, mức đầu tiên đủ quá nửa là kết quả.',
  },
  strict: {
    label: 'Riêng từng mức',
    explain: 'Mỗi mức chỉ tính số phiếu bầu đúng mức đó; không mức nào được quá nửa thì phải biểu quyết lại.',
  },
};

export const voteDenominatorTexts: Record<VoteDenominator, OptionText> = {
  voters: {
    label: 'Tổng số đảng viên chính thức có quyền biểu quyết (mặc định)',
    explain: '"Quá nửa" tính trên tổng số đảng viên chính thức của chi bộ, trừ người miễn sinh hoạt hoặc bị đình chỉ sinh hoạt.',
  },
  present: { label: 'Số đảng viên chính thức có mặt', explain: '"Quá nửa" tính trên số đảng viên chính thức có mặt tại hội nghị.' },
};

/** Short names of the forms for the form picker and file names. */
export const FORM_SHORT: Record<ReviewFormCode, string> = {
  '01': 'Mẫu 01 — Tập thể',
  '02A': 'Mẫu 02A — Lãnh đạo, quản lý',
  '02B': 'Mẫu 02B — Không giữ chức vụ',
  '02C': 'Mẫu 02C — Không làm việc trong hệ thống chính trị',
};

export const GROUP_HEADINGS: Record<CriterionGroup, string> = {
  common: 'I. Tiêu chí chung',
  tasks: 'II. Kết quả thực hiện nhiệm vụ',
};

export const SOURCE_TEXTS: Record<TemplateSource, string> = {
  'default-example': 'Mẫu tham khảo của phần mềm',
  custom: 'Đã chỉnh sửa trên phần mềm',
  imported: 'Nhập từ tệp',
};

/** The banner every shipped example carries, so nobody mistakes it for the province's criteria. */
export const EXAMPLE_BANNER = 'Mẫu tham khảo — cần điều chỉnh theo hướng dẫn của Tỉnh ủy';
