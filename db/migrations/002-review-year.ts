// Migration 2: review years — the settings of each year's round (one row per commune and year) and the
// criteria templates per form with their criteria. The rule set id is not constrained in SQL: the
// registry in shared/rules grows with app versions and the core checks ids against it. Layer: db.
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'review-year',
  sql: `
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
CREATE UNIQUE INDEX review_year_commune_year ON review_year (commune_id, year);

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
CREATE UNIQUE INDEX criteria_template_year_form ON criteria_template (review_year_id, form);

-- A criterion is a part of its template and is replaced with it; its identity is the template plus the
-- stable code that export files carry (the template row holds the UUID and the stamps).
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
`,
};
