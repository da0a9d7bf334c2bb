// The register's search while typing narrows the previous result instead of searching every row:
// this holds because a longer query can only lose rows. Properties over random rows and queries,
// in Vietnamese letters (precomposed and decomposed) and in any Unicode. Layer: test.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MemberListRow } from '../../shared/domain/member';
import { foldForSearch } from '../../shared/text/fold';
import { applySearch, createIncrementalSearch, searchRows } from '../../renderer/features/members/filter-members';

function row(i: number, name: string): MemberListRow {
  return {
    id: `m${i}`,
    fullName: name,
    searchKey: foldForSearch(name),
    gender: 'male',
    birthDate: '1980-01-01',
    orgUnitId: 'u1',
    status: 'official',
    category: 'outside',
    partyRole: 'member',
    cardNo: null,
  };
}

const toRows = (names: string[]) => names.map((n, i) => row(i, n));

/** Letters of Vietnamese names, with and without marks, both cases, decomposed marks, spaces, digits. */
const vietnameseChar = fc.constantFrom(
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂDĐEÊGHINOÔƠTUƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠĐẶẦẤỄỆÌÍỒỘỚỰỲ019',
  ...['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b'],
  ' ',
  ' ',
  '  ',
  '\t',
);
const vietnameseText = (maxLength: number) => fc.array(vietnameseChar, { maxLength }).map((cs) => cs.join(''));
const vietnameseRows = fc.array(vietnameseText(14), { maxLength: 40 }).map(toRows);
/** Any Unicode, whole grapheme clusters included. */
const anyText = (maxLength: number) => fc.oneof(fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary', maxLength }), vietnameseText(maxLength));
const anyRows = fc.array(anyText(14), { maxLength: 40 }).map(toRows);

const ids = (rows: readonly MemberListRow[]) => rows.map((r) => r.id);

describe('incremental search', () => {
  it('searching q + x equals searching the result for q again with q + x (Vietnamese text)', () => {
    fc.assert(
      fc.property(vietnameseRows, vietnameseText(8), vietnameseText(4), (rows, q, x) => {
        const longer = applySearch(rows, q + x);
        expect(ids(applySearch(applySearch(rows, q), q + x))).toEqual(ids(longer));
        // …which is why the result for q + x is a subset of the one for q, in the same order.
        expect(ids(applySearch(rows, q)).filter((id) => ids(longer).includes(id))).toEqual(ids(longer));
        // For these letters, typing more always extends the folded query.
        expect(foldForSearch(q + x).startsWith(foldForSearch(q))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('in any Unicode, a folded query that extends another finds a subset of its rows', () => {
    fc.assert(
      fc.property(anyRows, anyText(8), anyText(4), (rows, q, x) => {
        fc.pre(foldForSearch(q + x).startsWith(foldForSearch(q)));
        expect(ids(applySearch(applySearch(rows, q), q + x))).toEqual(ids(applySearch(rows, q + x)));
      }),
      { numRuns: 2000 },
    );
  });

  it('folding a longer text does not always give a longer folded text, and the search still finds every row', () => {
    // Greek capital sigma folds to final ς at the end of a word and to σ inside one.
    expect(foldForSearch('ΑΣ')).toBe('ας');
    expect(foldForSearch('ΑΣΑ')).toBe('ασα');
    const rows = toRows(['ασα', 'Nguyễn Văn An']);
    const search = createIncrementalSearch();
    expect(ids(search(rows, 'ΑΣ'))).toEqual([]);
    expect(ids(search(rows, 'ΑΣΑ'))).toEqual(['m0']);
  });

  it('while typing, deleting, pasting and reloading rows, every result equals the full search', () => {
    type Step = { kind: 'type'; text: string } | { kind: 'back'; n: number } | { kind: 'set'; text: string } | { kind: 'rows'; names: string[] };
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 6, arbitrary: anyText(3).map((text) => ({ kind: 'type' as const, text })) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: 'back' as const, n })) },
      { weight: 1, arbitrary: anyText(10).map((text) => ({ kind: 'set' as const, text })) },
      { weight: 1, arbitrary: fc.array(anyText(14), { maxLength: 30 }).map((names) => ({ kind: 'rows' as const, names })) },
    );
    fc.assert(
      fc.property(anyRows, fc.array(step, { maxLength: 30 }), (initial, steps) => {
        const search = createIncrementalSearch();
        let rows = initial;
        let query = '';
        expect(search(rows, query)).toBe(rows);
        for (const s of steps) {
          if (s.kind === 'type') query += s.text;
          else if (s.kind === 'back') query = [...query].slice(0, -s.n).join('');
          else if (s.kind === 'set') query = s.text;
          else rows = toRows(s.names);
          expect(ids(search(rows, query))).toEqual(ids(applySearch(rows, query)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('narrows the previous result, goes back along the chain on Backspace, and starts again for new rows', () => {
    const rows = toRows(['Nguyễn Văn An', 'Nguyễn Thị Bình', 'Trần Văn An', 'Đặng Văn Cường']);
    const ng = searchRows(rows, 'Ng');
    expect(ng.parent).toBeNull();
    const nguyenV = searchRows(rows, 'Nguyễn V', ng);
    expect(nguyenV.parent).toBe(ng);
    expect(nguyenV.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
    // Same folded query (a trailing space, marks or case): the same result object.
    expect(searchRows(rows, 'nguyen v ', nguyenV)).toBe(nguyenV);
    // Backspace to a prefix already searched: that result, found without searching.
    expect(searchRows(rows, 'ng', nguyenV)).toBe(ng);
    // Another list of rows: a full search.
    const other = [...rows];
    const fresh = searchRows(other, 'Nguyễn V', nguyenV);
    expect(fresh.parent).toBeNull();
    expect(fresh.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
    // An empty query shows the rows themselves.
    expect(searchRows(rows, '  ', nguyenV).rows).toBe(rows);
  });
});
