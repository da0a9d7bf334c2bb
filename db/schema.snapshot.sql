-- index award_member
CREATE INDEX award_member ON award (member_id);

-- index commune_single_own
CREATE UNIQUE INDEX commune_single_own ON commune (is_own) WHERE is_own = 1;

-- index criteria_template_year_form
CREATE UNIQUE INDEX criteria_template_year_form ON criteria_template (review_year_id, form);

-- index discipline_member
CREATE INDEX discipline_member ON discipline (member_id);

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

-- index review_year_commune_year
CREATE UNIQUE INDEX review_year_commune_year ON review_year (commune_id, year);

-- table app_setting
CREATE TABLE app_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
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
