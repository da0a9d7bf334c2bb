// Field-level differences of a meeting record, for the audit log of a reopened meeting.
import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../../shared/meeting/record-diff';
import { completeRecord, vote } from './helpers';

describe('diffRecords', () => {
  it('names each changed field with its old and new value, keyed by member, round and item', () => {
    const before = completeRecord();
    const after = completeRecord();
    after.preparation.place = 'Hội trường xã';
    after.members[2]!.attendance = 'absent-excused';
    after.members[2]!.absenceReason = 'Ốm';
    after.reviews.b = { ...after.reviews.b!, response: 'Tôi tiếp thu.' };
    after.votes.push(vote('c', { HTT: 2 }, { round: 2, voters: 3, presentVoters: 2, proposedLevel: 'HTT' }));
    after.currentStep = 'votes';
    const changes = diffRecords(before, after);
    expect(changes.map((c) => c.field)).toEqual(['members.c.attendance', 'preparation.place', 'reviews.b.response', 'votes.c.round-2']);
    expect(changes.find((c) => c.field === 'preparation.place')).toEqual({ field: 'preparation.place', oldValue: '"Nhà văn hóa thôn Đông"', newValue: '"Hội trường xã"' });
    expect(changes.find((c) => c.field === 'reviews.b.response')).toMatchObject({ oldValue: 'null', newValue: '"Tôi tiếp thu."' });
    expect(changes.find((c) => c.field === 'votes.c.round-2')!.oldValue).toBeNull();
  });

  it('is empty when nothing but navigation changed', () => {
    const after = { ...completeRecord(), currentStep: 'minutes' };
    expect(diffRecords(completeRecord(), after)).toEqual([]);
  });
});
