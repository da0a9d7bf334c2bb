// Renders a PartyDocument (model.ts) to one self-contained HTML string: print CSS from the layout,
// the bundled font inlined, every text cleaned (NFC, no control characters) and escaped. The same
// string is shown in the app's preview (a sandboxed iframe srcdoc), printed to PDF by Chromium, and
// later by Electron's printToPDF. A CSP meta tag forbids scripts and any fetch, so a printed document
// can never run code or reach the network. Layer: shared.
import { LEVELS, LEVEL_NAMES } from '../rules/levels';
import { placeAndDate } from './dates';
import { DEFAULT_LAYOUT, type DocumentLayout } from './layout';
import type { Block, HeaderSpec, PartyDocument, Run, Signature, TableCell, TableSpec } from './model';
import { printCss } from './print-css';
import { cleanLine, escapeHtml, html, upper } from './text';

export interface HtmlOptions {
  layout?: DocumentLayout;
  /** @font-face rules of the bundled font (fonts.ts); empty in pure unit tests. */
  fontCss?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

function runHtml(r: Run): string {
  let s = html(r.text);
  if (r.bold) s = `<b>${s}</b>`;
  if (r.italic) s = `<i>${s}</i>`;
  if (r.underline) s = `<u>${s}</u>`;
  return s;
}

function header(h: HeaderSpec): string {
  const left = [
    h.upperBody ? `<div class="upper-body">${escapeHtml(upper(h.upperBody))}</div>` : '',
    `<div class="issuing-body">${escapeHtml(upper(h.issuingBody))}</div>`,
    '<div class="star">*</div>',
  ].join('');
  const number = h.number ? `<div class="doc-number">${html(h.number)}</div>` : '';
  const date = `<div class="place-date">${html(placeAndDate(h.place, h.date, h.year))}</div>`;
  return (
    `<table class="hdr"><tr><td class="l">${left}</td><td class="r"><span class="party">ĐẢNG CỘNG SẢN VIỆT NAM</span></td></tr>` +
    `<tr><td class="l">${number}</td><td class="r">${date}</td></tr></table>`
  );
}

function signature(s: Signature | null | undefined): string {
  if (!s) return '';
  return [
    '<div class="sign">',
    s.caption ? `<div class="authority">${escapeHtml(upper(s.caption))}</div>` : '',
    s.authority ? `<div class="authority">${escapeHtml(upper(s.authority))}</div>` : '',
    s.title ? `<div class="sign-title">${escapeHtml(upper(s.title))}</div>` : '',
    s.hint ? `<div class="hint">${html(s.hint)}</div>` : '',
    '<div class="space"></div>',
    `<div class="name">${s.name ? html(cleanLine(s.name)) : '&nbsp;'}</div>`,
    '</div>',
  ].join('');
}

function cellOf(c: string | TableCell): TableCell {
  return typeof c === 'string' ? { text: c } : c;
}

function table(t: TableSpec, layout: DocumentLayout): string {
  const size = t.sizePt ?? layout.elements.table.sizePt;
  // Percentages of the declared widths: the table then fits the text column exactly, borders and padding included.
  const sum = t.columns.reduce((a, c) => a + c.widthMm, 0);
  const cols = t.columns.map((c) => `<col style="width:${((c.widthMm / sum) * 100).toFixed(3)}%">`).join('');
  const head = `<tr>${t.columns.map((c) => `<th>${html(c.title)}</th>`).join('')}</tr>`;
  const nums = t.numberRow ? `<tr class="num-row">${t.columns.map((_, i) => `<th>${i + 1}</th>`).join('')}</tr>` : '';
  const body = t.rows
    .map((row) => {
      let col = 0;
      const cells = row.map((raw) => {
        const c = cellOf(raw);
        const align = c.align ?? t.columns[col]?.align ?? 'left';
        col += c.colSpan ?? 1;
        const span = c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '';
        let inner = html(c.text);
        if (c.bold) inner = `<b>${inner}</b>`;
        if (c.italic) inner = `<i>${inner}</i>`;
        return `<td${span} style="text-align:${align}">${inner}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table class="grid" style="font-size:${size}pt"><colgroup>${cols}</colgroup><thead>${head}${nums}</thead><tbody>${body}</tbody></table>`;
}

function block(b: Block, layout: DocumentLayout): string {
  switch (b.kind) {
    case 'formCode':
      return `<div class="form-code">${html(b.text)}</div>`;
    case 'header':
      return header(b.header);
    case 'title': {
      const type = b.type ? `<div class="doc-type">${escapeHtml(upper(b.type))}</div>` : '';
      const lines = b.lines.map((l) => `<div class="excerpt">${html(l)}</div>`).join('');
      const sub = (b.subtitle ?? []).map((l) => `<div class="subtitle">${html(l)}</div>`).join('');
      return `<div class="title">${type}${lines}${sub}${b.rule === false ? '' : '<div class="title-rule"></div>'}</div>`;
    }
    case 'heading': {
      const tag = `h${b.level}`;
      return `<${tag}>${html(b.text)}</${tag}>`;
    }
    case 'paragraph': {
      const cls = b.indent === false ? '' : ' class="indent"';
      const style = [b.align ? `text-align:${b.align}` : '', b.sizePt ? `font-size:${b.sizePt}pt` : ''].filter(Boolean).join(';');
      return `<p${cls}${style ? ` style="${style}"` : ''}>${b.runs.map(runHtml).join('')}</p>`;
    }
    case 'fields':
      return `<div class="fields">${b.fields
        .map((f) => {
          const v = f.value === null || cleanLine(f.value) === '' ? '<span class="fill"></span>' : `<span class="value">${html(cleanLine(f.value))}</span>`;
          return `<div class="field"><span class="label">${html(f.label)}:</span>${v}</div>`;
        })
        .join('')}</div>`;
    case 'lines':
      return `<div class="lines">${'<div class="line"></div>'.repeat(Math.max(0, b.count))}</div>`;
    case 'table':
      return table(b.table, layout);
    case 'levels':
      return `<div class="levels${b.layout === 'column' ? ' column' : ''}">${LEVELS.map(
        (code) => `<span class="level"><span class="box">${b.checked === code ? 'X' : ''}</span><span>${html(LEVEL_NAMES[code])}</span></span>`,
      ).join('')}</div>`;
    case 'scores':
      return `<div class="scores">${b.rows
        .map((r) => {
          const v = r.value === null || r.value === undefined ? '……' : String(r.value).replace('.', ',');
          return `<div class="score"><span class="label">${html(r.label)}:</span><span>${v}/${r.max} điểm</span></div>`;
        })
        .join('')}</div>`;
    case 'closing': {
      const recipients = b.recipients
        ? `<div class="recipients-label">Nơi nhận:</div><div class="recipients">${b.recipients.map((r) => `<div>${html(r)}</div>`).join('')}</div>`
        : '';
      const left = recipients || signature(b.left);
      return `<div class="closing"><div class="left">${left}</div><div class="right">${signature(b.right)}</div></div>`;
    }
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'spacer':
      return `<div style="height:${b.mm}mm"></div>`;
    case 'group': {
      const style = b.heightMm ? ` style="height:${b.heightMm}mm"` : '';
      return `<div class="group${b.cutLine ? ' cut' : ''}"${style}>${b.blocks.map((x) => block(x, layout)).join('')}</div>`;
    }
  }
}

/** The body markup of a document (without <html>, for concatenation or tests). */
export function renderBlocks(blocks: readonly Block[], layout: DocumentLayout = DEFAULT_LAYOUT): string {
  return blocks.map((b) => block(b, layout)).join('\n');
}

/** The complete, self-contained HTML document. */
export function renderHtml(doc: PartyDocument, options: HtmlOptions = {}): string {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const css = printCss(layout, { orientation: doc.orientation, pageNumbers: doc.pageNumbers });
  return [
    '<!DOCTYPE html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${html(cleanLine(doc.title))}</title>`,
    `<style>${options.fontCss ?? ''}\n${css}</style>`,
    '</head><body>',
    renderBlocks(doc.blocks, layout),
    '</body></html>',
  ].join('\n');
}
