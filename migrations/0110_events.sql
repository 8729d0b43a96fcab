-- The event log (issue 16): a transactional outbox written in the same transaction as each change.
-- seq is insert order only. The public order is (txid, seq): a reader returns only rows whose transaction id is below
-- the oldest transaction still running (pg_snapshot_xmin), so a transaction that took an earlier seq but commits later
-- is never skipped by a cursor that has already moved past it.
create table events (
  seq bigserial primary key,
  id uuid not null unique,
  txid xid8 not null default pg_current_xact_id(),
  type text not null,
  source text not null,
  subject text not null,
  time timestamptz not null default now(),
  data jsonb not null,
  project_id uuid,
  organisation_id uuid,
  region_code text,
  dataset text check (dataset in ('projects','applications','planning','site','waste','carbon','bim','quality',
                                  'supervision','evaluation','tracking','practices'))
);
create index events_order on events (txid, seq);
create index events_project_order on events (project_id, txid, seq);
create index events_time on events (time);

-- Durable consumers (webhook dispatch, notifications): one row each, held FOR UPDATE SKIP LOCKED while a batch runs,
-- so with several instances exactly one handles a consumer at a time; the cursor moves in the handler's transaction.
create table event_consumers (
  name text primary key,
  cursor text not null,
  updated_at timestamptz not null default now()
);

-- The last (txid, seq) removed by retention: a cursor below it has lost events and answers 410 cursor_expired.
create table event_log_horizon (
  only_row boolean primary key default true check (only_row),
  txid xid8 not null,
  seq bigint not null
);
