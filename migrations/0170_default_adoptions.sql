-- Defaults a regional regulator adopts (采用) or edits for its region (issue 20): carbon factors, evaluation schemes,
-- PM10 rules, 装配率 score tables, waste targets. One row per (kind, key, region): the latest decision; the audit log
-- keeps every earlier one with who and when.
create table default_adoptions (
  id uuid primary key,
  kind text not null,
  key text not null,
  region_code text not null,
  -- The value the region adopted when it edited the default (null = adopted as published).
  value double precision,
  adopted_by uuid,
  adopted_by_name text not null,
  organisation_name text,
  adopted_at timestamptz not null default now(),
  unique (kind, key, region_code)
);
create index default_adoptions_kind_region_idx on default_adoptions (kind, region_code);

-- The seeded PM10 rules' basis read "地方施工扬尘管控实践（待核实）", an internal research note: a regulator is shown
-- what it is, a local default to review and adopt.
update site_threshold_rules set basis = '地方默认值' where basis = '地方施工扬尘管控实践（待核实）';
