// The Đảng ủy decision stage on hand-built finalized meetings: subjects and their issues, quota groups with
// the HTXS beyond the quota, the blockers of a lock, and the checks of one decision.
import { describe, expect, it } from 'vitest';
import {
  buildDecisionView,
  checkDecision,
  decisionSubjects,
  lockBlockers,
  quotaGroups,
  recognitionContent,
  unitRows,
  type DecisionInput,
  type StoredDecision,
} from '../../../shared/meeting/decision';
import { buildMeetingView } from '../../../shared/meeting/view';
import type { MeetingRecord } from '../../../shared/meeting/types';
import { completeRecord, review, vote } from './helpers';

function finalized(record: MeetingRecord) {
  return buildMeetingView({ ...record, status: 'finalized', currentStep: 'finalize' });
}

function input(record = completeRecord(), patch: Partial<DecisionInput> = {}): DecisionInput {
  return {
    year: 2026,
    settings: { ruleSet: 'QD366-2025', quota: record.settings.quota },
    communeName: 'Đảng bộ xã Xuân Hòa',
    units: [
      { orgUnitId: 'cell', name: 'Chi bộ thôn Đông', basicOrgId: 'cell', basicOrgName: 'Chi bộ thôn Đông', onRoll: 5, reviewed: 4, voters: 3 },
      { orgUnitId: 'west', name: 'Chi bộ thôn Tây', basicOrgId: 'west', basicOrgName: 'Chi bộ thôn Tây', onRoll: 7, reviewed: 7, voters: 6 },
    ],
    meetings: [{ meetingId: 'meeting-1', orgUnitId: 'cell', status: 'finalized', meetingDate: '2026-12-08', view: finalized(record) }],
    decisions: [],
    recognitions: [],
    reRatings: [],
    ...patch,
  };
}

const decided = (memberId: string | null, level: 'HTXS' | 'HTT' | 'HTNV' | 'KHTNV', proposedLevel: typeof level | null, extra: Partial<StoredDecision> = {}): StoredDecision => ({
  id: `d-${memberId}`,
  memberId,
  orgUnitId: 'cell',
  level,
  reason: null,
  overrideGranted: null,
  proposedLevel,
  recognitionId: null,
  decidedBy: 'Văn phòng Đảng ủy',
  decidedAt: '2026-12-20T02:00:00.000Z',
  ...extra,
});

describe('decision subjects', () => {
  it('lists each reviewed member in the order of business, then the chi bộ, with proposal and computed level', () => {
    const subjects = decisionSubjects(input());
    expect(subjects.map((s) => [s.key, s.proposal, s.computed.level, s.finalLevel])).toEqual([
      ['member:a', 'HTXS', 'HTXS', 'HTXS'],
      ['member:b', 'HTT', 'HTT', 'HTT'],
      ['member:c', 'HTT', 'HTT', 'HTT'],
      ['member:d', 'HTT', 'HTT', 'HTT'],
      ['org:cell', 'HTT', 'HTT', 'HTT'],
    ]);
  });

  it('asks the Đảng ủy to decide a rule gap, an override request and a proposal above the rules', () => {
    const record = completeRecord();
    record.reviews.b = review('HTNV', 0.8, { tasks: { donePct: 90, latePct: 0, exceededPct: 0 } });
    record.reviews.c = review('HTT', 0.8, { disqualifiers: ['example-breach'], overrideRequest: 'Tự phát hiện, đã khắc phục.' });
    record.votes = record.votes.map((v) =>
      v.memberId === 'b' ? { ...v, votes: { HTXS: 0, HTT: 0, HTNV: 3, KHTNV: 0 }, proposedLevel: 'HTNV' } : v.memberId === 'd' ? { ...v, votes: { HTXS: 3, HTT: 0, HTNV: 0, KHTNV: 0 } } : v,
    );
    const subjects = decisionSubjects(input(record));
    const issue = (key: string) => subjects.find((s) => s.key === key)!;
    expect(issue('member:b')).toMatchObject({ needsDecision: true, finalLevel: null, issues: [{ code: 'rule-gap' }] });
    expect(issue('member:c')).toMatchObject({ needsDecision: true, issues: [{ code: 'override-request' }], computed: { level: 'KHTNV' }, computedWithOverride: { level: 'HTT' } });
    expect(issue('member:d').issues).toEqual([{ code: 'above-rules', message: 'Chi bộ đề nghị "Hoàn thành xuất sắc nhiệm vụ", cao hơn mức tính theo quy định "Hoàn thành tốt nhiệm vụ".' }]);
    // A decision settles it; a decision taken on an older proposal must be taken again.
    const settled = decisionSubjects(input(record, { decisions: [decided('b', 'HTNV', 'HTNV')] }));
    expect(settled.find((s) => s.key === 'member:b')).toMatchObject({ needsDecision: false, finalLevel: 'HTNV' });
    const stale = decisionSubjects(input(record, { decisions: [decided('b', 'HTNV', 'HTT')] }));
    expect(stale.find((s) => s.key === 'member:b')).toMatchObject({ needsDecision: true, finalLevel: null });
  });
});

