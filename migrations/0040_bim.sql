-- BIM models (issue 6): uploaded IFC files per project with versions, processing jobs, and take-off element rows.
create table bim_models (
  id uuid primary key,
  project_id uuid not null references projects(id),
  version integer not null,
  file_name text not null,
  size_bytes bigint not null,
  sha256 text not null,
  ifc_schema text not null,                 -- IFC2X3 / IFC4 / IFC4X3, from the STEP header
  status text not null default 'queued' check (status in ('queued','processing','ready','failed')),
  progress double precision not null default 0,   -- 0..1, written by whichever instance runs the job
  stage text,
  attempts integer not null default 0,
  heartbeat_at timestamptz,
  error_code text,
  error_detail text,
  uploaded_by uuid,
  uploaded_by_name text not null,
  created_at timestamptz not null default now(),
  processed_at timestamptz,
  processing_ms integer,
  element_count integer,
  fragments_bytes bigint,
  spatial jsonb,                            -- site / building / storey / space tree
  summary jsonb,                            -- counts by class, quantities per class, materials
  is_demo boolean not null default false,
  unique (project_id, version)
);
create index bim_models_project_idx on bim_models (project_id, version desc);
create index bim_models_status_idx on bim_models (status) where status in ('queued','processing');

create table bim_elements (
  model_id uuid not null references bim_models(id) on delete cascade,
  express_id integer not null,
  project_id uuid not null,
  global_id text not null,
  ifc_class text not null,                  -- take-off class, subtypes rolled up (IfcWall)
  entity text not null,                     -- exact entity (IfcWallStandardCase)
  name text,
  object_type text,
  tag text,
  storey text,
  material text,                            -- material names joined, for filtering and export
  materials jsonb not null default '[]',    -- [{name, share}] volume shares (layer thickness, constituent fraction)
  declared_volume double precision,         -- m³, IfcElementQuantity NetVolume / GrossVolume
  declared_area double precision,           -- m²
  geometry_volume double precision,         -- m³, from the triangulated mesh
  geometry_surface_area double precision,   -- m², whole mesh surface
  volume double precision,                  -- take-off value: declared, else geometry
  area double precision,
  volume_source text check (volume_source in ('declared','geometry')),
  volume_difference double precision,       -- (geometry − declared) / declared
  psets jsonb not null default '{}',
  quantity_sets jsonb not null default '{}',
  primary key (model_id, express_id)
);
create index bim_elements_class_idx on bim_elements (model_id, ifc_class);
create index bim_elements_global_idx on bim_elements (model_id, global_id);
