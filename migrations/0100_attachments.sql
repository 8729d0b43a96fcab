-- One table for every uploaded file (issue 15): application attachments, quality attachments, supervision photos,
-- tracking evidence, practice attachments and evaluation evidence were six tables of nearly one shape.
-- Each owner keeps its own typed foreign key with its old delete rule (quality's project restricts, the others
-- cascade), so deleting an owner behaves exactly as before. The old names stay as views over their kind's rows:
-- single-table views are automatically updatable, and WITH CHECK OPTION plus the view's owner_kind default keep a
-- write through one view from touching another kind's rows.
create table attachments (
  id uuid primary key,
  owner_kind text not null check (owner_kind in ('application','quality','supervision','tracking','practice','evaluation')),
  -- application
  application_id uuid references applications(id) on delete cascade,
  -- quality: a file is uploaded against its project first, then bound to the record that cites its hash
  quality_project_id uuid references projects(id) on delete restrict,
  quality_record_id uuid references quality_records(id),
  -- supervision: a photo of a finding or of a rectification event
  supervision_project_id uuid references projects(id) on delete cascade,
  finding_id uuid references inspection_findings(id) on delete cascade,
  event_id bigint references rectification_events(id) on delete cascade,
  captured_at timestamptz,
  captured_source text check (captured_source in ('exif','client','received')),
  -- tracking: evidence uploaded against its project (pending), then attached to a manual indicator value
  tracking_project_id uuid references projects(id) on delete cascade,
  value_id uuid references manual_indicator_values(id) on delete cascade,
  -- practice
  practice_id uuid references practices(id) on delete cascade,
  -- evaluation: evidence of one item of one evaluation
  evaluation_project_id uuid references projects(id) on delete cascade,
  evaluation_id uuid references evaluations(id) on delete cascade,
  item_id text,
  -- common to every kind
  file_name text,                -- the client's name; a supervision photo may have none
  media_type text not null,      -- found from the first bytes, never the client's claim
  size_bytes bigint not null,
  sha256 text not null,
  storage_path text,             -- applications and supervision store a key/path; the others derive it from the id
  uploaded_by uuid,
  created_at timestamptz not null default now(),
  -- exactly the owner columns of its kind are set
  check ((owner_kind = 'application') = (application_id is not null)),
  check ((owner_kind = 'quality') = (quality_project_id is not null)),
  check (quality_record_id is null or owner_kind = 'quality'),
  check ((owner_kind = 'supervision') = (supervision_project_id is not null)),
  check ((finding_id is null and event_id is null) or owner_kind = 'supervision'),
  check (owner_kind <> 'supervision' or ((finding_id is null) <> (event_id is null))),
  check ((owner_kind = 'supervision') = (captured_at is not null and captured_source is not null)),
  check ((owner_kind = 'tracking') = (tracking_project_id is not null)),
  check (value_id is null or owner_kind = 'tracking'),
  check ((owner_kind = 'practice') = (practice_id is not null)),
  check ((owner_kind = 'evaluation') = (evaluation_project_id is not null and evaluation_id is not null and item_id is not null)),
  -- the rules each kind had before
  check (owner_kind = 'supervision' or file_name is not null),
  check ((owner_kind in ('application','supervision')) = (storage_path is not null)),
  check (owner_kind <> 'application' or media_type in ('application/pdf','image/jpeg','image/png')),
  check (owner_kind <> 'supervision' or media_type in ('image/jpeg','image/png','image/webp')),
  check (owner_kind not in ('quality','practice') or sha256 ~ '^[0-9a-f]{64}$')
);

create index attachments_application_idx on attachments (application_id) where application_id is not null;
create index attachments_quality_record_idx on attachments (quality_record_id) where quality_record_id is not null;
create index attachments_quality_pending_idx on attachments (created_at) where owner_kind = 'quality' and quality_record_id is null;
create index attachments_finding_idx on attachments (finding_id) where finding_id is not null;
create index attachments_event_idx on attachments (event_id) where event_id is not null;
create index attachments_value_idx on attachments (value_id) where value_id is not null;
create index attachments_practice_idx on attachments (practice_id) where practice_id is not null;
create index attachments_evaluation_idx on attachments (evaluation_id, item_id) where evaluation_id is not null;
create index attachments_owner_kind_idx on attachments (owner_kind);

