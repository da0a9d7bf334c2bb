-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

-- index award_member
CREATE INDEX award_member ON award (member_id);

-- index commune_single_own
CREATE UNIQUE INDEX commune_single_own ON commune (is_own) WHERE is_own = 1;

-- index criteria_template_year_form
CREATE UNIQUE INDEX criteria_template_year_form ON criteria_template (review_year_id, form);

-- index discipline_member
CREATE INDEX discipline_member ON discipline (member_id);

-- index document_term_unit_start
CREATE UNIQUE INDEX document_term_unit_start ON document_term (org_unit_id, starts_on);

-- index issued_document_number
CREATE UNIQUE INDEX issued_document_number ON issued_document (term_id, type_code, number);

-- index issued_document_unit_date
CREATE INDEX issued_document_unit_date ON issued_document (org_unit_id, issued_on);

-- index level_decision_member
CREATE INDEX level_decision_member ON level_decision (member_id);

-- index level_decision_subject
CREATE UNIQUE INDEX level_decision_subject ON level_decision (review_year_id, org_unit_id, ifnull(member_id, ''));

-- index meeting_member_unique
CREATE UNIQUE INDEX meeting_member_unique ON meeting_member (meeting_id, member_id);

-- index meeting_review_subject
CREATE UNIQUE INDEX meeting_review_subject ON meeting_review (meeting_id, ifnull(member_id, ''));

-- index meeting_vote_round
CREATE UNIQUE INDEX meeting_vote_round ON meeting_vote (meeting_id, ifnull(member_id, ''), round);

-- index meeting_year_unit
CREATE UNIQUE INDEX meeting_year_unit ON meeting (review_year_id, org_unit_id);

-- index member_card_no
CREATE UNIQUE INDEX member_card_no ON member (card_no) WHERE card_no IS NOT NULL;

-- index member_citizen_id
CREATE UNIQUE INDEX member_citizen_id ON member (citizen_id) WHERE citizen_id IS NOT NULL;

-- index member_org_unit
CREATE INDEX member_org_unit ON member (org_unit_id);

-- index member_status_history_member
CREATE INDEX member_status_history_member ON member_status_history (member_id, from_date);

-- index member_transfer_member
CREATE INDEX member_transfer_member ON member_transfer (member_id, on_date);

-- index org_unit_commune
CREATE INDEX org_unit_commune ON org_unit (commune_id);

-- index org_unit_parent
CREATE INDEX org_unit_parent ON org_unit (parent_id);

-- index past_level_member_year
CREATE UNIQUE INDEX past_level_member_year ON past_level (member_id, year);

-- index print_log_document
CREATE INDEX print_log_document ON print_log (meeting_id, document, content_hash);

-- index re_rating_decision
CREATE INDEX re_rating_decision ON re_rating (level_decision_id);

-- index recognition_number
CREATE UNIQUE INDEX recognition_number ON recognition (review_year_id, decision_no);

-- index review_year_commune_year
CREATE UNIQUE INDEX review_year_commune_year ON review_year (commune_id, year);

-- index shortcoming_followup_meeting
CREATE INDEX shortcoming_followup_meeting ON shortcoming_followup (meeting_id);

-- index shortcoming_followup_unique
CREATE UNIQUE INDEX shortcoming_followup_unique ON shortcoming_followup (shortcoming_id, meeting_id);

-- index shortcoming_meeting
CREATE INDEX shortcoming_meeting ON shortcoming (meeting_id);

-- index shortcoming_member
CREATE INDEX shortcoming_member ON shortcoming (member_id);

-- index shortcoming_unit
CREATE INDEX shortcoming_unit ON shortcoming (org_unit_id);

-- table app_setting
CREATE TABLE app_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table audit_log
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

