// Text utilities: NFC normalization, diacritic folding for search, Vietnamese name order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFoldedMatcher, foldForSearch, matchesFolded } from '../../shared/text/fold';
import { normalizeLine, normalizeText, normalizeDeep } from '../../shared/text/normalize';
import { compareVietnameseNames, sortByVietnameseName, splitVietnameseName } from '../../shared/text/names';
import { formatDateVi, isIsoDate } from '../../shared/text/dates';

describe('normalization', () => {
  it('turns decomposed Vietnamese into NFC', () => {
    const decomposed = 'Nguyễn Thị Hằng'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Hằng');
    expect(normalizeLine(decomposed)).toBe('Nguyễn Thị Hằng');
  });
  it('removes control and zero-width characters and collapses spaces in one-line fields', () => {
    expect(normalizeLine('  Trần\u0007 Văn\u200B   An\uFEFF ')).toBe('Trần Văn An');
  });
  it('keeps line breaks in multi-line text and unifies CRLF', () => {
    expect(normalizeText('dòng 1\r\ndòng 2')).toBe('dòng 1\ndòng 2');
  });
  it('normalizes every string of a nested value', () => {
    expect(normalizeDeep({ a: ['Hằng'.normalize('NFD')], b: 1 })).toEqual({ a: ['Hằng'], b: 1 });
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeLine(normalizeLine(s)) === normalizeLine(s)));
  });
});

describe('folding for search', () => {
  it('ignores diacritics and case, and maps đ to d', () => {
    expect(foldForSearch('Nguyễn Văn Đặng')).toBe('nguyen van dang');
    expect(foldForSearch('ĐẶNG THỊ HỒNG')).toBe('dang thi hong');
    expect(foldForSearch('Nguyễn Văn'.normalize('NFD'))).toBe('nguyen van');
  });
  it('"nguyen van" and "Nguyễn Văn" match the same names; "dang" finds "Đặng"', () => {
    const key = foldForSearch('Nguyễn Văn An');
    expect(matchesFolded(key, foldForSearch('nguyen van'))).toBe(true);
    expect(matchesFolded(key, foldForSearch('Nguyễn Văn'))).toBe(true);
    expect(matchesFolded(foldForSearch('Đặng Thị Mai'), foldForSearch('dang'))).toBe(true);
    expect(matchesFolded(key, foldForSearch('tran'))).toBe(false);
  });
  it('the compiled matcher finds a text when it holds every word of the query, each anywhere', () => {
    const key = foldForSearch('Nguyễn Văn An 10000002');
    expect(createFoldedMatcher('')(key)).toBe(true);
    expect(createFoldedMatcher('van ngu')(key)).toBe(true);
    expect(createFoldedMatcher('an an an')(key)).toBe(true);
    expect(createFoldedMatcher('nguyen thi')(key)).toBe(false);
    expect(createFoldedMatcher('0002 nguyen')(key)).toBe(true);
    // A word inside a longer word of the query adds nothing: "an" is in "van".
    expect(createFoldedMatcher('an van')(foldForSearch('Trần Văn Bình'))).toBe(true);
  });
  it('the compiled matcher agrees with testing each word of the query in turn', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'n', 'g', 'u', 'y', 'e', 'v', '0', '1'), maxLength: 5 });
    const folded = fc.array(word, { maxLength: 4 }).map((ws) => foldForSearch(ws.join(' ')));
    const reference = (text: string, query: string) => query === '' || text.includes(query) || query.split(' ').every((w) => text.includes(w));
    fc.assert(
      fc.property(folded, folded, (text, query) => {
        const expected = reference(text, query);
        return createFoldedMatcher(query)(text) === expected && matchesFolded(text, query) === expected;
      }),
      { numRuns: 3000 },
    );
  });
  it('folding is idempotent and the query always matches its own text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = foldForSearch(s);
        return foldForSearch(f) === f && matchesFolded(f, f);
      }),
    );
  });
});

describe('Vietnamese name order', () => {
  it('splits family, middle and given names', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Khai')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' });
    expect(splitVietnameseName('Lê An')).toEqual({ family: 'Lê', middle: '', given: 'An' });
  });
  it('sorts by given name, then middle, then family name', () => {
    const names = ['Nguyễn Thị Bình', 'Trần Văn An', 'Lê Văn Bình', 'Phạm Thị An', 'Đỗ Văn Đức', 'Vũ Văn Dũng'];
    expect(sortByVietnameseName(names, (n) => n)).toEqual(['Phạm Thị An', 'Trần Văn An', 'Nguyễn Thị Bình', 'Lê Văn Bình', 'Vũ Văn Dũng', 'Đỗ Văn Đức']);
  });
  it('uses Vietnamese collation (Ă, Â after A; Đ after D; Ơ after O)', () => {
    expect(compareVietnameseNames('X Y Ân', 'X Y Anh')).toBeGreaterThan(0);
    expect(compareVietnameseNames('X Y Đông', 'X Y Dũng')).toBeGreaterThan(0);
    expect(compareVietnameseNames('X Y Ơn', 'X Y Oanh')).toBeGreaterThan(0);
  });
  it('sorting is a permutation and agrees with the comparator', () => {
    const name = fc.array(fc.constantFrom('Nguyễn', 'Trần', 'Thị', 'Văn', 'An', 'Ân', 'Bình', 'Đức', 'Dũng'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), (names) => {
        const sorted = sortByVietnameseName(names, (n) => n);
        expect([...sorted].sort()).toEqual([...names].sort());
        for (let i = 1; i < sorted.length; i++) expect(compareVietnameseNames(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });
  it('formats as dd/mm/yyyy', () => {
    expect(formatDateVi('2026-12-05')).toBe('05/12/2026');
  });
});

describe('Vietnamese date entry', () => {
  it('reads day first, with /, - or . separators, and ISO', async () => {
    const { parseVietnameseDate } = await import('../../shared/text/dates');
    expect(parseVietnameseDate('05/12/2026')).toBe('2026-12-05');
    expect(parseVietnameseDate('5/2/2026')).toBe('2026-02-05');
    expect(parseVietnameseDate(' 05-12-2026 ')).toBe('2026-12-05');
    expect(parseVietnameseDate('05.12.2026')).toBe('2026-12-05');
    expect(parseVietnameseDate('2026-12-05')).toBe('2026-12-05');
  });
  it('refuses impossible or partial dates instead of guessing', async () => {
    const { parseVietnameseDate } = await import('../../shared/text/dates');
    expect(parseVietnameseDate('30/02/2026')).toBeNull();
    expect(parseVietnameseDate('12/13/2026')).toBeNull(); // month first is not read as 13 December
    expect(parseVietnameseDate('05/12')).toBeNull();
    expect(parseVietnameseDate('05/12/26')).toBeNull();
  });
  it('round-trips with formatDateVi for every real date', async () => {
    const { parseVietnameseDate } = await import('../../shared/text/dates');
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        return parseVietnameseDate(formatDateVi(iso)) === iso;
      }),
    );
  });
});