-- Every row of the six tables, under its own id.
insert into attachments (id, owner_kind, application_id, file_name, media_type, size_bytes, sha256, storage_path, uploaded_by, created_at)
  select id, 'application', application_id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at from application_attachments;
insert into attachments (id, owner_kind, quality_project_id, quality_record_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at)
  select id, 'quality', project_id, record_id, file_name, media_type, size_bytes, sha256, created_by, created_at from quality_attachments;
insert into attachments (id, owner_kind, supervision_project_id, finding_id, event_id, storage_path, file_name, media_type, size_bytes, sha256, captured_at, captured_source, uploaded_by, created_at)
  select id, 'supervision', project_id, finding_id, event_id, stored_path, original_name, content_type, size_bytes, sha256, captured_at, captured_source, uploaded_by, created_at from supervision_photos;
insert into attachments (id, owner_kind, tracking_project_id, value_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at)
  select id, 'tracking', project_id, value_id, file_name, media_type, size_bytes, sha256, created_by, created_at from manual_indicator_evidence;
insert into attachments (id, owner_kind, practice_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at)
  select id, 'practice', practice_id, file_name, media_type, size_bytes, sha256, created_by, created_at from practice_attachments;
insert into attachments (id, owner_kind, evaluation_project_id, evaluation_id, item_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at)
  select id, 'evaluation', project_id, evaluation_id, item_id, file_name, media_type, size_bytes, sha256, created_by, created_at from evaluation_evidence;

-- Tracking and evaluation never referenced users: their copied rows are not checked (NOT VALID), every new row is.
alter table attachments add constraint attachments_uploaded_by_fkey foreign key (uploaded_by) references users(id) not valid;

drop table application_attachments, quality_attachments, supervision_photos, manual_indicator_evidence, practice_attachments, evaluation_evidence;

-- The old names, columns and order, plus owner_kind (defaulted, so inserts that do not name it still land in their kind).
create view application_attachments as
  select id, application_id, file_name, media_type, size_bytes, sha256, storage_path as storage_key, uploaded_by, created_at as uploaded_at, owner_kind
  from attachments where owner_kind = 'application' with cascaded check option;
alter view application_attachments alter column owner_kind set default 'application';

create view quality_attachments as
  select id, quality_project_id as project_id, quality_record_id as record_id, file_name, media_type, size_bytes, sha256, uploaded_by as created_by, created_at, owner_kind
  from attachments where owner_kind = 'quality' with cascaded check option;
alter view quality_attachments alter column owner_kind set default 'quality';

create view supervision_photos as
  select id, supervision_project_id as project_id, finding_id, event_id, storage_path as stored_path, file_name as original_name, media_type as content_type,
         size_bytes, sha256, captured_at, captured_source, uploaded_by, created_at, owner_kind
  from attachments where owner_kind = 'supervision' with cascaded check option;
alter view supervision_photos alter column owner_kind set default 'supervision';

create view manual_indicator_evidence as
  select id, tracking_project_id as project_id, value_id, file_name, media_type, size_bytes, sha256, uploaded_by as created_by, created_at, owner_kind
  from attachments where owner_kind = 'tracking' with cascaded check option;
alter view manual_indicator_evidence alter column owner_kind set default 'tracking';

create view practice_attachments as
  select id, practice_id, file_name, media_type, size_bytes, sha256, uploaded_by as created_by, created_at, owner_kind
  from attachments where owner_kind = 'practice' with cascaded check option;
alter view practice_attachments alter column owner_kind set default 'practice';

create view evaluation_evidence as
  select id, evaluation_project_id as project_id, evaluation_id, item_id, file_name, media_type, size_bytes, sha256, uploaded_by as created_by, created_at, owner_kind
  from attachments where owner_kind = 'evaluation' with cascaded check option;
alter view evaluation_evidence alter column owner_kind set default 'evaluation';
