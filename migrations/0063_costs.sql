-- Incremental cost and benefit of green measures (五（二）调整完善计价依据): each measure's cost against a conventional
-- baseline, and its benefits, either typed in (source 'manual') or snapshot from a platform indicator (source 'indicator').
create table cost_measures (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  region_code text not null references regions(code),
  discipline text not null,                    -- 专业
  name text not null,                          -- 措施
  unit text not null,
  quantity double precision not null check (quantity >= 0),
  baseline_unit_price double precision not null check (baseline_unit_price >= 0),   -- 常规做法单价 (元)
  green_unit_price double precision not null check (green_unit_price >= 0),         -- 绿色做法单价 (元)
  note text,
  sort_order integer not null default 0,
  is_demo boolean not null default false,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index cost_measures_project_idx on cost_measures (project_id, sort_order);
create index cost_measures_region_idx on cost_measures (region_code);

create table cost_benefits (
  id uuid primary key,
  measure_id uuid not null references cost_measures(id) on delete cascade,
  kind text not null check (kind in ('disposal','materials','energy','water','carbon')),
  quantity double precision not null,          -- physical amount saved, in `unit` (t, kWh, m³, tCO2e, 元)
  unit text not null,
  unit_value double precision,                 -- 元 per unit, to monetise; null = not monetised
  source text not null check (source in ('manual','indicator')),
  indicator_key text,                          -- e.g. 'waste.intensity', 'carbon.embodiedPerM2'
  indicator_snapshot jsonb,                    -- {value, unit, at, label} as fetched when saved
  note text,
  sort_order integer not null default 0,
  check (source <> 'indicator' or (indicator_key is not null and indicator_snapshot is not null))
);
create index cost_benefits_measure_idx on cost_benefits (measure_id, sort_order);
