-- Data-sharing grants (issue 16): a project's owner organisation lets another organisation read named datasets of
-- that project, optionally until a date, for a stated purpose. Checked on every request (no caching), so a revoke
-- takes effect on the next one; every read under a grant is logged for the grantor.
create table project_data_grants (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  grantor_organisation_id uuid not null references organisations(id),
  grantee_organisation_id uuid not null references organisations(id),
  datasets text[] not null check (cardinality(datasets) > 0
    and datasets <@ array['site','waste','carbon','bim','quality','evaluation']::text[]),
  purpose text not null check (length(purpose) between 1 and 500),
  valid_until date,
  created_by uuid,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_by uuid,
  check (grantor_organisation_id <> grantee_organisation_id)
);
create index project_data_grants_grantee on project_data_grants (grantee_organisation_id, project_id) where revoked_at is null;
create index project_data_grants_project on project_data_grants (project_id);

create table project_grant_accesses (
  id bigserial primary key,
  grant_id uuid not null references project_data_grants(id) on delete cascade,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text not null,
  via text not null,
  dataset text not null,
  method text not null,
  route text not null
);
create index project_grant_accesses_grant on project_grant_accesses (grant_id, at desc);
