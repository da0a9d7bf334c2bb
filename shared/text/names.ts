// Vietnamese personal names: split into family, middle and given names, and sort the way an office
// list is sorted — by given name, then middle name, then family name, with Vietnamese collation. Layer: shared.

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/** "Nguyễn Thị Minh Khai" → {family: "Nguyễn", middle: "Thị Minh", given: "Khai"}. */
export function splitVietnameseName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0]! };
  return { family: words[0]!, middle: words.slice(1, -1).join(' '), given: words[words.length - 1]! };
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compares two full names in Vietnamese list order (given, then middle, then family name). */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitVietnameseName(a);
  const pb = splitVietnameseName(b);
  return collator.compare(pa.given, pb.given) || collator.compare(pa.middle, pb.middle) || collator.compare(pa.family, pb.family);
}

/** Sorts items by a name field in Vietnamese list order (stable; returns a new array). */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  // Pre-split once: splitting inside the comparator would redo it O(n log n) times for 20 000 members.
  const keyed = items.map((item, index) => ({ item, index, parts: splitVietnameseName(nameOf(item)) }));
  keyed.sort(
    (x, y) =>
      collator.compare(x.parts.given, y.parts.given) ||
      collator.compare(x.parts.middle, y.parts.middle) ||
      collator.compare(x.parts.family, y.parts.family) ||
      x.index - y.index,
  );
  return keyed.map((k) => k.item);
}
