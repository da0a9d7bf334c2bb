// Joins the PDFs Chromium prints into one file, for "one combined PDF" of a batch. Each document is
// printed on its own — so its page numbers restart and its first page carries none (HD 36), which CSS
// cannot do inside one long HTML (Chromium ignores page-counter resets and named-page :first), and the
// batch can report progress per document — then the files are joined here.
//
// Scope: the classic PDF 1.4 files Chromium's Skia backend writes (an xref table, no object or xref
// streams). Objects are renumbered and each document's page tree is hung under one new root; stream
// data is copied byte for byte. Anything else is refused rather than guessed. Layer: electron/core.

interface ParsedPdf {
  /** Object number → the object's body (between "N 0 obj" and "endobj"), as latin1 text. */
  objects: Map<number, string>;
  root: number;
  info: number | null;
}

export class UnsupportedPdfError extends Error {
  constructor(why: string) {
    super(`Không ghép được tệp PDF: ${why}`);
    this.name = 'UnsupportedPdfError';
  }
}

function parse(buf: Uint8Array): ParsedPdf {
  const text = Buffer.from(buf).toString('latin1');
  const sx = text.lastIndexOf('startxref');
  if (sx < 0) throw new UnsupportedPdfError('thiếu startxref');
  const xrefAt = Number(/startxref\s+(\d+)/.exec(text.slice(sx))?.[1]);
  if (!text.startsWith('xref', xrefAt)) throw new UnsupportedPdfError('không phải bảng xref cổ điển');
  const offsets: { num: number; at: number }[] = [];
  const lines = text.slice(xrefAt).split(/\r?\n|\r/);
  let i = 1;
  while (i < lines.length && /^\d+ \d+\s*$/.test(lines[i]!)) {
    const [first, count] = lines[i]!.trim().split(' ').map(Number) as [number, number];
    for (let k = 0; k < count; k++) {
      const entry = lines[i + 1 + k]!.trim().split(/\s+/);
      if (entry[2] === 'n') offsets.push({ num: first + k, at: Number(entry[0]) });
    }
    i += count + 1;
  }
  const trailer = text.slice(text.indexOf('trailer', xrefAt));
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  if (!Number.isInteger(root)) throw new UnsupportedPdfError('thiếu /Root');
  const infoMatch = /\/Info (\d+) 0 R/.exec(trailer);
  offsets.sort((a, b) => a.at - b.at);
  const objects = new Map<number, string>();
  offsets.forEach((o, k) => {
    const end = k + 1 < offsets.length ? offsets[k + 1]!.at : xrefAt;
    const chunk = text.slice(o.at, end);
    const head = /^(\d+) 0 obj\s*/.exec(chunk);
    const tail = chunk.lastIndexOf('endobj');
    if (!head || Number(head[1]) !== o.num || tail < 0) throw new UnsupportedPdfError(`đối tượng ${o.num} không đọc được`);
    objects.set(o.num, chunk.slice(head[0].length, tail));
  });
  return { objects, root, info: infoMatch ? Number(infoMatch[1]) : null };
}

/** Splits an object body into the part holding syntax (dictionary, array…) and its stream data, if any. */
function splitStream(body: string): { syntax: string; stream: string } {
  let depth = 0;
  let k = 0;
  // Walk the leading object, skipping strings, until its dictionary closes.
  while (k < body.length) {
    const c = body[k]!;
    if (c === '(') {
      let nest = 1;
      k++;
      while (k < body.length && nest > 0) {
        if (body[k] === '\\') k++;
        else if (body[k] === '(') nest++;
        else if (body[k] === ')') nest--;
        k++;
      }
      continue;
    }
    if (c === '<' && body[k + 1] === '<') {
      depth++;
      k += 2;
      continue;
    }
    if (c === '>' && body[k + 1] === '>') {
      depth--;
      k += 2;
      if (depth === 0) break;
      continue;
    }
    if (depth === 0 && c !== ' ' && c !== '\n' && c !== '\r') {
      // Not a dictionary (a number, an array…): no stream can follow.
      return { syntax: body, stream: '' };
    }
    k++;
  }
  const rest = body.slice(k);
  return /^\s*stream(\r\n|\n)/.test(rest) ? { syntax: body.slice(0, k), stream: rest } : { syntax: body, stream: '' };
}

/** Replaces every "N 0 R" outside literal strings by the new number. */
function renumber(syntax: string, map: (n: number) => number): string {
  let out = '';
  let k = 0;
  let plainStart = 0;
  const flush = (end: number) => {
    out += syntax.slice(plainStart, end).replace(/(\d+) 0 R\b/g, (_, n: string) => `${map(Number(n))} 0 R`);
  };
  while (k < syntax.length) {
    if (syntax[k] === '(') {
      flush(k);
      const start = k;
      let nest = 1;
      k++;
      while (k < syntax.length && nest > 0) {
        if (syntax[k] === '\\') k++;
        else if (syntax[k] === '(') nest++;
        else if (syntax[k] === ')') nest--;
        k++;
      }
      out += syntax.slice(start, k);
      plainStart = k;
      continue;
    }
    k++;
  }
  flush(syntax.length);
  return out;
}

function refIn(syntax: string, key: string): number {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(syntax);
  if (!m) throw new UnsupportedPdfError(`thiếu /${key}`);
  return Number(m[1]);
}

/** Number of pages of a PDF printed by Chromium. */
export function pdfPageCount(buf: Uint8Array): number {
  const pdf = parse(buf);
  const pages = pdf.objects.get(refIn(pdf.objects.get(pdf.root) ?? '', 'Pages')) ?? '';
  return Number(/\/Count (\d+)/.exec(pages)?.[1] ?? 0);
}

/** A PDF text string: UTF-16BE with a byte-order mark, as hex. */
function pdfTextString(value: string): string {
  const bytes = Buffer.from('\uFEFF' + value, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/** Joins the PDFs in order into one; `title` becomes the document title. */
export function mergePdfs(files: readonly Uint8Array[], title: string): Buffer {
  if (files.length === 0) throw new UnsupportedPdfError('không có tệp nào');
  const bodies: string[] = ['', '', '']; // 1 catalog, 2 page tree root, 3 info (filled below)
  const kids: number[] = [];
  let total = 0;
  for (const file of files) {
    const pdf = parse(file);
    const pagesRoot = refIn(pdf.objects.get(pdf.root) ?? '', 'Pages');
    const map = new Map<number, number>();
    for (const num of pdf.objects.keys()) {
      if (num === pdf.root || num === pdf.info) continue;
      map.set(num, bodies.length + 1 + map.size);
    }
    const mapped = (n: number) => {
      const m = map.get(n);
      if (m === undefined) throw new UnsupportedPdfError(`tham chiếu tới đối tượng ${n} không có`);
      return m;
    };
    for (const [num, body] of pdf.objects) {
      if (!map.has(num)) continue;
      const { syntax, stream } = splitStream(body);
      let fixed = renumber(syntax, mapped);
      if (num === pagesRoot) {
        total += Number(/\/Count (\d+)/.exec(fixed)?.[1] ?? 0);
        fixed = fixed.replace('<<', '<</Parent 2 0 R ');
      }
      bodies.push(fixed + stream);
    }
    kids.push(mapped(pagesRoot));
  }
  bodies[0] = '<</Type /Catalog /Pages 2 0 R>>';
  bodies[1] = `<</Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${total}>>`;
  bodies[2] = `<</Title ${pdfTextString(title)} /Producer (KiemDiem)>>`;

  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${bodies.length + 1} /Root 1 0 R /Info 3 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
