-- 经验做法库 (issue 9): replicable practices recorded by regulators, with tags, evidence files and the projects they
-- come from; published ones form the public 可复制推广经验 list.
create table practices (
  id uuid primary key,
  region_code text not null references regions(code),
  title text not null,
  summary text not null,
  body text not null default '',
  tags text[] not null default '{}',
  aspect text check (aspect in ('design','materials','production','construction','delivery')),
  source_project_ids uuid[] not null default '{}',
  status text not null default 'draft' check (status in ('draft','published')),
  published_at timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  is_demo boolean not null default false
);
create index practices_region_idx on practices (region_code, status);
create index practices_tags_idx on practices using gin (tags);

-- Evidence files stored under DATA_DIR/practices/<practice>/<id>, checked by their first bytes.
create table practice_attachments (
  id uuid primary key,
  practice_id uuid not null references practices(id) on delete cascade,
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index practice_attachments_practice_idx on practice_attachments (practice_id);
