// Where in the app the data of the meeting and decision forms is filled in (the Vietnamese path the
// user follows), and small text helpers those forms share: a level in quotes, a vote round as text with
// counts and percentages, a remediation or carry-over table. Layer: shared.
import type { Block, TableCell } from '../documents/model';
import { cleanLine } from '../documents/text';
import { dayOfWeek } from '../text/dates';
import { formatNumberVi } from '../rules/input-errors';
import { LEVEL_NAMES, type LevelCode } from '../rules/levels';

/** A step of the meeting wizard ("Bước 1 — Chuẩn bị hội nghị"), as `StepStatus` gives it. */
export interface StepRef {
  index: number;
  title: string;
}

/** "Hội nghị kiểm điểm › Chi bộ thôn Đông › Bước 1 — Chuẩn bị hội nghị"; without a step, where the meeting is created. */
export function whereMeeting(unitName: string, step: StepRef | null): string {
  return `Hội nghị kiểm điểm › ${cleanLine(unitName)} › ${step ? `Bước ${step.index} — ${step.title}` : 'Tạo hội nghị kiểm điểm'}`;
}

/** "Thẩm định và quyết định › Năm 2026 › Quyết định công nhận". */
export function whereDecision(year: number, section: string): string {
  return `Thẩm định và quyết định › Năm ${year} › ${section}`;
}

export const quoted = (level: LevelCode): string => `"${LEVEL_NAMES[level]}"`;

export const percent = (n: number): string => `${formatNumberVi(n)}%`;

/** One vote round of a subject, as the minutes record it. */
export interface VoteRoundText {
  round: number;
  mode: string;
  denominatorText: string;
  levels: { level: LevelCode; name: string; count: number; percent: number }[];
  ballots: { issued: number; returned: number; valid: number; invalid: number } | null;
  resultText: string;
}

/** "Biểu quyết vòng 1 (biểu quyết giơ tay), tỷ lệ tính trên 12 đảng viên…: HTXS 10 (83,33%); …" */
export function voteRoundLine(v: VoteRoundText): string {
  const ballots = v.ballots ? ` — phiếu phát ra ${v.ballots.issued}, thu về ${v.ballots.returned}, hợp lệ ${v.ballots.valid}, không hợp lệ ${v.ballots.invalid}` : '';
  const counts = v.levels.map((l) => `${l.name}: ${l.count} (${percent(l.percent)})`).join('; ');
  return `Vòng ${v.round} (${v.mode.toLocaleLowerCase('vi')}${ballots}); tỷ lệ tính trên ${v.denominatorText}: ${counts}. ${v.resultText}`;
}

export interface RemediationLine {
  content: string;
  measure: string | null;
  deadline: string | null;
  responsible: string | null;
}

export function remediationTable(items: readonly RemediationLine[], sizePt = 12): Block {
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 11, align: 'center' },
        { title: 'Hạn chế, khuyết điểm cần khắc phục', widthMm: 58 },
        { title: 'Biện pháp', widthMm: 52 },
        { title: 'Thời hạn', widthMm: 22, align: 'center' },
        { title: 'Phụ trách', widthMm: 22 },
      ],
      rows: items.map((i, n): (string | TableCell)[] => [String(n + 1), i.content, i.measure ?? '', i.deadline ?? '', i.responsible ?? '']),
      sizePt,
    },
  };
}

export interface CarryOverLine {
  fromYear: number;
  content: string;
  /** "Đã khắc phục", "Đang khắc phục", "Chưa khắc phục", "Chưa đánh giá". */
  status: string;
  extent: string | null;
  obstacles: string | null;
  responsibility: string | null;
}

export function carryOverTable(items: readonly CarryOverLine[], sizePt = 12): Block {
  return {
    kind: 'table',
    table: {
      columns: [
        { title: 'STT', widthMm: 11, align: 'center' },
        { title: 'Hạn chế, khuyết điểm đã chỉ ra', widthMm: 62 },
        { title: 'Kết quả khắc phục', widthMm: 40 },
        { title: 'Khó khăn, vướng mắc; trách nhiệm', widthMm: 52 },
      ],
      rows: items.map((c, n) => [
        String(n + 1),
        `${c.content} (năm ${c.fromYear})`,
        c.extent ? `${c.status} (${c.extent})` : c.status,
        [c.obstacles, c.responsibility].filter(Boolean).join('; '),
      ]),
      sizePt,
    },
  };
}

/** Paragraphs of a multi-line text (one per line), or null when empty. */
export function textParagraphs(value: string | null | undefined, options: { italic?: boolean } = {}): Block[] | null {
  const lines = (value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  return lines.map((l) => ({ kind: 'paragraph', runs: [{ text: l, italic: options.italic }], indent: true }));
}

/** "thứ Ba" for an ISO date (Vietnamese weekday names; Sunday is "Chủ nhật"). */
export function weekdayVi(iso: string): string {
  return ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'][dayOfWeek(iso)]!;
}

/** "07 giờ 30 phút" from "07:30". */
export function timeVi(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${(h ?? '').padStart(2, '0')} giờ ${(m ?? '00').padStart(2, '0')} phút`;
}
