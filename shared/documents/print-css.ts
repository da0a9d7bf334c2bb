// The print CSS of a party document, generated from the layout values (layout.ts): @page A4 with the
// HD 36 margins, page numbers from page 2 centred in the top margin, and the style of every element.
//
// Page numbers use CSS page-margin boxes (@top-center with counter(page), none on :first), not
// Chromium's headerTemplate: the header template is rendered without the page's web fonts, so Chromium
// fell back to DejaVu Sans for the digits (checked with pdffonts) and showed it on page 1 too. Margin
// boxes use the document's own Tinos, need no print option, and print the same in Electron's printToPDF.
// Layer: shared.
import { pageSize, type DocumentLayout, type ElementStyle, type Orientation } from './layout';

function font(s: ElementStyle): string {
  return [
    `font-size:${s.sizePt}pt`,
    `font-weight:${s.bold ? 700 : 400}`,
    `font-style:${s.italic ? 'italic' : 'normal'}`,
    s.upper ? 'text-transform:uppercase' : '',
    s.underline ? 'text-decoration:underline' : '',
  ]
    .filter(Boolean)
    .join(';');
}

export interface PrintCssOptions {
  orientation: Orientation;
  pageNumbers: boolean;
}

export function printCss(layout: DocumentLayout, options: PrintCssOptions): string {
  const { widthMm, heightMm } = pageSize(layout, options.orientation);
  const m = layout.page.margins;
  const e = layout.elements;
  const family = `'${layout.font.family}'`;
  const pageNumbers = options.pageNumbers
    ? `@page{@top-center{content:counter(page);font-family:${family};font-size:${layout.pageNumbers.sizePt}pt;vertical-align:middle}}
@page:first{@top-center{content:none}}`
    : '';
  return `@page{size:${widthMm}mm ${heightMm}mm;margin:${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm}
${pageNumbers}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:#000;background:#fff;font-family:${family};${font(e.body)};line-height:${layout.lineHeight};-webkit-font-smoothing:antialiased}
@media screen{body{box-sizing:border-box;width:${widthMm}mm;padding:${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm;margin:0 auto}}
p{margin:0 0 ${layout.paragraphAfterPt}pt 0;text-align:justify}
p.indent{text-indent:${layout.firstLineIndentMm}mm}
.form-code{text-align:right;${font(e.formCode)};margin-bottom:2mm}
table.hdr{width:100%;border-collapse:collapse;margin-bottom:6mm}
table.hdr td{padding:0;text-align:center;vertical-align:top}
table.hdr td.l{width:${layout.headerLeftColumnMm}mm}
.upper-body{${font(e.upperBody)}}
.issuing-body{${font(e.issuingBody)}}
.star{${font(e.body)};line-height:1}
.doc-number{${font(e.number)};padding-top:1mm}
.party{display:inline-block;${font(e.partyTitle)};border-bottom:1px solid #000;padding-bottom:1pt}
.place-date{${font(e.placeDate)};padding-top:1mm}
.title{text-align:center;margin:2mm 0 5mm}
.doc-type{${font(e.documentType)}}
.excerpt{${font(e.excerpt)}}
.subtitle{${font(e.note)}}
.title-rule{width:35mm;margin:2mm auto 0;border-top:1px solid #000}
h1,h2,h3{margin:${layout.paragraphAfterPt * 1.5}pt 0 ${layout.paragraphAfterPt}pt 0;text-align:justify}
h1{${font(e.heading)};text-transform:uppercase}
h2{${font(e.heading)}}
h3{${font(e.body)};font-weight:700;font-style:italic;text-indent:${layout.firstLineIndentMm}mm}
.fields{margin:0 0 ${layout.paragraphAfterPt}pt 0}
.field{display:flex;align-items:baseline;gap:1.5mm;margin-bottom:1.5mm}
.field .label{white-space:nowrap}
.field .value{flex:1}
.fill{flex:1;border-bottom:1px dotted #000;min-width:10mm;height:1em}
.lines .line{border-bottom:1px dotted #000;height:${layout.lineHeight * e.body.sizePt}pt}
table.grid{width:100%;border-collapse:collapse;table-layout:fixed;margin:2mm 0 ${layout.paragraphAfterPt * 2}pt}
table.grid th,table.grid td{border:1px solid #000;padding:1mm 1.2mm;vertical-align:top;overflow-wrap:anywhere;line-height:1.2}
table.grid th{font-weight:700;text-align:center;vertical-align:middle}
table.grid thead{display:table-header-group}
table.grid tr{break-inside:avoid}
table.grid .num-row th{font-weight:400;font-style:italic}
.levels{display:flex;flex-wrap:wrap;gap:2mm 8mm;margin:1mm 0 ${layout.paragraphAfterPt * 2}pt ${layout.firstLineIndentMm}mm}
.levels.column{flex-direction:column}
.level{display:flex;align-items:center;gap:2mm}
.box{display:inline-block;box-sizing:border-box;width:4.5mm;height:4.5mm;border:1px solid #000;text-align:center;line-height:4mm;font-size:11pt;font-weight:700}
.scores .score{display:flex;gap:2mm;margin:0 0 1.5mm ${layout.firstLineIndentMm}mm}
.scores .score .label{flex:1}
.closing{display:flex;justify-content:space-between;align-items:flex-start;margin-top:6mm;break-inside:avoid}
.closing .left{width:48%}
.closing .right{width:50%;margin-left:auto}
.sign{text-align:center}
.sign .authority{${font(e.signerAuthority)}}
.sign .sign-title{${font(e.signerTitle)}}
.sign .hint{${font(e.note)}}
.sign .space{height:${layout.signatureSpaceMm}mm}
.sign .name{${font(e.signerName)}}
.recipients-label{${font(e.recipientsLabel)}}
.recipients{${font(e.recipients)};line-height:1.2}
.page-break{break-after:page}
.group{box-sizing:border-box;break-inside:avoid;overflow:hidden}
.group.cut{border-bottom:1px dashed #000}
`;
}
