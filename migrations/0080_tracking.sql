-- Dynamic tracking (issue 9 part A): monthly indicator snapshots per project, and indicators the platform cannot
-- measure, entered by hand with evidence files.

-- One row per project, month and indicator, written by the scheduled snapshot job (value null = nothing to measure).
create table tracking_snapshots (
  project_id uuid not null references projects(id) on delete cascade,
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  indicator_key text not null,
  value double precision,
  computed_at timestamptz not null default now(),
  primary key (project_id, month, indicator_key)
);
create index tracking_snapshots_month_idx on tracking_snapshots (month, project_id);

-- Indicators entered by hand (catalogue data, not code): values need evidence attachments.
create table manual_indicator_definitions (
  key text primary key check (key ~ '^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$'),
  name_zh text not null,
  name_en text not null,
  unit text not null,
  direction text not null check (direction in ('higherIsBetter','lowerIsBetter')),
  definition_zh text not null,
  definition_en text not null,
  min_value double precision,
  max_value double precision,
  sort integer not null default 0,
  active boolean not null default true
);

insert into manual_indicator_definitions (key, name_zh, name_en, unit, direction, definition_zh, definition_en, min_value, max_value, sort) values
  ('materials.greenCertifiedShare', '绿色建材认证产品应用比例', 'Share of certified green building materials', '%', 'higherIsBetter',
   '获得绿色建材产品认证的建材用量（按采购金额）÷ 建材总用量；依据采购合同和认证证书填报', 'Certified green building materials ÷ all building materials, by purchase value; from contracts and certificates', 0, 100, 1),
  ('design.greenBuildingStars', '绿色建筑星级（设计标识）', 'Green building star rating (design)', '星', 'higherIsBetter',
   'GB/T 50378 绿色建筑设计评价星级：0 = 基本级，1–3 = 一星至三星；依据评价标识证书填报', 'GB/T 50378 design rating: 0 = basic, 1–3 = one to three stars; from the rating certificate', 0, 3, 2),
  ('construction.energyPerM2', '单位面积施工能耗', 'Construction energy per m²', 'kWh/m²', 'lowerIsBetter',
   '施工阶段累计用电（含折算的燃油）÷ 建筑面积；依据电表、油料台账填报', 'Cumulative construction-stage electricity (fuel converted) ÷ floor area; from meter readings and fuel ledgers', 0, null, 3);

create table manual_indicator_values (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  indicator_key text not null references manual_indicator_definitions(key),
  value double precision not null,
  as_of date not null,
  note text,
  entered_by uuid,
  entered_by_name text not null,
  created_at timestamptz not null default now(),
  is_demo boolean not null default false
);
create index manual_indicator_values_idx on manual_indicator_values (project_id, indicator_key, as_of desc, created_at desc);

-- Evidence files: uploaded first (value_id null, pending), then attached to a value in its transaction.
create table manual_indicator_evidence (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  value_id uuid references manual_indicator_values(id) on delete cascade,
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  created_by uuid,
  created_at timestamptz not null default now()
);
create index manual_indicator_evidence_value_idx on manual_indicator_evidence (value_id);
