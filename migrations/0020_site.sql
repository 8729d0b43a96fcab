-- Smart construction site (智慧工地): devices, canonical readings with rollups, data quality, thresholds and alarms.

create table site_devices (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  name text not null,
  kind text not null check (kind in ('dust_noise','water_meter','electricity_meter','tower_crane','hoist','other')),
  protocols text[] not null,                   -- subset of hj212, mqtt, http
  mn text,                                     -- HJ 212 MN as configured in the field (cannot be changed remotely)
  hj212_password_hash bytea,                   -- SHA-256 of the HJ 212 PW; the PW itself is never stored
  token_hash bytea,                            -- SHA-256 of the HTTP/MQTT token; shown once, rotatable
  token_prefix text,
  metrics text[] not null default '{}',        -- canonical metrics it reports; empty = any
  location text,                               -- position on site, e.g. 东南角围挡
  lenient_crc boolean not null default false,  -- accept a CRC-16/MODBUS checksum from this device (logged)
  offline_after_s integer not null default 900 check (offline_after_s between 60 and 604800),
  active boolean not null default true,
  last_seen_at timestamptz,
  rejected_count bigint not null default 0,
  quality_checked_until timestamptz,           -- readings up to here have been screened by the data-quality job
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
) with (fillfactor = 80);  -- last_seen_at is updated often
create unique index site_devices_mn_uq on site_devices (mn) where mn is not null;
create unique index site_devices_token_uq on site_devices (token_hash) where token_hash is not null;
create index site_devices_project_idx on site_devices (project_id);

-- Raw canonical readings. Append-mostly and time-ordered, so a BRIN index on time serves range scans and
-- retention at a fraction of a btree's size; the unique key makes every ingestion path idempotent.
-- kind: rtd = real-time sample, minute/hour/day = the device's own aggregates (HJ 212 CN 2051/2061/2031).
create table site_readings (
  device_id uuid not null,
  metric text not null,
  time timestamptz not null,
  kind text not null,
  value double precision not null,
  flag text not null default 'N',              -- HJ 212 表8 data flag as sent
  source text not null,                        -- hj212, mqtt, http, seed
  quality text                                 -- platform data-quality rules that flagged it (comma list), null = none
);
create unique index site_readings_key on site_readings (device_id, metric, time, kind);
create index site_readings_time_brin on site_readings using brin (time);
-- The devices' own minute/hour/day aggregates are few; this lets rollup queries find them without touching samples.
create index site_readings_aggregates_idx on site_readings (device_id, metric, kind, time) where kind <> 'rtd';

-- Minute/hour/day rollups of real-time samples, maintained in the same statement that inserts the raw rows.
-- n/sum/min/max cover readings flagged N (valid); total counts every reading, so the HJ 212 C.16 75 % rule can
-- decide whether the bucket itself is valid.
create table site_rollups (
  device_id uuid not null,
  metric text not null,
  resolution text not null check (resolution in ('minute','hour','day')),
  bucket timestamptz not null,
  n integer not null,
  sum double precision not null,
  min double precision,
  max double precision,
  total integer not null,
  primary key (device_id, metric, resolution, bucket)
) with (fillfactor = 70);  -- room on each page so the constant in-place updates stay HOT (no index churn)

-- Data-quality screening results per device and China-local day.
create table site_quality_tally (
  device_id uuid not null,
  day date not null,
  checked integer not null default 0,
  flagged integer not null default 0,
  by_rule jsonb not null default '{}',
  primary key (device_id, day)
);

-- Rejected input, counted per device (or 'unknown' when the sender could not be identified), day, path and reason.
create table site_rejects (
  device_ref text not null,                    -- device id, or 'mn:<MN>' / 'unknown'
  day date not null,
  source text not null,
  reason text not null,
  count bigint not null default 0,
  last_detail text,
  last_at timestamptz not null default now(),
  primary key (device_ref, day, source, reason)
);

-- Editable vendor factor-name aliases for HJ 212 (seeded with the domain defaults at start).
create table site_factor_aliases (
  code text primary key,
  metric text not null,
  updated_at timestamptz not null default now()
);

create table site_settings (
  key text primary key,
  value jsonb not null
);
insert into site_settings (key, value) values ('raw_retention_days', '400') on conflict do nothing;

-- Threshold rules: national default (no region, no project), per region, or per project; the most specific wins
-- for a (metric, period). period: all day long, or GB 12523 昼间/夜间 with its local window.
create table site_threshold_rules (
  id uuid primary key,
  region_code text references regions(code),
  project_id uuid references projects(id) on delete cascade,
  metric text not null,
  period text not null default 'all' check (period in ('all','day','night')),
  limit_value double precision not null,
  sustained_minutes integer not null default 0 check (sustained_minutes between 0 and 1440),
  day_start_minute integer not null default 360,
  day_end_minute integer not null default 1320,
  basis text,                                  -- where the figure comes from, e.g. GB 12523-2011 表1
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (project_id is null or region_code is null)
);
create unique index site_rules_scope_uq on site_threshold_rules
  (coalesce(region_code, ''), coalesce(project_id, '00000000-0000-0000-0000-000000000000'::uuid), metric, period);

insert into site_threshold_rules (id, metric, period, limit_value, sustained_minutes, basis) values
  ('6f0c2f2e-0000-4000-8000-000000000001', 'noise_leq', 'day', 70, 0, 'GB 12523-2011 表1 昼间 70 dB(A)'),
  ('6f0c2f2e-0000-4000-8000-000000000002', 'noise_leq', 'night', 55, 0, 'GB 12523-2011 表1 夜间 55 dB(A)');
-- PM10 site limits are local practice (standards.md §8, recalled, not verified): 150 µg/m³ sustained 60 min as a seed.
insert into site_threshold_rules (id, region_code, metric, period, limit_value, sustained_minutes, basis)
select gen_random_uuid(), code, 'pm10', 'all', 150, 60, '地方施工扬尘管控实践（待核实）' from regions
on conflict do nothing;

create table site_alarms (
  id uuid primary key,
  device_id uuid not null references site_devices(id) on delete cascade,
  project_id uuid not null,
  rule_key text not null,                      -- threshold rule id, or 'offline'
  kind text not null check (kind in ('threshold','offline')),
  metric text,
  limit_value double precision,
  observed_value double precision,
  state text not null default 'open' check (state in ('open','acknowledged','closed')),
  opened_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  acknowledged_by text,
  closed_at timestamptz,
  closed_by text,                              -- null when the platform closed it because the condition cleared
  note text
);
-- One open (or acknowledged) alarm per rule and device.
create unique index site_alarms_open_uq on site_alarms (device_id, rule_key) where state <> 'closed';
create index site_alarms_project_idx on site_alarms (project_id, opened_at desc);
