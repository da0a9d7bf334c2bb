// PartyDocument → Word (.docx) with the `docx` package, for every form of the registry: the same blocks
// as the HTML, in the layout's page size, orientation and margins, the office font name of the layout
// (Times New Roman, the HD 36 font; the bundled Tinos is its metric twin) on every run, tables with
// explicit column widths scaled to the text column like the HTML's (Word and LibreOffice otherwise
// guess), the two-row header table without borders, the signatures kept on one page with the lines
// before them, groups (ballots) as unsplittable boxes with their cut line, and page numbers from page 2
// in the top margin (a different first-page header). Offices edit the wording in Word before printing.
// Layer: electron/core.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { placeAndDate } from '../../../shared/documents/dates';
import { DEFAULT_LAYOUT, textWidthMm, type DocumentLayout, type ElementStyle } from '../../../shared/documents/layout';
import type { Block, CellAlign, HeaderSpec, PartyDocument, Run, Signature, TableCell as CellSpec, TableSpec } from '../../../shared/documents/model';
import { cleanLine, cleanText, upper } from '../../../shared/documents/text';
import { LEVELS, LEVEL_NAMES } from '../../../shared/rules/levels';

const tw = (mm: number): number => Math.round(convertMillimetersToTwip(mm));
const half = (pt: number): number => Math.round(pt * 2);

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const TITLE_RULE_MM = 35;

interface Ctx {
  layout: DocumentLayout;
  widthMm: number;
}

/** The runs of a text in one style; line breaks become Word line breaks. */
function runs(textValue: string, s: Partial<ElementStyle> & { underline?: boolean }, sizePt?: number): TextRun[] {
  const t = s.upper ? upper(textValue) : cleanText(textValue);
  const common = { bold: s.bold, italics: s.italic, underline: s.underline ? { type: UnderlineType.SINGLE } : undefined, size: half(sizePt ?? s.sizePt ?? 14) };
  return t.split('\n').map((line, i) => new TextRun({ ...common, text: line, break: i === 0 ? undefined : 1 }));
}

function styled(textValue: string, s: ElementStyle, options: { align?: keyof typeof ALIGN; after?: number; before?: number } = {}): Paragraph {
  return new Paragraph({ alignment: ALIGN[options.align ?? 'center'], spacing: { before: options.before ?? 0, after: options.after ?? 0 }, children: runs(textValue, s) });
}

function dottedLine(ctx: Ctx, children: ParagraphChild[] = [], keepNext?: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    tabStops: [{ type: TabStopType.RIGHT, position: tw(ctx.widthMm) - 10, leader: 'dot' }],
    spacing: { after: 60 },
    children: [...children, new TextRun({ text: '\t', size: half(ctx.layout.elements.body.sizePt) })],
  });
}

/** A table without borders or cell padding (the header table, the closing): one row per entry of `rows`. */
function borderless(columnsMm: number[], rows: Paragraph[][][], options: { cantSplit?: boolean } = {}): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: tw(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(tw),
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: options.cantSplit,
          children: cells.map(
            (children, i) => new TableCell({ width: { size: tw(columnsMm[i]!), type: WidthType.DXA }, borders: NO_BORDERS, children: children.length ? children : [new Paragraph('')] }),
          ),
        }),
    ),
  });
}

/**
 * The header table of HD 36, as the HTML prints it: the upper body, the issuing body and its centred "*"
 * on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule on the right; below, the number on the left on the
 * same line as the place and date on the right.
 */
function header(h: HeaderSpec, ctx: Ctx): Table {
  const e = ctx.layout.elements;
  const left = ctx.layout.headerLeftColumnMm;
  const right = ctx.widthMm - left;
  const bodies = [...(h.upperBody ? [styled(h.upperBody, e.upperBody)] : []), styled(h.issuingBody, e.issuingBody), styled('*', e.body)];
  const party = [new Paragraph({ alignment: AlignmentType.CENTER, children: runs('ĐẢNG CỘNG SẢN VIỆT NAM', { ...e.partyTitle, underline: true }) })];
  const number = h.number ? [styled(h.number, e.number, { before: 60 })] : [];
  const date = [styled(placeAndDate(h.place, h.date, h.year), e.placeDate, { before: 60 })];
  return borderless([left, right], [
    [bodies, party],
    [number, date],
  ]);
}

function signature(s: Signature | null | undefined, ctx: Ctx): Paragraph[] {
  if (!s) return [];
  const e = ctx.layout.elements;
  return [
    ...(s.caption ? [styled(s.caption, e.signerAuthority)] : []),
    ...(s.authority ? [styled(s.authority, e.signerAuthority)] : []),
    ...(s.title ? [styled(s.title, e.signerTitle)] : []),
    ...(s.hint ? [styled(s.hint, e.note)] : []),
    new Paragraph({ spacing: { before: tw(ctx.layout.signatureSpaceMm) }, alignment: AlignmentType.CENTER, children: runs(s.name ? cleanLine(s.name) : '', e.signerName) }),
  ];
}

