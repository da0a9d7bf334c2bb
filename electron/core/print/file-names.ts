// File names of printed forms: ASCII (diacritics folded, đ → d), safe on Windows, FAT USB sticks and
// e-mail, unique per subject by a short id suffix. Layer: electron/core.
import { foldForSearch } from '../../../shared/text/fold';

export function slug(value: string, max = 60): string {
  return (
    foldForSearch(value)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/g, '') || 'tai-lieu'
  );
}

export function subjectFileName(form: string, parts: readonly string[], id: string | null, extension: 'pdf' | 'docx'): string {
  const name = [slug(form, 20), ...parts.map((p) => slug(p))].filter(Boolean).join('_');
  return `${name}${id ? `_${id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}` : ''}.${extension}`;
}
