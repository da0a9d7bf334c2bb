// Field-level differences between two states of a meeting record, for the audit log of a reopened
// meeting: each changed field with its old and new value (canonical JSON; null when absent). Lists with
// identity (members, votes, remediation and carry-over items) are keyed by id, so a change names what it
// touched. Layer: shared.
import { canonicalJson } from './canonical';
import type { MeetingRecord } from './types';

export interface FieldChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

const subjectKey = (memberId: string | null) => memberId ?? 'collective';

/** The record as a flat map: path → canonical JSON value. Navigation (the current step) is not data. */
export function flattenRecord(r: MeetingRecord): Map<string, string> {
  const out = new Map<string, string>();
  const put = (path: string, value: unknown) => out.set(path, canonicalJson(value ?? null));
  for (const [k, v] of Object.entries(r.preparation)) put(`preparation.${k}`, v);
  for (const m of r.members) {
    put(`members.${m.memberId}.roster`, { fullName: m.fullName, status: m.status, reviewed: m.reviewed, canVote: m.canVote, position: m.position });
    put(`members.${m.memberId}.attendance`, { attendance: m.attendance, absenceReason: m.absenceReason });
    for (const [k, v] of Object.entries(m.preparation)) put(`members.${m.memberId}.preparation.${k}`, v);
  }
  const reviews: [string, MeetingRecord['collective']][] = [['collective', r.collective], ...Object.entries(r.reviews)];
  for (const [who, review] of reviews) for (const [k, v] of Object.entries(review)) put(`reviews.${who}.${k}`, v);
  for (const v of r.votes) {
    put(`votes.${subjectKey(v.memberId)}.round-${v.round}`, { mode: v.mode, votes: v.votes, ballots: v.ballots, proposedLevel: v.proposedLevel, voters: v.voters, presentVoters: v.presentVoters });
  }
  for (const c of r.carryOver) put(`carryOver.${c.shortcomingId}`, { status: c.status, extent: c.extent, obstacles: c.obstacles, responsibility: c.responsibility });
  for (const i of r.remediation) put(`remediation.${i.id}`, { subject: subjectKey(i.memberId), content: i.content, measure: i.measure, deadline: i.deadline, responsible: i.responsible });
  put('minutesApproval', r.minutesApproval ? { at: r.minutesApproval.at } : null);
  return out;
}

/** Every field whose value differs, in a stable order (paths sorted). */
export function diffRecords(before: MeetingRecord, after: MeetingRecord): FieldChange[] {
  const a = flattenRecord(before);
  const b = flattenRecord(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((p) => a.get(p) !== b.get(p)).map((p) => ({ field: p, oldValue: a.get(p) ?? null, newValue: b.get(p) ?? null }));
}