/** An empty paragraph of 1 pt: Word needs one between two tables (they would merge) and after a last table. */
function tinyParagraph(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });
}

/**
 * Blocks kept together on one page (a ballot): one borderless cell whose row cannot split, of the group's
 * height (as the HTML's fixed-height box), with the dashed cut line as its bottom border.
 */
function group(b: Extract<Block, { kind: 'group' }>, ctx: Ctx): Table {
  const cut: IBorderOptions = { style: BorderStyle.DASHED, size: 4, color: '000000' };
  const children = blocks(b.blocks, ctx);
  // A Word table cell must end with a paragraph.
  if (children.length === 0 || children.at(-1) instanceof Table) children.push(tinyParagraph());
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: tw(ctx.widthMm), type: WidthType.DXA },
    columnWidths: [tw(ctx.widthMm)],
    borders: { ...NO_BORDERS, bottom: b.cutLine ? cut : NONE },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        // Just under the declared height, so that the 1 pt separators still fit the page.
        height: b.heightMm ? { value: tw(b.heightMm - 1), rule: HeightRule.ATLEAST } : undefined,
        children: [new TableCell({ width: { size: tw(ctx.widthMm), type: WidthType.DXA }, borders: { ...NO_BORDERS, bottom: b.cutLine ? cut : NONE }, children })],
      }),
    ],
  });
}

