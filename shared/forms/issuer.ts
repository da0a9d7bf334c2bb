// The body a form is issued by (or printed for): the two lines of the header table, the place, the
// issuer code of the number, and who signs — derived from the org tree the way party documents name
// them: a chi bộ under its đảng bộ; a đảng bộ as its đảng ủy under the level above. Layer: shared.
import type { OrgKind } from '../domain/enums';
import type { HeaderSpec, Signature } from '../documents/model';
import { formatDocumentNumber, issuerCodeFor, type DocumentTypeCode } from '../documents/numbering';
import { cleanLine } from '../documents/text';
import type { MissingItem } from './types';
import { whereUnitSecretary } from './where';

export interface IssuerInfo {
  /** Tên cơ quan cấp trên trực tiếp as stored, e.g. "Đảng bộ xã Xuân Hòa"; null when unknown. */
  upperBody: string | null;
  /** Tên cơ quan ban hành, e.g. "Chi bộ thôn Đông", "Đảng ủy xã Xuân Hòa". */
  issuingBody: string;
  /** The org unit's own name (for "của Chi bộ thôn Đông" in titles). */
  unitName: string;
  kind: OrgKind;
  /** Địa danh printed before the date. */
  place: string;
  /** Full name of the bí thư, when the register has one. */
  secretaryName: string | null;
  /** A fully blank form: the body is written in by hand, so no signer is expected. */
  blank?: boolean;
}

export interface IssuerSource {
  unit: { name: string; kind: OrgKind };
  /** The unit above (the đảng bộ cơ sở of a chi bộ trực thuộc, or the commune organization). */
  parent: { name: string; kind: OrgKind } | null;
  commune: { name: string; province: string; placeName: string };
  secretaryName: string | null;
}

/** "Đảng bộ xã Xuân Hòa" → "Đảng ủy xã Xuân Hòa": a đảng bộ issues documents as its đảng ủy. */
export function committeeName(partyOrgName: string): string {
  const name = cleanLine(partyOrgName);
  // A lookahead, not \b: \b only knows ASCII letters and fails after "ộ".
  return /^đảng bộ(?=\s|$)/iu.test(name) ? name.replace(/^đảng bộ/iu, 'Đảng ủy') : `Đảng ủy ${name}`;
}

/** "Tỉnh Phú Thọ" → "Đảng bộ tỉnh Phú Thọ" (the commune's upper body since 01/7/2025). */
export function provincePartyName(province: string): string {
  const p = cleanLine(province);
  return /^(tỉnh|thành phố)(?=\s|$)/iu.test(p) ? `Đảng bộ ${p.charAt(0).toLocaleLowerCase('vi')}${p.slice(1)}` : `Đảng bộ tỉnh ${p}`;
}

export function issuerOf(source: IssuerSource): IssuerInfo {
  const { unit, parent, commune } = source;
  const base = { unitName: cleanLine(unit.name), kind: unit.kind, place: commune.placeName, secretaryName: source.secretaryName };
  switch (unit.kind) {
    case 'commune':
      return { ...base, upperBody: provincePartyName(commune.province), issuingBody: committeeName(unit.name) };
    case 'basic-committee':
      return { ...base, upperBody: parent?.name ?? commune.name, issuingBody: committeeName(unit.name) };
    default:
      return { ...base, upperBody: parent?.name ?? commune.name, issuingBody: unit.name };
  }
}

/** "T/M CHI BỘ" for a chi bộ, "T/M ĐẢNG ỦY" for a đảng ủy; signed by the bí thư. */
export function issuerSignature(issuer: IssuerInfo): Signature & { authority: string } {
  const cell = issuer.kind === 'cell' || issuer.kind === 'basic-cell';
  return { authority: cell ? 'T/M CHI BỘ' : 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: issuer.secretaryName };
}

/** The header table of a document of this issuer. */
export function issuerHeader(issuer: IssuerInfo, options: { type?: DocumentTypeCode; number?: number | null; date: string | null; year?: number }): HeaderSpec {
  return {
    upperBody: issuer.upperBody,
    issuingBody: issuer.issuingBody,
    number: options.type ? formatDocumentNumber(options.number ?? null, options.type, issuerCodeFor(issuer.kind)) : null,
    place: issuer.place,
    date: options.date,
    year: options.year,
  };
}

/** A missing-item when the issuer has no bí thư to sign. */
export function secretaryMissing(issuer: IssuerInfo): MissingItem[] {
  if (issuer.secretaryName || issuer.blank) return [];
  return [
    {
      field: 'unit.secretary',
      message: `${issuer.unitName} chưa có bí thư trong danh sách đảng viên: chỗ ký "${issuerSignature(issuer).authority} / BÍ THƯ" sẽ để trống tên.`,
      where: whereUnitSecretary(issuer.unitName),
    },
  ];
}
