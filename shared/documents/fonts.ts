// @font-face rules for the bundled Tinos, declared under the layout's private family name with the
// woff2 data inlined as data: URLs: the HTML is self-contained (preview in a sandboxed iframe, PDF in
// Chromium or Electron, no file or network access) and the PDF embeds Tinos and nothing else. The core
// reads the files; this module only formats them. Layer: shared.

export interface FontFaceSource {
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** The subset's unicode-range, e.g. "U+0000-00FF,…" (fontsource's unicode.json). */
  unicodeRange: string;
  /** The woff2 file, base64-encoded. */
  woff2Base64: string;
}

export function fontFaceCss(family: string, faces: readonly FontFaceSource[]): string {
  return faces
    .map(
      (f) =>
        `@font-face{font-family:'${family}';font-style:${f.style};font-weight:${f.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${f.woff2Base64}) format('woff2');unicode-range:${f.unicodeRange};}`,
    )
    .join('\n');
}
