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

/** Whether one folded text (a row's search key) matches a compiled query. */
export type FoldedMatcher = (foldedText: string) => boolean;

const matchAll: FoldedMatcher = () => true;

/**
 * Compiles a folded query once, for testing many texts: a text matches when it contains every word
 * of the query, each anywhere — so "nguyen van" and "van ngu" both find "Nguyễn Văn An". A one-word
 * query is a single `includes`; with several words, repeated words and words inside a longer word of
 * the query are dropped (they add nothing) and the longest word is tried first (it fails soonest).
 */
export function createFoldedMatcher(foldedQuery: string): FoldedMatcher {
  const distinct = [...new Set(foldedQuery.split(' '))].filter((w) => w !== '').sort((a, b) => b.length - a.length);
  const words = distinct.filter((w, i) => !distinct.some((longer, j) => j < i && longer.includes(w)));
  if (words.length === 0) return matchAll;
  if (words.length === 1) {
    const word = words[0]!;
    return (text) => text.includes(word);
  }
  return (text) => {
    for (const word of words) if (!text.includes(word)) return false;
    return true;
  };
}

/** True when every word of the folded query occurs in the folded text (see createFoldedMatcher). */
export function matchesFolded(foldedText: string, foldedQuery: string): boolean {
  return createFoldedMatcher(foldedQuery)(foldedText);
}
