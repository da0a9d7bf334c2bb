// Diacritic- and case-insensitive search keys: "Nguyễn Văn Đặng" → "nguyen van dang". Layer: shared.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, đ → d, single spaces. Used for stored search keys and for queries. */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of the folded query occurs in the folded text, the last word as a prefix of a
 * word and the others anywhere — so "nguyen van" and "van ngu" both find "Nguyễn Văn An".
 */
export function matchesFolded(foldedText: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  return foldedText.includes(foldedQuery) || foldedQuery.split(' ').every((word) => foldedText.includes(word));
}
