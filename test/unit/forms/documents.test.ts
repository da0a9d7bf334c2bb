// The party-document building blocks: dates and numbers as party documents print them, text cleaning
// and escaping on the way in, the header table, the print CSS from the layout values, and the HTML
// of a document (self-contained, no scripts).
import { describe, expect, it } from 'vitest';
import { dateParts, placeAndDate, shortDate } from '../../../shared/documents/dates';
import { HD36_LAYOUT, textWidthMm } from '../../../shared/documents/layout';
import { formatDocumentNumber, issuerCodeFor } from '../../../shared/documents/numbering';
import { printCss } from '../../../shared/documents/print-css';
import { renderHtml } from '../../../shared/documents/render-html';
import { cleanLine, html } from '../../../shared/documents/text';
import { committeeName, issuerOf, provincePartyName } from '../../../shared/forms/issuer';
import { composedName, decomposedName } from './fixtures';

describe('dates on party documents', () => {
  it('pads the day below 10 and the months 1 and 2 only', () => {
    expect(placeAndDate('Xuân Hòa', '2026-12-05')).toBe('Xuân Hòa, ngày 05 tháng 12 năm 2026');
    expect(placeAndDate('Xuân Hòa', '2026-01-09')).toBe('Xuân Hòa, ngày 09 tháng 01 năm 2026');
    expect(placeAndDate('Xuân Hòa', '2026-02-28')).toBe('Xuân Hòa, ngày 28 tháng 02 năm 2026');
    expect(placeAndDate('Xuân Hòa', '2026-03-15')).toBe('Xuân Hòa, ngày 15 tháng 3 năm 2026');
    expect(dateParts('2026-11-10')).toEqual({ day: '10', month: '11', year: '2026' });
    expect(shortDate('2026-03-05')).toBe('05/03/2026');
  });

  it('leaves day and month blank to fill by hand when there is no date', () => {
    expect(placeAndDate('Xuân Hòa', null, 2026)).toBe('Xuân Hòa, ngày …… tháng …… năm 2026');
  });
});

describe('document numbers', () => {
  it('prints "Số 12-BC/ĐU" with a leading 0 below 10 and the issuer code of the body', () => {
    expect(formatDocumentNumber(12, 'BC', 'ĐU')).toBe('Số 12-BC/ĐU');
    expect(formatDocumentNumber(3, 'BC', issuerCodeFor('basic-cell'))).toBe('Số 03-BC/CB');
    expect(formatDocumentNumber(null, 'QĐ', issuerCodeFor('commune'))).toBe('Số\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0-QĐ/ĐU');
  });
});

describe('text on the way in', () => {
  it('normalizes to NFC and strips control and zero-width characters', () => {
    expect(cleanLine(decomposedName)).toBe(composedName);
    expect(cleanLine(decomposedName).normalize('NFC')).toBe(cleanLine(decomposedName));
  });

  it('escapes HTML so that names cannot inject markup', () => {
    expect(html('<script>alert(1)</script> & "x"')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});

describe('issuer names', () => {
  it('names a đảng bộ by its đảng ủy and the commune under the province', () => {
    expect(committeeName('Đảng bộ xã Xuân Hòa')).toBe('Đảng ủy xã Xuân Hòa');
    expect(provincePartyName('Tỉnh Phú Thọ')).toBe('Đảng bộ tỉnh Phú Thọ');
    const commune = { name: 'Đảng bộ xã Xuân Hòa', province: 'Tỉnh Phú Thọ', placeName: 'Xuân Hòa' };
    const own = issuerOf({ unit: { name: 'Đảng bộ xã Xuân Hòa', kind: 'commune' }, parent: null, commune, secretaryName: null });
    expect(own).toMatchObject({ upperBody: 'Đảng bộ tỉnh Phú Thọ', issuingBody: 'Đảng ủy xã Xuân Hòa' });
    const cell = issuerOf({ unit: { name: 'Chi bộ thôn Đông', kind: 'cell' }, parent: { name: 'Đảng bộ Trường THCS', kind: 'basic-committee' }, commune, secretaryName: 'A' });
    expect(cell).toMatchObject({ upperBody: 'Đảng bộ Trường THCS', issuingBody: 'Chi bộ thôn Đông' });
  });
});

describe('print CSS and HTML', () => {
  it('takes page size, margins and sizes from the layout values (HD 36)', () => {
    const css = printCss(HD36_LAYOUT, { orientation: 'portrait', pageNumbers: true });
    expect(css).toContain('@page{size:210mm 297mm;margin:20mm 15mm 20mm 30mm}');
    expect(css).toContain('@top-center{content:counter(page)');
    expect(css).toContain('@page:first{@top-center{content:none}}');
    expect(css).toMatch(/\.party\{[^}]*font-size:15pt;font-weight:700/);
    expect(css).toMatch(/\.recipients\{font-size:12pt/);
    expect(printCss(HD36_LAYOUT, { orientation: 'landscape', pageNumbers: false })).toContain('size:297mm 210mm');
    expect(textWidthMm(HD36_LAYOUT, 'portrait')).toBe(165);
  });

  it('renders a self-contained document: header table, title, CSP without scripts, escaped text', () => {
    const out = renderHtml({
      title: 'Báo cáo <thử>',
      orientation: 'portrait',
      pageNumbers: true,
      blocks: [
        { kind: 'header', header: { upperBody: 'Đảng bộ xã Xuân Hòa', issuingBody: 'Chi bộ thôn Đông', number: 'Số 12-BC/CB', place: 'Xuân Hòa', date: '2026-12-05' } },
        { kind: 'title', type: 'Báo cáo', lines: ['kiểm điểm năm 2026'] },
        { kind: 'paragraph', runs: [{ text: decomposedName }] },
        { kind: 'closing', recipients: ['- Đảng ủy xã (để báo cáo),', '- Lưu Chi bộ.'], right: { authority: 'T/M CHI BỘ', title: 'BÍ THƯ', name: 'Nguyễn Văn Bình' } },
      ],
    });
    expect(out).toContain('ĐẢNG BỘ XÃ XUÂN HÒA');
    expect(out).toContain('CHI BỘ THÔN ĐÔNG');
    expect(out).toContain('<span class="party">ĐẢNG CỘNG SẢN VIỆT NAM</span>');
    expect(out).toContain('Số 12-BC/CB');
    expect(out).toContain('Xuân Hòa, ngày 05 tháng 12 năm 2026');
    expect(out).toContain('<div class="doc-type">BÁO CÁO</div>');
    expect(out).toContain(composedName);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('<title>Báo cáo &lt;thử&gt;</title>');
    expect(out).toContain('Nơi nhận:');
    expect(out).toContain("default-src 'none'");
    expect(out).not.toMatch(/<script/i);
  });
});
