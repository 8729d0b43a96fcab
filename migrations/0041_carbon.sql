-- Embodied carbon per GB/T 51366-2019 (issue 6): factor library (material, transport, energy/grid) with revisions,
-- material mapping rules, and per-project inputs (bill of materials, construction energy, chosen factors).
create table carbon_factors (
  id text primary key,
  kind text not null check (kind in ('material','transport','energy')),
  name_zh text not null,
  name_en text not null,
  unit text not null,                       -- material: m3/t/m2; transport: t·km; energy: kWh/L/kg/m3/GJ
  value double precision not null check (value >= 0),   -- kgCO2e per unit
  category text,                            -- material category (concrete, steel …)
  carrier text,                             -- energy carrier
  region text,                              -- energy: 'CN' or a region code
  year integer,                             -- energy: data year
  source text not null,
  confidence text not null check (confidence in ('verified','recalled-high','recalled-medium','recalled-low')),
  note text,
  seed_version text,
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text not null default 'system'
);
create index carbon_factors_kind_idx on carbon_factors (kind);

-- Every value a factor has had, so a result can be recomputed as of a date.
create table carbon_factor_revisions (
  factor_id text not null references carbon_factors(id),
  revision integer not null,
  value double precision not null,
  source text not null,
  confidence text not null,
  note text,
  changed_at timestamptz not null default now(),
  changed_by text not null,
  primary key (factor_id, revision)
);

create table carbon_mapping_rules (
  id text primary key,
  position integer not null,
  pattern text,
  ifc_classes jsonb,
  factor_id text references carbon_factors(id),
  assumption text,
  reason text,
  updated_at timestamptz not null default now()
);

create table carbon_project_settings (
  project_id uuid primary key references projects(id),
  grid_factor_id text references carbon_factors(id),
  transport_mode_id text references carbon_factors(id),
  updated_at timestamptz not null default now()
);

create table carbon_bom_lines (
  id uuid primary key,
  project_id uuid not null references projects(id),
  line_no integer not null,
  name text not null,
  ifc_class text,
  quantity double precision not null check (quantity >= 0),
  unit text not null check (unit in ('m3','t','m2','kg')),
  factor_id text references carbon_factors(id),
  distance_km double precision check (distance_km >= 0),
  transport_mode_id text references carbon_factors(id),
  file_name text,
  imported_at timestamptz not null default now()
);
create index carbon_bom_project_idx on carbon_bom_lines (project_id, line_no);

create table carbon_energy_entries (
  id uuid primary key,
  project_id uuid not null references projects(id),
  period text not null,                     -- YYYY-MM the energy was used in
  energy_factor_id text not null references carbon_factors(id),
  quantity double precision not null check (quantity >= 0),
  unit text not null,
  note text,
  source text not null default 'manual',    -- manual, or a smart-site meter feed later
  entered_at timestamptz not null default now(),
  entered_by text not null
);
create index carbon_energy_project_idx on carbon_energy_entries (project_id, period);
