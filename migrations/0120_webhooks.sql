-- Webhooks (issue 16): endpoints an organisation subscribes to event types, one delivery row per endpoint × event
-- (written by the event relay's consumer in its own transaction, so exactly once), and every attempt's outcome.
create table webhook_endpoints (
  id uuid primary key,
  -- Whose events it may receive: the creator's organisation / region / role when it was created.
  organisation_id uuid references organisations(id),
  region_code text,
  owner_role text not null check (owner_role in ('admin','regulator','enterprise')),
  url text not null,
  description text not null default '',
  event_types text[] not null,
  project_ids uuid[],
  region_codes text[],
  -- An administrator allowed a private address (and ports 8000–9999) for an on-premise partner.
  allow_private boolean not null default false,
  -- Signing secrets (whsec_…); the previous one keeps signing until previous_secret_until (rotation overlap).
  secret text not null,
  previous_secret text,
  previous_secret_until timestamptz,
  status text not null default 'active' check (status in ('active','disabled')),
  disabled_reason text check (disabled_reason in ('manual','gone','failing')),
  disabled_at timestamptz,
  -- Set at the first failure after a success; five days of failing disables the endpoint.
  failing_since timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index webhook_endpoints_org_idx on webhook_endpoints (organisation_id);
create index webhook_endpoints_active_idx on webhook_endpoints (status);

create table webhook_deliveries (
  id uuid primary key,
  endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
  -- The event id, sent as webhook-id; the receiver deduplicates on it.
  event_id uuid not null,
  event_type text not null,
  -- Only for messages that are not in the event log (test pings): the body as sent.
  payload text,
  status text not null default 'pending' check (status in ('pending','succeeded','failed')),
  attempts int not null default 0,
  -- When the next attempt is due; while an attempt is in flight, the end of its claim (a crashed sender's claim lapses).
  next_attempt_at timestamptz,
  claim uuid,
  last_status_code int,
  last_error text,
  last_attempt_at timestamptz,
  created_at timestamptz not null default now(),
  succeeded_at timestamptz,
  unique (endpoint_id, event_id)
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint_idx on webhook_deliveries (endpoint_id, created_at desc);

create table webhook_attempts (
  id bigserial primary key,
  delivery_id uuid not null references webhook_deliveries(id) on delete cascade,
  endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
  attempted_at timestamptz not null default now(),
  status_code int,
  latency_ms int not null,
  outcome text not null check (outcome in ('succeeded','failed')),
  error text,
  response_excerpt text not null default ''
);
create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, attempted_at);
