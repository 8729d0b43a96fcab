-- Process supervision (issue 10; 《绿色建造试点工作方案》 五（四）严格过程管控): checklist templates,
-- inspections, findings with photos, rectification notices (整改通知单) with escalation, and the stop-work flag.

-- Checklist templates per region and topic; region_code null = the national default a region starts from.
create table supervision_templates (
  id uuid primary key,
  region_code text references regions(code),
  topic text not null check (topic in ('quality','safety','green_construction','waste','smart_site')),
  name text not null,
  items jsonb not null,                        -- [{"key":"g1","text":"…","basis":"…"}]
  active boolean not null default true,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index supervision_templates_region_idx on supervision_templates (region_code, topic);

create table inspections (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  region_code text not null references regions(code),
  template_id uuid not null references supervision_templates(id),
  topic text not null,
  title text not null,
  stage text not null check (stage in ('planning','design','construction','delivery')),
  scheduled_on date not null,
  status text not null default 'scheduled' check (status in ('scheduled','recorded','cancelled')),
  inspected_at timestamptz,
  results jsonb not null default '[]',         -- [{"key":"g1","result":"pass|fail|na","note":"…"}], template items copied at recording
  summary text,
  expert_ids uuid[] not null default '{}',     -- experts the regulator entrusted with this inspection
  created_by uuid references users(id),
  recorded_by uuid references users(id),
  ledger_index bigint,                         -- quality-ledger entry once entered
  ledgered_at timestamptz,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index inspections_project_idx on inspections (project_id, scheduled_on desc);
create index inspections_region_idx on inspections (region_code, status);

create table inspection_findings (
  id uuid primary key,
  inspection_id uuid not null references inspections(id) on delete cascade,
  project_id uuid not null references projects(id) on delete cascade,
  region_code text not null,
  item_key text,                               -- the checklist item it is about, if any
  severity text not null check (severity in ('general','major','serious')),   -- 一般 / 较重 / 严重
  description text not null,
  status text not null default 'open' check (status in ('open','closed')),
  stop_work boolean not null default false,    -- 停工整改: only on serious findings
  stop_work_lifted_at timestamptz,
  created_by uuid references users(id),
  closed_at timestamptz,
  created_at timestamptz not null default now()
);
create index inspection_findings_inspection_idx on inspection_findings (inspection_id);
create index inspection_findings_open_idx on inspection_findings (region_code, status, severity);
create index inspection_findings_stop_idx on inspection_findings (project_id) where stop_work and stop_work_lifted_at is null;

create sequence rectification_notice_seq;

create table rectification_notices (
  id uuid primary key,
  code text not null unique,                   -- 整改通知单编号
  finding_id uuid not null unique references inspection_findings(id) on delete cascade,
  project_id uuid not null references projects(id) on delete cascade,
  region_code text not null,
  responsible_organisation_id uuid not null references organisations(id),
  requirement text not null,
  deadline timestamptz not null,
  status text not null default 'issued' check (status in ('issued','responded','closed','reopened')),
  escalation_level smallint not null default 0,
  escalated_at timestamptz,
  issued_by uuid references users(id),
  closed_at timestamptz,
  closed_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index rectification_notices_open_idx on rectification_notices (status, deadline);
create index rectification_notices_project_idx on rectification_notices (project_id);
create index rectification_notices_org_idx on rectification_notices (responsible_organisation_id);

-- The notice's history: every transition and escalation, in order.
create table rectification_events (
  id bigserial primary key,
  notice_id uuid not null references rectification_notices(id) on delete cascade,
  kind text not null check (kind in ('issued','responded','closed','reopened','escalated')),
  from_status text,
  to_status text,
  escalation_level smallint,
  comment text,
  deadline timestamptz,
  actor_id uuid,
  actor_name text not null,
  organisation_id uuid,
  at timestamptz not null default now()
);
create index rectification_events_notice_idx on rectification_events (notice_id, id);

-- Photos of findings and of rectification evidence; the bytes live under DATA_DIR/supervision/photos.
create table supervision_photos (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  finding_id uuid references inspection_findings(id) on delete cascade,
  event_id bigint references rectification_events(id) on delete cascade,
  stored_path text not null,                   -- relative to DATA_DIR
  original_name text,
  content_type text not null check (content_type in ('image/jpeg','image/png','image/webp')),
  size_bytes bigint not null,
  sha256 text not null,
  captured_at timestamptz not null,
  captured_source text not null check (captured_source in ('exif','client','received')),
  uploaded_by uuid references users(id),
  created_at timestamptz not null default now(),
  check ((finding_id is null) <> (event_id is null))
);
create index supervision_photos_finding_idx on supervision_photos (finding_id);
create index supervision_photos_event_idx on supervision_photos (event_id);
