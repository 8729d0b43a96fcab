-- Quality records of a project (工程质量可追溯, issue 8). Each row is appended to the transparency log in the
-- same transaction (ledger_index); a correction is a new row pointing at the one it corrects, never an edit.
create table quality_records (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete restrict,
  kind text not null check (kind in ('material_inspection','component_production','component_installation',
    'concealed_acceptance','stage_acceptance','completion_acceptance','test_report')),
  record_date date not null,
  subject text not null,                 -- material / component type / works inspected / report title
  location text,                         -- 部位, e.g. "3# 楼 5 层梁板"
  batch_no text,                         -- 批号 / 检验批 / 报告编号
  quantity text,
  supplier text,                         -- 供应商 / 生产厂 / 检测机构
  component_id text,                     -- 构件编号 printed on its QR label
  spec_id text,                          -- component library spec, where one exists
  result text not null check (result in ('pass','fail','rectify')),
  inspector_name text,                   -- private: not in the public entry, only its salted digest
  inspector_phone text,
  notes text,
  private_salt text not null,
  corrects_id uuid references quality_records(id),
  organisation_id uuid references organisations(id),
  organisation_name text,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  ledger_index bigint not null unique,
  is_demo boolean not null default false,
  check ((kind in ('component_production','component_installation')) = (component_id is not null))
);
create index quality_records_project_idx on quality_records (project_id, record_date desc);
create index quality_records_component_idx on quality_records (project_id, component_id) where component_id is not null;
-- A record is corrected at most once; a further correction corrects the correction.
create unique index quality_records_corrects_uq on quality_records (corrects_id) where corrects_id is not null;

-- Files stored under DATA_DIR/quality/<project>/<id>; uploaded first, then bound to the record that cites their hash.
create table quality_attachments (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete restrict,
  record_id uuid references quality_records(id),
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index quality_attachments_record_idx on quality_attachments (record_id);
create index quality_attachments_pending_idx on quality_attachments (created_at) where record_id is null;