-- table award
CREATE TABLE award (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES member (id),
  title TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  body TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table commune
CREATE TABLE commune (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  province TEXT NOT NULL,
  upper_level_name TEXT NOT NULL,
  place_name TEXT NOT NULL,
  is_own INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table criteria_template
CREATE TABLE criteria_template (
  id TEXT PRIMARY KEY,
  review_year_id TEXT NOT NULL REFERENCES review_year (id),
  form TEXT NOT NULL CHECK (form IN ('01', '02A', '02B', '02C')),
  title TEXT NOT NULL,
  note TEXT,
  source TEXT NOT NULL CHECK (source IN ('default-example', 'custom', 'imported')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table criterion
CREATE TABLE criterion (
  template_id TEXT NOT NULL REFERENCES criteria_template (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  criterion_group TEXT NOT NULL CHECK (criterion_group IN ('common', 'tasks')),
  title TEXT NOT NULL,
  help TEXT,
  max_tenths INTEGER NOT NULL CHECK (max_tenths > 0 AND max_tenths <= 700),
  PRIMARY KEY (template_id, code),
  UNIQUE (template_id, position)
) STRICT;

-- table discipline
CREATE TABLE discipline (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES member (id),
  kind TEXT NOT NULL CHECK (kind IN ('reprimand','warning','removal','expulsion')),
  decided_on TEXT NOT NULL,
  body TEXT NOT NULL,
  reason TEXT NOT NULL,
  duty_related INTEGER NOT NULL DEFAULT 0 CHECK (duty_related IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table document_term
CREATE TABLE document_term (
  id TEXT PRIMARY KEY,
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  starts_on TEXT NOT NULL,
  label TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table issued_document
CREATE TABLE issued_document (
  id TEXT PRIMARY KEY,
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  term_id TEXT NOT NULL REFERENCES document_term (id),
  type_code TEXT NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  issued_on TEXT NOT NULL,
  title TEXT NOT NULL,
  voided_on TEXT,
  void_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (voided_on IS NULL OR void_reason IS NOT NULL)
) STRICT;

-- table level_decision
CREATE TABLE level_decision (
  id TEXT PRIMARY KEY,
  review_year_id TEXT NOT NULL REFERENCES review_year (id),
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  member_id TEXT REFERENCES member (id),
  proposed_level TEXT CHECK (proposed_level IN ('HTXS','HTT','HTNV','KHTNV')),
  level TEXT NOT NULL CHECK (level IN ('HTXS','HTT','HTNV','KHTNV')),
  reason TEXT,
  override_granted INTEGER CHECK (override_granted IN (0, 1)),
  recognition_id TEXT REFERENCES recognition (id),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table meeting
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
  updated_at TEXT NOT NULL, furthest_step TEXT NOT NULL DEFAULT 'preparation',
  CHECK (status = 'in-progress' OR (finalized_at IS NOT NULL AND content_hash IS NOT NULL AND record_json IS NOT NULL AND minutes_json IS NOT NULL)),
  CHECK ((minutes_fingerprint IS NULL) = (minutes_approved_at IS NULL))
) STRICT;

-- table meeting_member
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
  reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
  classified INTEGER NOT NULL DEFAULT 0 CHECK (classified IN (0, 1)),
  can_vote INTEGER NOT NULL DEFAULT 0 CHECK (can_vote IN (0, 1)),
  reasons_json TEXT NOT NULL DEFAULT '[]',
  notes_json TEXT NOT NULL DEFAULT '[]',
  self_review_received INTEGER NOT NULL DEFAULT 0 CHECK (self_review_received IN (0, 1)),
  residence_applies INTEGER NOT NULL DEFAULT 0 CHECK (residence_applies IN (0, 1)),
  residence_received INTEGER NOT NULL DEFAULT 0 CHECK (residence_received IN (0, 1)),
  temporary_received INTEGER NOT NULL DEFAULT 0 CHECK (temporary_received IN (0, 1)),
  civil_servant_rating TEXT,
  attendance TEXT CHECK (attendance IN ('present', 'absent-excused', 'absent-unexcused')),
  absence_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table meeting_review
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
  disciplined_member INTEGER NOT NULL DEFAULT 0 CHECK (disciplined_member IN (0, 1)),
  override_request TEXT,
  comments_json TEXT NOT NULL DEFAULT '[]',
  response TEXT,
  proposed_level TEXT CHECK (proposed_level IN ('HTXS','HTT','HTNV','KHTNV')),
  proposal_note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
, group_common REAL CHECK (group_common BETWEEN 0 AND 30), group_tasks REAL CHECK (group_tasks BETWEEN 0 AND 70)) STRICT;

-- table meeting_vote
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
  proposed_level TEXT CHECK (proposed_level IN ('HTXS','HTT','HTNV','KHTNV')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((mode = 'ballot') = (ballots_issued IS NOT NULL)),
  CHECK ((ballots_issued IS NULL) = (ballots_returned IS NULL) AND (ballots_issued IS NULL) = (ballots_invalid IS NULL))
) STRICT;

-- table member
CREATE TABLE member (
  id TEXT PRIMARY KEY,
  org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  full_name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date TEXT NOT NULL,
  ethnicity TEXT,
  religion TEXT,
  hometown TEXT,
  residence TEXT,
  citizen_id TEXT,
  card_no TEXT,
  record_no TEXT,
  admitted_on TEXT NOT NULL,
  confirmed_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('official','probationary','exempt','suspended','temporary','transferred-out','deceased','left')),
  status_since TEXT,
  status_place TEXT,
  status_reason TEXT,
  party_role TEXT NOT NULL DEFAULT 'member' CHECK (party_role IN ('secretary','deputy-secretary','committee-member','member')),
  commune_committee INTEGER NOT NULL DEFAULT 0 CHECK (commune_committee IN (0, 1)),
  category TEXT NOT NULL CHECK (category IN ('leader','staff','outside')),
  workplace TEXT,
  post TEXT,
  education TEXT,
  professional_level TEXT,
  political_theory TEXT NOT NULL DEFAULT 'none' CHECK (political_theory IN ('none','elementary','intermediate','advanced','bachelor')),
  phone TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table member_status_history
CREATE TABLE member_status_history (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES member (id),
  status TEXT NOT NULL CHECK (status IN ('official','probationary','exempt','suspended','temporary','transferred-out','deceased','left')),
  from_date TEXT NOT NULL,
  to_date TEXT,
  place TEXT,
  reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table member_transfer
CREATE TABLE member_transfer (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES member (id),
  from_org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  to_org_unit_id TEXT NOT NULL REFERENCES org_unit (id),
  on_date TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table org_unit
CREATE TABLE org_unit (
  id TEXT PRIMARY KEY,
  commune_id TEXT NOT NULL REFERENCES commune (id),
  parent_id TEXT REFERENCES org_unit (id),
  kind TEXT NOT NULL CHECK (kind IN ('commune','basic-cell','basic-committee','cell')),
  type TEXT NOT NULL CHECK (type IN ('village','residential','school','health','police','military','cooperative','enterprise','agency','other')),
  name TEXT NOT NULL,
  closed_on TEXT,
  close_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind = 'commune') = (parent_id IS NULL))
) STRICT;

-- table past_level
CREATE TABLE past_level (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES member (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2018 AND 2100),
  recorded_level TEXT NOT NULL CHECK (recorded_level IN ('HTXS','HTT','HTNV','KHTNV')),
  level TEXT NOT NULL CHECK (level IN ('HTXS','HTT','HTNV','KHTNV')),
  rule_set TEXT NOT NULL,
  discipline INTEGER NOT NULL DEFAULT 0 CHECK (discipline IN (0, 1)),
  override_reason TEXT,
  note TEXT,
  reasons_json TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table print_log
CREATE TABLE print_log (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  document TEXT NOT NULL CHECK (document IN ('minutes')),
  content_hash TEXT NOT NULL,
  copy_no INTEGER NOT NULL CHECK (copy_no >= 0),
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  printed_at TEXT NOT NULL
) STRICT;

-- table re_rating
CREATE TABLE re_rating (
  id TEXT PRIMARY KEY,
  level_decision_id TEXT NOT NULL REFERENCES level_decision (id),
  old_level TEXT NOT NULL CHECK (old_level IN ('HTXS','HTT','HTNV','KHTNV')),
  new_level TEXT NOT NULL CHECK (new_level IN ('HTXS','HTT','HTNV','KHTNV')),
  reason TEXT NOT NULL,
  decision_no TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- table recognition
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

-- table review_year
CREATE TABLE review_year (
  id TEXT PRIMARY KEY,
  commune_id TEXT NOT NULL REFERENCES commune (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2018 AND 2100),
  rule_set TEXT NOT NULL,
  review_date TEXT NOT NULL,
  meetings_from TEXT,
  meetings_to TEXT,
  decision_on TEXT,
  report_on TEXT,
  quota_rate INTEGER NOT NULL DEFAULT 20 CHECK (quota_rate IN (20, 25)),
  quota_denominator TEXT NOT NULL DEFAULT 'htt' CHECK (quota_denominator IN ('htt', 'htt+htxs')),
  quota_scope TEXT NOT NULL DEFAULT 'basic-org' CHECK (quota_scope IN ('basic-org', 'commune')),
  quota_decision_ref TEXT,
  vote_method TEXT NOT NULL DEFAULT 'cumulative' CHECK (vote_method IN ('cumulative', 'strict')),
  vote_denominator TEXT NOT NULL DEFAULT 'voters' CHECK (vote_denominator IN ('voters', 'present')),
  guide_number TEXT,
  guide_issued_on TEXT,
  guide_issuer TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (quota_rate = 20 OR quota_decision_ref IS NOT NULL),
  CHECK (meetings_from IS NULL OR meetings_to IS NULL OR meetings_from <= meetings_to)
) STRICT;

-- table shortcoming
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

-- table shortcoming_followup
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

-- trigger issued_document_fixed
CREATE TRIGGER issued_document_fixed BEFORE UPDATE OF number, type_code, term_id, org_unit_id ON issued_document
BEGIN
  SELECT RAISE(ABORT, 'the number, type, term and body of an issued document never change');
END;

-- trigger issued_document_keep
CREATE TRIGGER issued_document_keep BEFORE DELETE ON issued_document
BEGIN
  SELECT RAISE(ABORT, 'issued document numbers are never deleted; void the document instead');
END;

-- trigger print_log_fixed
CREATE TRIGGER print_log_fixed BEFORE UPDATE ON print_log
BEGIN
  SELECT RAISE(ABORT, 'the print log is never changed');
END;

-- trigger print_log_keep
CREATE TRIGGER print_log_keep BEFORE DELETE ON print_log
BEGIN
  SELECT RAISE(ABORT, 'the print log is never deleted');
END;
