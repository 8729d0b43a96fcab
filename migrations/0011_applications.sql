-- Application rounds, submissions with attachments, expert review with conflict-of-interest checks, scores, decisions.
create table application_rounds (
  id uuid primary key,
  region_code text not null references regions(code),
  title text not null,
  status text not null default 'draft' check (status in ('draft','open','closed')),
  closes_on date,
  opened_at timestamptz,
  closed_at timestamptz,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index application_rounds_region_idx on application_rounds (region_code, status);

-- The round's scoring criteria; an expert scores each from 0 to max_score.
create table review_criteria (
  id uuid primary key,
  round_id uuid not null references application_rounds(id) on delete cascade,
  seq integer not null,
  name text not null,
  description text,
  max_score double precision not null check (max_score > 0)
);
create index review_criteria_round_idx on review_criteria (round_id, seq);

create table applications (
  id uuid primary key,
  round_id uuid not null references application_rounds(id),
  project_id uuid not null references projects(id) on delete cascade,
  organisation_id uuid not null references organisations(id),   -- the applying enterprise
  submitted_by uuid references users(id),
  submitted_at timestamptz not null default now(),
  status text not null default 'submitted' check (status in ('submitted','reviewing','decided')),
  decision text check (decision in ('selected','rejected')),
  decision_note text,
  decided_by uuid references users(id),
  decided_at timestamptz,
  is_demo boolean not null default false
);
create unique index applications_round_project_uq on applications (round_id, project_id);
create index applications_org_idx on applications (organisation_id);
create index applications_project_idx on applications (project_id);

-- Files are stored under DATA_DIR/attachments by content hash checks; the row is written only after the file is complete.
create table application_attachments (
  id uuid primary key,
  application_id uuid not null references applications(id) on delete cascade,
  file_name text not null,
  media_type text not null check (media_type in ('application/pdf','image/jpeg','image/png')),
  size_bytes bigint not null,
  sha256 text not null,
  storage_key text not null,
  uploaded_by uuid references users(id),
  uploaded_at timestamptz not null default now()
);
create index application_attachments_app_idx on application_attachments (application_id);

create table review_assignments (
  id uuid primary key,
  application_id uuid not null references applications(id) on delete cascade,
  expert_user_id uuid not null references users(id),
  assigned_by uuid references users(id),
  assigned_at timestamptz not null default now(),
  status text not null default 'assigned' check (status in ('assigned','submitted')),
  comment text,
  submitted_at timestamptz
);
create unique index review_assignments_uq on review_assignments (application_id, expert_user_id);
create index review_assignments_expert_idx on review_assignments (expert_user_id);

create table review_scores (
  assignment_id uuid not null references review_assignments(id) on delete cascade,
  criterion_id uuid not null references review_criteria(id) on delete cascade,
  score double precision not null check (score >= 0),
  primary key (assignment_id, criterion_id)
);
