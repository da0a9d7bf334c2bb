// Phiếu biểu quyết xếp loại chất lượng đảng viên for a whole chi bộ: one ballot per member the year
// classifies (roster from the register and the eligibility rules), each with the four level boxes, three
// ballots per A4 page with a cut line between them; `copies` repeats each ballot (one per voter).
// Paper ballots must reconcile with the vote (lessons-from-peers.md), so each ballot names its member.
// Layer: shared.
import type { Block } from '../documents/model';
import { upper } from '../documents/text';
import type { IssuerInfo } from './issuer';
import { toOutput, type BuiltForm, type FormOutput, type MissingItem, type RenderOptions } from './types';
import { whereYear } from './where';

export interface BallotMember {
  fullName: string;
  /** "Bí thư", "Đảng viên"… */
  partyRole: string;
  /** True for a dự bị member (classified, but cannot vote). */
  probationary: boolean;
}

export interface BallotsModel {
  issuer: IssuerInfo;
  year: number;
  members: BallotMember[];
  /** Ballots printed per member (one per voter for a secret ballot); 1 to print a master set. */
  copies: number;
}

/** Three ballots fill the 257 mm text height of an A4 page with the HD 36 margins. */
export const BALLOTS_PER_PAGE = 3;
const BALLOT_HEIGHT_MM = 84;

function ballot(model: BallotsModel, m: BallotMember): Block {
  const small = 12;
  return {
    kind: 'group',
    heightMm: BALLOT_HEIGHT_MM,
    cutLine: true,
    blocks: [
      { kind: 'paragraph', runs: [{ text: upper(model.issuer.issuingBody), bold: true }], align: 'center', indent: false, sizePt: small },
      { kind: 'paragraph', runs: [{ text: 'PHIẾU BIỂU QUYẾT', bold: true }], align: 'center', indent: false, sizePt: 15 },
      { kind: 'paragraph', runs: [{ text: `Xếp loại chất lượng đảng viên năm ${model.year}`, bold: true }], align: 'center', indent: false },
      { kind: 'paragraph', runs: [{ text: 'Đồng chí: ' }, { text: m.fullName, bold: true }, { text: ` — ${m.partyRole}${m.probationary ? ' (dự bị)' : ''}` }], indent: false },
      { kind: 'levels', layout: 'column' },
      {
        kind: 'paragraph',
        runs: [{ text: 'Đánh dấu X vào một ô. Phiếu đánh dấu nhiều hơn một ô hoặc không đánh dấu ô nào là phiếu không hợp lệ.', italic: true }],
        indent: false,
        sizePt: small,
      },
    ],
  };
}

export function buildBallots(model: BallotsModel): BuiltForm {
  const blocks: Block[] = [];
  const copies = Math.max(1, Math.floor(model.copies));
  let n = 0;
  for (const m of model.members) {
    for (let c = 0; c < copies; c++) {
      if (n > 0 && n % BALLOTS_PER_PAGE === 0) blocks.push({ kind: 'pageBreak' });
      blocks.push(ballot(model, m));
      n++;
    }
  }
  const missing: MissingItem[] =
    model.members.length === 0
      ? [
          {
            field: 'year.roster',
            message: `${model.issuer.unitName} không có đảng viên được xếp loại trong năm ${model.year}: không có phiếu nào để in.`,
            where: whereYear(model.year, 'Đối tượng kiểm điểm'),
          },
        ]
      : [];
  return { document: { title: `Phiếu biểu quyết năm ${model.year} - ${model.issuer.unitName}`, orientation: 'portrait', pageNumbers: false, blocks }, missing };
}

export function renderBallots(model: BallotsModel, options?: RenderOptions): FormOutput {
  return toOutput(buildBallots(model), options);
}
