-- The project register is the spine every capability hangs its data on (pilot programmes issue).
create table projects (
  id uuid primary key,
  code text not null,                          -- human-readable register number, e.g. HN-2021-001
  name text not null,
  region_code text not null references regions(code),
  owner_organisation_id uuid not null references organisations(id),   -- 建设单位 or EPC contractor who applies
  category text not null check (category in ('building','municipal')),        -- 房屋建筑 / 市政基础设施
  structure_type text,                         -- concrete, steel, timber, composite, masonry, other
  use_type text,                               -- residential, public, industrial, road, bridge, pipeline, other
  is_renewal boolean not null default false,   -- 城市更新 / 老旧小区改造
  is_prefabricated boolean not null default false,
  address text,
  latitude double precision,
  longitude double precision,
  floor_area_m2 double precision,              -- 总建筑面积 (buildings)
  length_m double precision,                   -- for linear works (roads, pipelines)
  investment_wan_yuan double precision,        -- 总投资 (万元)
  organisation_model text check (organisation_model in ('epc','whole_process_consulting','architect_led','traditional')),
  planned_start date,
  planned_finish date,
  actual_start date,
  actual_finish date,
  status text not null default 'applied' check (status in ('applied','reviewing','selected','rejected','implementing','completed','summarised')),
  description text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index projects_code_uq on projects (code);
create index projects_region_idx on projects (region_code, status);
create index projects_owner_idx on projects (owner_organisation_id);

-- Participants with their roles; an enterprise sees the projects it takes part in.
create table project_participants (
  project_id uuid not null references projects(id) on delete cascade,
  organisation_id uuid not null references organisations(id),
  role text not null check (role in ('owner','epc','design','construction','supervision','consulting')),
  primary key (project_id, organisation_id, role)
);
create index project_participants_org_idx on project_participants (organisation_id);

-- Experts see a project only while they hold an assignment on it (review, evaluation, inspection).
create table project_experts (
  project_id uuid not null references projects(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  purpose text not null,                       -- 'review', 'evaluation', 'inspection'
  assigned_at timestamptz not null default now(),
  primary key (project_id, user_id, purpose)
);
create index project_experts_user_idx on project_experts (user_id);