/** The short rule under a title (35 mm, centred): a bottom border of an empty paragraph indented from both sides. */
function titleRule(ctx: Ctx): Paragraph {
  const side = tw((ctx.widthMm - TITLE_RULE_MM) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 240, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function cellSpec(c: string | CellSpec): CellSpec {
  return typeof c === 'string' ? { text: c } : c;
}

function gridTable(t: TableSpec, ctx: Ctx): Table {
  const size = t.sizePt ?? ctx.layout.elements.table.sizePt;
  // The declared widths scaled to the text column, as the HTML's percentages do: the table fills the
  // column exactly (a wide statistics table never runs off the page).
  const declared = t.columns.reduce((a, c) => a + c.widthMm, 0);
  const widths = t.columns.map((c) => (c.widthMm * ctx.widthMm) / declared);
  const cell = (c: CellSpec, widthMm: number, align: CellAlign, head = false) =>
    new TableCell({
      width: { size: tw(widthMm), type: WidthType.DXA },
      columnSpan: c.colSpan,
      verticalAlign: head ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [new Paragraph({ alignment: ALIGN[head ? 'center' : align], children: runs(c.text, { bold: head || c.bold, italic: c.italic }, size) })],
    });
  const headRow = new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell({ text: c.title }, widths[i]!, 'center', true)) });
  const numRow = t.numberRow ? [new TableRow({ tableHeader: true, children: t.columns.map((_, i) => cell({ text: String(i + 1), italic: true }, widths[i]!, 'center')) })] : [];
  const rows = t.rows.map((row) => {
    let col = 0;
    return new TableRow({
      cantSplit: true,
      children: row.map((raw) => {
        const c = cellSpec(raw);
        const span = c.colSpan ?? 1;
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        const align = c.align ?? t.columns[col]?.align ?? 'left';
        col += span;
        return cell(c, width, align);
      }),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: tw(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(tw),
    borders: GRID_BORDERS,
    rows: [headRow, ...numRow, ...rows],
  });
}

function runsOf(r: Run, sizePt: number): TextRun[] {
  return runs(r.text, { bold: r.bold, italic: r.italic, underline: r.underline }, sizePt);
}

function blocks(list: readonly Block[], ctx: Ctx): (Paragraph | Table)[] {
  const e = ctx.layout.elements;
  const indent = tw(ctx.layout.firstLineIndentMm);
  const after = Math.round(ctx.layout.paragraphAfterPt * 20);
  const out: (Paragraph | Table)[] = [];
  list.forEach((b, at) => {
    // The last lines before the signatures go to the next page with them: a signature page never stands alone.
    const keepNext = list[at + 1]?.kind === 'closing' ? true : undefined;
    switch (b.kind) {
      case 'formCode':
        out.push(styled(b.text, e.formCode, { align: 'right', after: 80 }));
        break;
      case 'header':
        out.push(header(b.header, ctx), new Paragraph({ spacing: { after: 120 }, children: [] }));
        break;
      case 'title':
        if (b.type) out.push(styled(b.type, e.documentType));
        for (const l of b.lines) out.push(styled(l, e.excerpt));
        for (const l of b.subtitle ?? []) out.push(styled(l, e.note));
        out.push(b.rule === false ? new Paragraph({ spacing: { after: 240 }, children: [] }) : titleRule(ctx));
        break;
      case 'heading':
        out.push(
          new Paragraph({
            // Left, not justified: a stretched heading line is harder to read (and to search).
            alignment: AlignmentType.LEFT,
            keepNext: true,
            indent: b.level === 3 ? { firstLine: indent } : undefined,
            spacing: { before: 120, after },
            children: runs(b.text, { ...e.heading, upper: b.level === 1, italic: b.level === 3 }),
          }),
        );
        break;
      case 'paragraph': {
        const size = b.sizePt ?? e.body.sizePt;
        out.push(
          new Paragraph({ alignment: ALIGN[b.align ?? 'justify'], keepNext, indent: b.indent === false ? undefined : { firstLine: indent }, spacing: { after }, children: b.runs.flatMap((r) => runsOf(r, size)) }),
        );
        break;
      }
      case 'fields':
        for (const f of b.fields) {
          const label = runs(`${f.label}: `, e.body);
          out.push(f.value && cleanLine(f.value) ? new Paragraph({ spacing: { after: 60 }, children: [...label, ...runs(cleanLine(f.value), e.body)] }) : dottedLine(ctx, label));
        }
        break;
      case 'lines':
        for (let i = 0; i < b.count; i++) out.push(dottedLine(ctx, [], keepNext));
        break;
      case 'table':
        out.push(gridTable(b.table, ctx), new Paragraph({ spacing: { after }, children: [] }));
        break;
      case 'levels': {
        // In a row, no-break spaces inside each box and its name: a line wraps between levels, never inside one.
        const row = b.layout !== 'column';
        const items = LEVELS.map((code) => runs(`${b.checked === code ? '☒' : '□'} ${LEVEL_NAMES[code]}`.replace(/ /g, row ? '\u00a0' : ' '), e.body));
        if (!row) for (const r of items) out.push(new Paragraph({ keepNext, indent: { left: indent }, spacing: { after: 60 }, children: r }));
        else out.push(new Paragraph({ keepNext, indent: { left: indent }, spacing: { after }, children: items.flatMap((r, i) => (i ? [new TextRun({ text: '     ' }), ...r] : r)) }));
        break;
      }
      case 'scores':
        for (const r of b.rows) {
          const v = r.value === null || r.value === undefined ? '……' : String(r.value).replace('.', ',');
          out.push(new Paragraph({ keepNext, indent: { left: indent }, spacing: { after: 60 }, children: runs(`${r.label}: ${v}/${r.max} điểm`, e.body) }));
        }
        break;
      case 'closing': {
        const left = b.recipients
          ? [new Paragraph({ children: runs('Nơi nhận:', e.recipientsLabel) }), ...b.recipients.map((r) => new Paragraph({ children: runs(r, e.recipients) }))]
          : signature(b.left, ctx);
        // Kept on one page (the HTML's break-inside: avoid): a signature is never split from its name.
        out.push(new Paragraph({ keepNext: true, spacing: { after: 120 }, children: [] }), borderless([ctx.widthMm * 0.48, ctx.widthMm * 0.52], [[left, signature(b.right, ctx)]], { cantSplit: true }));
        break;
      }
      case 'pageBreak':
        // A line of 1 pt: three ballots of 84 mm still fill a page before it.
        out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [new PageBreak()] }));
        break;
      case 'spacer':
        out.push(new Paragraph({ spacing: { after: tw(b.mm) }, children: [] }));
        break;
      case 'group':
        out.push(group(b, ctx), tinyParagraph());
        break;
    }
  });
  return out;
}

export interface DocxOptions {
  layout?: DocumentLayout;
}

/** Builds the .docx bytes of a document. */
export async function renderDocx(doc: PartyDocument, options: DocxOptions = {}): Promise<Buffer> {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const ctx: Ctx = { layout, widthMm: textWidthMm(layout, doc.orientation) };
  const m = layout.page.margins;
  const pageNumberHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(layout.pageNumbers.sizePt) })] })],
  });
  const file = new Document({
    title: cleanLine(doc.title),
    creator: 'KiemDiem',
    styles: {
      default: {
        document: {
          run: { font: layout.font.officeFamily, size: half(layout.elements.body.sizePt) },
          paragraph: { spacing: { line: Math.round(layout.lineHeight * 240), lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: tw(layout.page.widthMm), height: tw(layout.page.heightMm), orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: tw(m.topMm), bottom: tw(m.bottomMm), left: tw(m.leftMm), right: tw(m.rightMm), header: tw(m.topMm / 2 - 2), footer: tw(m.bottomMm / 2) },
          },
        },
        headers: doc.pageNumbers ? { default: pageNumberHeader, first: new Header({ children: [new Paragraph('')] }) } : undefined,
        children: blocks(doc.blocks, ctx),
      },
    ],
  });
  return Packer.toBuffer(file);
}
