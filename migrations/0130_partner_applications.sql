-- Partner applications (issue 16): an organisation's enterprise platform calls the open API with OAuth 2.0 client
-- credentials. Secrets are kept as SHA-256 like API tokens; public keys for private_key_jwt (RFC 7523) as a JWKS.
create table partner_applications (
  id uuid primary key,
  organisation_id uuid not null references organisations(id),
  name text not null check (length(name) between 1 and 100),
  description text,
  client_id text not null unique,
  scopes text[] not null,
  jwks jsonb,
  -- requests per minute; counted in partner_rate_windows so every instance shares the count
  rate_limit_per_minute integer not null default 600 check (rate_limit_per_minute between 1 and 100000),
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index partner_applications_organisation on partner_applications (organisation_id);

create table partner_client_secrets (
  id uuid primary key,
  application_id uuid not null references partner_applications(id) on delete cascade,
  secret_hash bytea not null unique,
  prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index partner_client_secrets_application on partner_client_secrets (application_id);

-- A client assertion's jti is accepted once (RFC 7523 §3 item 7); rows go when the assertion would have expired anyway.
create table partner_assertion_jtis (
  application_id uuid not null references partner_applications(id) on delete cascade,
  jti text not null,
  expires_at timestamptz not null,
  primary key (application_id, jti)
);

-- The keys that sign access tokens: in the database so every instance signs and verifies with the same set. The newest
-- live key signs; a retired key stays published (and accepted) until retire_after, so tokens it signed keep working.
create table oauth_signing_keys (
  kid text primary key,
  alg text not null,
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz
);

-- Fixed one-minute windows of requests per application (rate limits shared by every instance).
create table partner_rate_windows (
  application_id uuid not null references partner_applications(id) on delete cascade,
  window_start timestamptz not null,
  requests integer not null,
  primary key (application_id, window_start)
);

-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first answer to a POST, kept 24 h per caller.
create table idempotency_keys (
  caller text not null,
  key text not null,
  request_hash bytea not null,
  status integer,
  content_type text,
  body bytea,
  created_at timestamptz not null default now(),
  completed_at timestamptz,
  primary key (caller, key)
);
create index idempotency_keys_created on idempotency_keys (created_at);

-- An application's tokens are cached per instance like sessions: revoking the application or one of its secrets,
-- or changing its scopes, tells every instance at once (PrincipalCache.dropUser with the application id).
create or replace function notify_partner_application_changed() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'partner_applications' then
    perform pg_notify('principal_changed', (case when tg_op = 'DELETE' then old.id else new.id end)::text);
  else
    perform pg_notify('principal_changed', (case when tg_op = 'DELETE' then old.application_id else new.application_id end)::text);
  end if;
  return null;
end
$$;
create trigger partner_applications_changed after update of revoked_at, scopes, jwks, organisation_id or delete on partner_applications
  for each row execute function notify_partner_application_changed();
create trigger partner_client_secrets_changed after update of revoked_at or delete on partner_client_secrets
  for each row execute function notify_partner_application_changed();
