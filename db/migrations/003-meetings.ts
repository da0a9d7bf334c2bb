// Migration 3: the chi bộ review meetings and the Đảng ủy decision stage — the meeting with its roster
// snapshot, reviews, vote rounds, shortcomings (remediation items) with their follow-up in later years,
// the Đảng ủy's level decisions, recognition decisions (quyết định công nhận), re-ratings (Mẫu 03), past
// levels entered by hand, and a generic audit log. Structured values that are always read and written
// whole (scores per criterion, comments, reasons) are JSON text. Layer: db.
import type { Migration } from './migration';

const levels = `'HTXS','HTT','HTNV','KHTNV'`;
const bool = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

export const migration003: Migration = {
  version: 3,
  name: 'meetings',
  sql: `
CREATE TABLE meeting (
  id TEXT PRIMARY KEY,
  review_year_id TEXT NOT NULL REFERENCES review_year (id),
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'finalized')),
  current_step TEXT NOT NULL DEFAULT 'preparation',
  meeting_date TEXT,
  start_time TEXT,
  end_time TEXT,
  place TEXT,
  chair_member_id TEXT REFERENCES member (id),
  secretary_member_id TEXT REFERENCES member (id),
  upper_level_attendee TEXT,
  draft_sent_on TEXT,
  minutes_fingerprint TEXT,
  minutes_approved_at TEXT,
  finalized_at TEXT,
  finalized_by TEXT,
  content_hash TEXT,
  record_json TEXT,
  minutes_json TEXT,
  reopened_at TEXT,
  reopened_by TEXT,
  reopen_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status = 'in-progress' OR (finalized_at IS NOT NULL AND content_hash IS NOT NULL AND record_json IS NOT NULL AND minutes_json IS NOT NULL)),
  CHECK ((minutes_fingerprint IS NULL) = (minutes_approved_at IS NULL))
) STRICT;
CREATE UNIQUE INDEX meeting_year_unit ON meeting (review_year_id, org_unit_id);

-- The roster as the meeting took it from the register (eligibility at the meeting date), with the
-- preparation checklist and attendance of each member.
CREATE TABLE meeting_member (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  member_id TEXT NOT NULL REFERENCES member (id),
  position INTEGER NOT NULL CHECK (position >= 1),
  full_name TEXT NOT NULL,
  party_role TEXT NOT NULL,
  category TEXT NOT NULL,
  status TEXT NOT NULL,
  review_status TEXT NOT NULL CHECK (review_status IN ('official', 'probationary', 'exempt', 'suspended')),
  admitted_on TEXT NOT NULL,
  form TEXT NOT NULL CHECK (form IN ('02A', '02B', '02C')),
  ${bool('reviewed')},
  ${bool('classified')},
  ${bool('can_vote')},
  reasons_json TEXT NOT NULL DEFAULT '[]',
  notes_json TEXT NOT NULL DEFAULT '[]',
  ${bool('self_review_received')},
  ${bool('residence_applies')},
  ${bool('residence_received')},
  ${bool('temporary_received')},
  civil_servant_rating TEXT,
  attendance TEXT CHECK (attendance IN ('present', 'absent-excused', 'absent-unexcused')),
  absence_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX meeting_member_unique ON meeting_member (meeting_id, member_id);

-- The review of one subject: the collective (member_id NULL, Mẫu 01) or a member (Mẫu 02).
CREATE TABLE meeting_review (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  member_id TEXT REFERENCES member (id),
  summary TEXT,
  shortcomings TEXT,
  scores_json TEXT NOT NULL DEFAULT '{}',
  done_pct REAL CHECK (done_pct BETWEEN 0 AND 100),
  late_pct REAL CHECK (late_pct BETWEEN 0 AND 100),
  exceeded_pct REAL CHECK (exceeded_pct BETWEEN 0 AND 100),
  disqualifiers_json TEXT NOT NULL DEFAULT '[]',
  ${bool('disciplined_member')},
  override_request TEXT,
  comments_json TEXT NOT NULL DEFAULT '[]',
  response TEXT,
  proposed_level TEXT CHECK (proposed_level IN (${levels})),
  proposal_note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX meeting_review_subject ON meeting_review (meeting_id, ifnull(member_id, ''));

-- Vote rounds; a re-vote adds a round and keeps the earlier ones. The result is computed by the rules.
CREATE TABLE meeting_vote (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  member_id TEXT REFERENCES member (id),
  round INTEGER NOT NULL CHECK (round >= 1),
  mode TEXT NOT NULL CHECK (mode IN ('hand', 'ballot')),
  votes_htxs INTEGER NOT NULL CHECK (votes_htxs >= 0),
  votes_htt INTEGER NOT NULL CHECK (votes_htt >= 0),
  votes_htnv INTEGER NOT NULL CHECK (votes_htnv >= 0),
  votes_khtnv INTEGER NOT NULL CHECK (votes_khtnv >= 0),
  ballots_issued INTEGER,
  ballots_returned INTEGER,
  ballots_invalid INTEGER,
  voters INTEGER NOT NULL CHECK (voters >= 0),
  present_voters INTEGER NOT NULL CHECK (present_voters >= 0 AND present_voters <= voters),
  proposed_level TEXT CHECK (proposed_level IN (${levels})),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((mode = 'ballot') = (ballots_issued IS NOT NULL)),
  CHECK ((ballots_issued IS NULL) = (ballots_returned IS NULL) AND (ballots_issued IS NULL) = (ballots_invalid IS NULL))
) STRICT;
CREATE UNIQUE INDEX meeting_vote_round ON meeting_vote (meeting_id, ifnull(member_id, ''), round);

-- Remediation items (kế hoạch khắc phục) adopted by a meeting; later meetings assess them (follow-up).
CREATE TABLE shortcoming (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  review_year INTEGER NOT NULL,
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  member_id TEXT REFERENCES member (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  content TEXT NOT NULL,
  measure TEXT,
  deadline TEXT,
  responsible TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX shortcoming_meeting ON shortcoming (meeting_id);
CREATE INDEX shortcoming_member ON shortcoming (member_id);
CREATE INDEX shortcoming_unit ON shortcoming (org_unit_id);

CREATE TABLE shortcoming_followup (
  id TEXT PRIMARY KEY,
  shortcoming_id TEXT NOT NULL REFERENCES shortcoming (id),
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  status TEXT CHECK (status IN ('fixed', 'in-progress', 'not-fixed')),
  extent TEXT,
  obstacles TEXT,
  responsibility TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX shortcoming_followup_unique ON shortcoming_followup (shortcoming_id, meeting_id);
CREATE INDEX shortcoming_followup_meeting ON shortcoming_followup (meeting_id);

-- Recognition decisions (quyết định công nhận) of the Đảng ủy: the scope and the list recognized.
CREATE TABLE recognition (
  id TEXT PRIMARY KEY,
  review_year_id TEXT NOT NULL REFERENCES review_year (id),
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('commune', 'basic-org')),
  scope_org_unit_id TEXT REFERENCES org_unit (id),
  decision_no TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  content_json TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((scope_kind = 'commune') = (scope_org_unit_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX recognition_number ON recognition (review_year_id, decision_no);

-- The Đảng ủy's level of one subject (member, or the cell itself when member_id is NULL) in a year.
CREATE TABLE level_decision (
  id TEXT PRIMARY KEY,
  review_year_id TEXT NOT NULL REFERENCES review_year (id),
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  member_id TEXT REFERENCES member (id),
  proposed_level TEXT CHECK (proposed_level IN (${levels})),
  level TEXT NOT NULL CHECK (level IN (${levels})),
  reason TEXT,
  override_granted INTEGER CHECK (override_granted IN (0, 1)),
  recognition_id TEXT REFERENCES recognition (id),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX level_decision_subject ON level_decision (review_year_id, org_unit_id, ifnull(member_id, ''));
CREATE INDEX level_decision_member ON level_decision (member_id);

-- Re-rating decisions (Mẫu 03) on a recognized level.
CREATE TABLE re_rating (
  id TEXT PRIMARY KEY,
  level_decision_id TEXT NOT NULL REFERENCES level_decision (id),
  old_level TEXT NOT NULL CHECK (old_level IN (${levels})),
  new_level TEXT NOT NULL CHECK (new_level IN (${levels})),
  reason TEXT NOT NULL,
  decision_no TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX re_rating_decision ON re_rating (level_decision_id);

-- Levels of past years entered by hand under a record-only rule set (QĐ 124, QĐ 132).
CREATE TABLE past_level (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES member (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2018 AND 2100),
  recorded_level TEXT NOT NULL CHECK (recorded_level IN (${levels})),
  level TEXT NOT NULL CHECK (level IN (${levels})),
  rule_set TEXT NOT NULL,
  ${bool('discipline')},
  override_reason TEXT,
  note TEXT,
  reasons_json TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX past_level_member_year ON past_level (member_id, year);

-- Who changed what, when, why: reopened meetings, decisions, re-ratings, past levels.
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  reason TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);
`,
};
