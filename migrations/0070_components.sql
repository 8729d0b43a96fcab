-- 标准部品构件库: a national base library (region_code null) that each pilot region extends with its own specs.
create table component_specs (
  id uuid primary key,
  region_code text references regions(code),          -- null = national base library
  code text not null,                                  -- 规格编码, unique within its library
  type text not null,                                  -- composite_slab, wall_panel, stair, … (see components/types.ts)
  name text not null,
  profile text,                                        -- steel section designation (e.g. Tekla 'PL10*200'); null for precast concrete
  dims_mm jsonb not null,                              -- nominal dimensions in mm, order fixed per type (length, width, height/thickness)
  joint_mm double precision,                           -- 接缝: actual size = nominal − joint
  material text,
  grade text,                                          -- concrete grade (C30…) or steel grade (Q355…)
  manufacturers jsonb not null default '[]'::jsonb,
  version text not null default '1.0',
  status text not null default 'active' check (status in ('draft','active','withdrawn')),
  source text,                                         -- provenance; demo specs say 'recalled'
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index component_specs_code_uq on component_specs (coalesce(region_code, ''), code);
create index component_specs_type_idx on component_specs (type, status);

-- Every library import attempt, accepted or rejected, with its row/cell error report.
create table component_imports (
  id uuid primary key,
  region_code text references regions(code),
  filename text not null,
  sha256 text not null,
  size_bytes integer not null,
  status text not null check (status in ('imported','rejected')),
  rows_total integer not null,
  created integer not null default 0,
  updated integer not null default 0,
  errors jsonb not null default '[]'::jsonb,
  actor_id uuid,
  created_at timestamptz not null default now()
);

-- How a project's precast components are recognised in its BIM model, and the matching tolerance.
create table project_component_settings (
  project_id uuid primary key references projects(id) on delete cascade,
  rules jsonb not null,
  tolerance_mm double precision not null default 5,
  updated_at timestamptz not null default now()
);

-- Component instances of a project: from the BIM model (by rules) or an imported schedule (构件清单).
create table component_instances (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  source text not null check (source in ('model','schedule')),
  source_ref text not null,                            -- IFC GlobalId, or 'row N' of the schedule
  model_id text,                                       -- the BIM model version it came from
  type text not null,
  name text,
  profile text,
  dims_mm jsonb not null,
  quantity integer not null default 1 check (quantity >= 1),
  storey text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index component_instances_project_idx on component_instances (project_id, source);
