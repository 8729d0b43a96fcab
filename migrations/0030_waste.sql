-- Construction waste reduction (建筑垃圾减量化, 建质〔2020〕46号): targets, plans, facilities, electronic manifests,
-- on-site records and alerts. Categories, stages and routes are the ids of src/domain/waste/categories.ts.

-- Discharge targets (t/万m², 渣土/泥浆 excluded) and manifest rules, per region; 'CN' is the national default.
-- Recalled or locally decided figures are data here, never code.
create table waste_targets (
  region_code text primary key,                -- 'CN' or a regions.code
  conventional_max double precision not null check (conventional_max > 0 and conventional_max <= 10000),
  prefabricated_max double precision not null check (prefabricated_max > 0 and prefabricated_max <= 10000),
  target_year integer not null,
  source text not null,
  confidence text not null check (confidence in ('verified','recalled-high','recalled-medium','recalled-low','local')),
  weight_tolerance_share double precision not null default 0.05 check (weight_tolerance_share >= 0 and weight_tolerance_share <= 1),
  receipt_deadline_hours integer not null default 24 check (receipt_deadline_hours between 1 and 720),
  expire_after_hours integer not null default 72 check (expire_after_hours between 1 and 2160),
  updated_at timestamptz not null default now()
);
insert into waste_targets (region_code, conventional_max, prefabricated_max, target_year, source, confidence)
values ('CN', 300, 200, 2025, '建质〔2020〕46号 2025年底目标：新建建筑 ≤300 t/万m²，装配式 ≤200 t/万m²（不含工程渣土、工程泥浆）', 'verified')
on conflict (region_code) do nothing;

-- 施工现场建筑垃圾减量化专项方案: one per project.
create table waste_plans (
  project_id uuid primary key references projects(id) on delete cascade,
  measures jsonb not null default '[]',        -- reduction measures, each {title, detail}
  target_override double precision check (target_override is null or (target_override > 0 and target_override <= 10000)),
  estimate_basis text not null default 'generated' check (estimate_basis in ('generated','discharged')),
  progress_percent double precision check (progress_percent is null or (progress_percent > 0 and progress_percent <= 100)),
  notes text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Estimated generation by stage × category (估算先行).
create table waste_plan_estimates (
  project_id uuid not null references waste_plans(project_id) on delete cascade,
  stage text not null check (stage in ('underground','superstructure','finishingAndServices')),
  category text not null check (category in ('engineeringSpoil','engineeringMud','constructionWaste','demolitionWaste','decorationWaste')),
  tonnes double precision not null check (tonnes >= 0 and tonnes <= 1000000),
  primary key (project_id, stage, category)
);

-- 消纳场 / 资源化厂, each run by an organisation of kind 'facility' whose users confirm receipts.
create table waste_facilities (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  name text not null,
  kind text not null check (kind in ('recycling','disposal')),
  region_code text not null references regions(code),
  address text,
  licence_no text,                             -- null = unlicensed
  licence_valid_from date,
  licence_valid_until date,
  accepted_categories text[] not null,
  daily_capacity_tonnes double precision check (daily_capacity_tonnes is null or (daily_capacity_tonnes > 0 and daily_capacity_tonnes <= 1000000)),
  active boolean not null default true,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index waste_facilities_name_uq on waste_facilities (name);
create index waste_facilities_org_idx on waste_facilities (organisation_id);

create sequence waste_manifest_no_seq;

-- 电子联单. gate_tonnes is the site's figure; only weighbridge_tonnes of a received manifest counts.
create table waste_manifests (
  id uuid primary key,
  number text not null,
  project_id uuid not null references projects(id) on delete cascade,
  region_code text not null,
  facility_id uuid not null references waste_facilities(id),
  category text not null check (category in ('engineeringSpoil','engineeringMud','constructionWaste','demolitionWaste','decorationWaste')),
  sub_class text check (sub_class is null or (sub_class in ('metal','inorganicNonMetal','other') and category = 'constructionWaste')),
  stage text not null check (stage in ('underground','superstructure','finishingAndServices')),
  route text not null check (route in ('recycling','disposal')),
  vehicle_plate text not null,
  driver_name text not null,
  driver_phone text,
  gate_weighing text not null check (gate_weighing in ('estimated','weighed')),
  gate_tonnes double precision not null check (gate_tonnes > 0 and gate_tonnes <= 200),
  state text not null default 'created' check (state in ('created','in_transit','received','disputed','expired')),
  created_at timestamptz not null default now(),
  created_by uuid,
  dispatched_at timestamptz,
  closed_at timestamptz,                       -- received / disputed / expired
  weighbridge_tonnes double precision check (weighbridge_tonnes is null or (weighbridge_tonnes >= 0 and weighbridge_tonnes <= 200)),
  received_by uuid,
  dispute_reason text,
  notes text,
  is_demo boolean not null default false,
  -- a received manifest always carries its weighbridge weight (the figure that counts)
  check (state <> 'received' or weighbridge_tonnes is not null)
);
create unique index waste_manifests_number_uq on waste_manifests (number);
create index waste_manifests_project_idx on waste_manifests (project_id, created_at);
create index waste_manifests_facility_idx on waste_manifests (facility_id, state);
create index waste_manifests_open_idx on waste_manifests (state, dispatched_at) where state in ('created','in_transit');

-- On-site records: sorting (informational), reuse on site (counts as recovered), and historical discharge
-- from before electronic manifests (imported; counts once, keyed by its paper reference).
create table waste_site_records (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  kind text not null check (kind in ('sorted','reused','historical')),
  record_date date not null,
  stage text not null check (stage in ('underground','superstructure','finishingAndServices')),
  category text not null check (category in ('engineeringSpoil','engineeringMud','constructionWaste','demolitionWaste','decorationWaste')),
  sub_class text check (sub_class is null or (sub_class in ('metal','inorganicNonMetal','other') and category = 'constructionWaste')),
  route text check (route is null or route in ('reuseOnSite','recycling','disposal')),
  tonnes double precision not null check (tonnes > 0 and tonnes <= 100000),
  reference text,                              -- paper manifest / weighing ticket number
  notes text,
  import_batch uuid,
  created_by uuid,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  check ((kind = 'sorted' and route is null) or (kind = 'reused' and route = 'reuseOnSite') or (kind = 'historical' and route in ('recycling','disposal')))
);
create index waste_site_records_project_idx on waste_site_records (project_id, record_date);
create unique index waste_site_records_ref_uq on waste_site_records (project_id, reference) where reference is not null;

-- Alerts raised by manifest checks and the deadline job; dedupe_key makes every raise idempotent.
create table waste_alerts (
  id uuid primary key,
  kind text not null check (kind in ('weight_discrepancy','not_received','manifest_expired','facility_unlicensed','licence_expired','licence_expiring','category_not_accepted','over_capacity')),
  dedupe_key text not null,
  project_id uuid references projects(id) on delete cascade,
  manifest_id uuid references waste_manifests(id) on delete cascade,
  facility_id uuid references waste_facilities(id) on delete cascade,
  region_code text,
  details jsonb not null default '{}',
  raised_at timestamptz not null default now(),
  resolved_at timestamptz
);
create unique index waste_alerts_dedupe_uq on waste_alerts (dedupe_key);
create index waste_alerts_project_idx on waste_alerts (project_id, raised_at);
