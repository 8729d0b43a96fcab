-- Quality-traceability transparency log (issue 8; RFC 6962 / C2SP tlog-checkpoint). Append-only by design:
-- entries and perfect-subtree hashes are written once under an advisory lock and never updated.

-- Entry i: the RFC 8785 canonical JSON bytes that were hashed into leaf i.
create table ledger_entries (
  idx bigint primary key check (idx >= 0),
  body bytea not null,
  appended_at timestamptz not null default now()
);

-- Every perfect subtree [idx·2^level, (idx+1)·2^level) once its last leaf exists; level 0 = leaf hashes.
create table ledger_nodes (
  level smallint not null check (level between 0 and 62),
  idx bigint not null check (idx >= 0),
  hash bytea not null check (length(hash) = 32),
  primary key (level, idx)
);

-- One signed checkpoint per committed batch: the tree head as served at GET /api/ledger/checkpoint.
create table ledger_checkpoints (
  size bigint primary key check (size >= 0),
  root bytea not null check (length(root) = 32),
  note text not null,
  created_at timestamptz not null default now()
);

-- Singleton: the log's published key and the integrity monitor's progress.
create table ledger_state (
  id smallint primary key check (id = 1),
  origin text not null,
  verifier_key text not null,
  check_cursor bigint not null default 0,
  checked_size bigint not null default 0,
  checked_root bytea,
  last_check_at timestamptz,
  last_check_ok boolean,
  last_check_entries bigint not null default 0,
  last_check_ms integer not null default 0
);

-- Integrity alarms raised by the scheduled check; open until acknowledged by an administrator.
create table ledger_alarms (
  id bigserial primary key,
  raised_at timestamptz not null default now(),
  kind text not null check (kind in ('entry_altered','entry_missing','node_altered','root_mismatch','checkpoint_invalid','inconsistent')),
  level smallint,
  idx bigint,
  tree_size bigint not null,
  detail text not null,
  acknowledged_at timestamptz,
  acknowledged_by uuid references users(id)
);
create unique index ledger_alarms_open_uq on ledger_alarms (kind, coalesce(level, -1), coalesce(idx, -1)) where acknowledged_at is null;

-- Defence in depth: the application never updates or deletes log rows, so the database refuses to as well.
-- (Someone with owner rights can still disable this; the scheduled check is what detects that.)
create function ledger_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'ledger tables are append-only (%)', tg_table_name using errcode = '42501';
end;
$$;
create trigger ledger_entries_append_only before update or delete on ledger_entries for each row execute function ledger_append_only();
create trigger ledger_nodes_append_only before update or delete on ledger_nodes for each row execute function ledger_append_only();
create trigger ledger_checkpoints_append_only before update or delete on ledger_checkpoints for each row execute function ledger_append_only();
