-- Platform foundation: regions, organisations, accounts, sessions, API tokens, login throttling, audit log.

create table regions (
  code text primary key,                       -- e.g. 'hunan', 'shenzhen', 'changzhou'
  admin_code text,                             -- GB/T 2260 administrative division code
  name_zh text not null,
  name_en text not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);

create table organisations (
  id uuid primary key,
  name text not null,
  kind text not null check (kind in ('ministry','authority','enterprise','expert_pool','facility','other')),
  region_code text references regions(code),
  credit_code text,                            -- 统一社会信用代码
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index organisations_name_uq on organisations (name);
create index organisations_region_idx on organisations (region_code);

create table users (
  id uuid primary key,
  username text not null,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('admin','regulator','enterprise','expert','facility')),
  organisation_id uuid references organisations(id),
  region_code text references regions(code),
  phone text,
  email text,
  active boolean not null default true,
  must_change_password boolean not null default false,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);
create unique index users_username_uq on users (lower(username));
create index users_org_idx on users (organisation_id);
create index users_region_idx on users (region_code);

-- Sessions live in the database so any instance behind a load balancer can serve any request.
create table sessions (
  id_hash bytea primary key,                   -- SHA-256 of the cookie value; the value itself is never stored
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text,
  revoked_at timestamptz
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id uuid primary key,
  name text not null,
  user_id uuid not null references users(id) on delete cascade,
  secret_hash bytea not null,                  -- SHA-256 of the secret part; shown once at creation
  prefix text not null,                        -- first characters, so a user can recognise a token
  scopes text[] not null,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index api_tokens_user_idx on api_tokens (user_id);
create unique index api_tokens_secret_uq on api_tokens (secret_hash);

-- Failed logins per key (username or IP), counted in a sliding window shared by all instances.
create table login_failures (
  key text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz
);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text not null,
  actor_role text,
  action text not null,                        -- e.g. 'user.create', 'project.transition'
  entity_type text not null,
  entity_id text,
  region_code text,
  organisation_id uuid,
  before jsonb,
  after jsonb,
  ip text
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_region_idx on audit_log (region_code, at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
