// What every printable form returns: the self-contained HTML, its title, and the data it still misses
// (never a half-empty form without warning: each missing item says what is missing and where in the app
// to fill it in). Forms are built as a PartyDocument first (shared/documents/model.ts), so the Word
// renderer prints the very same content. Layer: shared.
import type { DocumentLayout } from '../documents/layout';
import type { PartyDocument } from '../documents/model';
import { renderHtml } from '../documents/render-html';

export interface MissingItem {
  /** Machine name of the missing field, e.g. `member.hometown`, `unit.secretary`. */
  field: string;
  /** Vietnamese: what is missing, e.g. "Chưa có quê quán của đồng chí Nguyễn Văn An." */
  message: string;
  /** Vietnamese: where to fill it in, e.g. "Đảng viên › Nguyễn Văn An › Sửa thông tin › Quê quán". */
  where: string;
}

export interface BuiltForm {
  document: PartyDocument;
  missing: MissingItem[];
}

export interface FormOutput {
  html: string;
  title: string;
  missing: MissingItem[];
}

export interface RenderOptions {
  layout?: DocumentLayout;
  /** @font-face rules of the bundled font; the core passes them, pure tests may leave them out. */
  fontCss?: string;
}

export function toOutput(built: BuiltForm, options: RenderOptions = {}): FormOutput {
  return { html: renderHtml(built.document, options), title: built.document.title, missing: built.missing };
}