describe('quota groups', () => {
  it('counts final levels per TCCSĐ and marks the lowest-ranked HTXS beyond the quota', () => {
    const record = completeRecord();
    record.reviews.b = review('HTXS', 0.92);
    record.votes = record.votes.map((v) => (v.memberId === 'b' ? { ...v, votes: { HTXS: 3, HTT: 0, HTNV: 0, KHTNV: 0 }, proposedLevel: 'HTXS' } : v));
    const subjects = decisionSubjects(input(record));
    const groups = quotaGroups(subjects, input(record));
    const members = groups.find((g) => g.key === 'members:cell')!;
    expect(members.counts).toEqual({ HTXS: 2, HTT: 2, HTNV: 0, KHTNV: 0 });
    expect(members.outcome).toMatchObject({ allowed: 0, actual: 2, excess: 2, violation: true });
    expect(members.htxs.map((h) => h.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    const orgs = groups.find((g) => g.key === 'organizations')!;
    expect(orgs).toMatchObject({ kind: 'organization', label: 'Các chi bộ thuộc Đảng bộ xã Xuân Hòa', outcome: { violation: false } });
  });

  it('ranks an HTXS the Đảng ủy decided explicitly first, even with a lower score (commune-wide scope)', () => {
    const record = completeRecord();
    record.reviews.b = review('HTXS', 0.99);
    record.votes = record.votes.map((v) => (v.memberId === 'b' ? { ...v, votes: { HTXS: 3, HTT: 0, HTNV: 0, KHTNV: 0 }, proposedLevel: 'HTXS' } : v));
    const withMore = input(record);
    withMore.settings = { ...withMore.settings, quota: { ...withMore.settings.quota, scope: 'commune' } };
    const subjects = decisionSubjects({ ...withMore, decisions: [decided('a', 'HTXS', 'HTXS', { reason: null })] });
    const group = quotaGroups(subjects, withMore).find((g) => g.kind === 'member')!;
    expect(group.label).toBe('Đảng viên toàn Đảng bộ xã Xuân Hòa');
    expect(group.htxs.map((h) => [h.name, h.overQuota])).toEqual([
      ['Nguyễn Văn An', true],
      ['Trần Thị Bình', true],
    ]);
  });
});

describe('lock blockers', () => {
  it('names cells that have not finished, undecided cases and violated quotas', () => {
    const record = completeRecord();
    record.reviews.b = review('HTNV', 0.8, { tasks: { donePct: 90, latePct: 0, exceededPct: 0 } });
    record.votes = record.votes.map((v) => (v.memberId === 'b' ? { ...v, votes: { HTXS: 0, HTT: 0, HTNV: 3, KHTNV: 0 }, proposedLevel: 'HTNV' } : v));
    const data = input(record, { meetings: [...input(record).meetings, { meetingId: 'm2', orgUnitId: 'west', status: 'in-progress', meetingDate: null, view: null }] });
    const subjects = decisionSubjects(data);
    const blockers = lockBlockers('commune', unitRows(data, subjects), subjects, quotaGroups(subjects, data));
    expect(blockers[0]).toBe('Chưa hoàn tất hội nghị kiểm điểm ở: Chi bộ thôn Tây (đang họp).');
    expect(blockers[1]).toContain('Chưa quyết định mức xếp loại của đồng chí Trần Thị Bình (Chi bộ thôn Đông)');
    expect(blockers[2]).toContain('Đảng viên thuộc Chi bộ thôn Đông: Mức "Hoàn thành xuất sắc nhiệm vụ" tối đa 20%');
    expect(blockers[2]).toContain('vượt tỷ lệ: Nguyễn Văn An');
    // The cell on its own: only its own problems.
    expect(lockBlockers({ basicOrgId: 'cell' }, unitRows(data, subjects), subjects, quotaGroups(subjects, data))).toHaveLength(2);
  });

  it('is empty when everything is decided and within the quota; the content lists each subject’s final level', () => {
    const data = input(completeRecord(), { decisions: [decided('a', 'HTT', 'HTXS', { reason: 'Vượt tỷ lệ' })] });
    const view = buildDecisionView(data, 'cell');
    expect(view.blockers).toEqual([]);
    expect(view.canLock).toBe(true);
    expect(recognitionContent({ basicOrgId: 'cell' }, view.subjects).map((c) => [c.key, c.level])).toEqual([
      ['member:a', 'HTT'],
      ['member:b', 'HTT'],
      ['member:c', 'HTT'],
      ['member:d', 'HTT'],
      ['org:cell', 'HTT'],
    ]);
  });
});

describe('recognitions in the view', () => {
  it('carry their counts per level, members and chi bộ apart, from the decisions they locked', () => {
    const recognition = { id: 'r1', scope: 'commune' as const, decisionNo: '15-QĐ/ĐU', decidedOn: '2026-12-22', actor: 'Văn phòng', createdAt: '2026-12-22T02:00:00.000Z', contentHash: 'h' };
    const locked = { recognitionId: 'r1' };
    const data = input(completeRecord(), {
      recognitions: [recognition],
      decisions: [
        decided('a', 'HTXS', 'HTXS', locked),
        decided('b', 'HTT', 'HTT', locked),
        decided('c', 'HTT', 'HTT', locked),
        decided('d', 'KHTNV', 'HTT', { ...locked, reason: 'Kỷ luật' }),
        decided(null, 'HTT', 'HTT', locked),
        // A decision not (yet) in this recognition is not counted.
        { ...decided('x', 'HTXS', 'HTXS'), orgUnitId: 'west' },
      ],
    });
    expect(buildDecisionView(data).recognitions).toEqual([
      { ...recognition, counts: { members: { HTXS: 1, HTT: 2, HTNV: 0, KHTNV: 1 }, organizations: { HTXS: 0, HTT: 1, HTNV: 0, KHTNV: 0 } } },
    ]);
  });
});

describe('checkDecision', () => {
  const subjects = decisionSubjects(input());
  const a = subjects.find((s) => s.key === 'member:a')!;

  it('needs a reason when the level differs from the proposal', () => {
    expect(checkDecision(a, { level: 'HTT', reason: null, overrideGranted: undefined })).toMatchObject({
      ok: false,
      error: { code: 'reason-required', message: 'Mức quyết định "Hoàn thành tốt nhiệm vụ" khác mức chi bộ đề nghị ("Hoàn thành xuất sắc nhiệm vụ"): phải ghi lý do.' },
    });
    expect(checkDecision(a, { level: 'HTT', reason: 'Vượt tỷ lệ 20%', overrideGranted: undefined }).ok).toBe(true);
    expect(checkDecision(a, { level: 'HTXS', reason: null, overrideGranted: undefined }).ok).toBe(true);
  });

  it('refuses a level above the rules and a decision on a recognized result', () => {
    const b = subjects.find((s) => s.key === 'member:b')!;
    expect(checkDecision(b, { level: 'HTXS', reason: 'x', overrideGranted: undefined })).toMatchObject({ ok: false, error: { code: 'above-rules' } });
    const locked = { ...b, locked: { recognitionId: 'r', decisionNo: '25-QĐ/ĐU', decidedOn: '2026-12-20' } };
    expect(checkDecision(locked, { level: 'HTT', reason: null, overrideGranted: undefined })).toMatchObject({
      ok: false,
      error: { code: 'already-recognized', message: 'Kết quả của đồng chí Trần Thị Bình đã được công nhận theo Quyết định số 25-QĐ/ĐU ngày 20/12/2026; muốn thay đổi phải xếp loại lại (Mẫu 03).' },
    });
  });

  it('needs an answer to an override request; granting it raises the ceiling', () => {
    const record = completeRecord();
    record.reviews.c = review('HTT', 0.8, { disqualifiers: ['example-breach'], overrideRequest: 'Tự phát hiện, đã khắc phục.' });
    record.votes = record.votes.map((v) => (v.memberId === 'c' ? vote('c', { HTT: 3 }, { voters: 3, presentVoters: 3, proposedLevel: 'HTT' }) : v));
    const c = decisionSubjects(input(record)).find((s) => s.key === 'member:c')!;
    expect(checkDecision(c, { level: 'HTT', reason: null, overrideGranted: undefined })).toMatchObject({ ok: false, error: { details: { path: 'overrideGranted' } } });
    expect(checkDecision(c, { level: 'HTT', reason: null, overrideGranted: false })).toMatchObject({ ok: false, error: { code: 'above-rules' } });
    expect(checkDecision(c, { level: 'HTT', reason: null, overrideGranted: true }).ok).toBe(true);
    expect(checkDecision(c, { level: 'KHTNV', reason: 'Không chấp thuận', overrideGranted: false }).ok).toBe(true);
  });
});
