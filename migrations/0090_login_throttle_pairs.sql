-- Login throttling by (username, client) pairs plus a per-username delay (issue 19, item 3).
-- Keys in login_failures are now 'p:<username>|<client>' (pair: locks that client only), 'ip:<address>' (address: locks
-- that address for every username) and 'u:<username>' (every client's failures: a growing delay from the last
-- failure, never a lock). last_failure_at times that delay. Old 'u:' locks would still shut the owner out: drop them.
alter table login_failures add column last_failure_at timestamptz;
update login_failures set last_failure_at = window_started_at;
delete from login_failures where key like 'u:%';

-- A browser that signed in successfully gets a long-lived random cookie; only its SHA-256 is kept. From such a device
-- the owner is exempt from the per-username delay (the pair limit still applies to it), so an attacker elsewhere cannot
-- keep the owner out.
create table known_devices (
  secret_hash bytea primary key,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  last_used_at timestamptz not null default now()
);
create index known_devices_user_idx on known_devices (user_id);
