-- Notifications and to-dos (issue 17). A notification is one message to one user; its text is rendered from `kind`
-- and `params` in the reader's language, so no language is frozen into a row.
create table notifications (
  id uuid primary key,
  user_id uuid not null references users(id) on delete cascade,
  kind text not null,
  category text not null,
  severity text not null check (severity in ('info', 'warning', 'critical')),
  params jsonb not null default '{}',
  link text,
  project_id uuid,
  event_id uuid,
  -- The condition this notification reports; the same condition notifies once until it clears (cleared_at set).
  dedupe_key text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  cleared_at timestamptz
);
create unique index notifications_open_condition on notifications (user_id, dedupe_key) where cleared_at is null;
create index notifications_inbox on notifications (user_id, created_at desc, id desc);
create index notifications_unread on notifications (user_id) where read_at is null;
create index notifications_dedupe on notifications (dedupe_key) where cleared_at is null;

-- Rules are defined in code with national defaults; a regulator's changes for a region are rows here.
create table notification_rule_settings (
  rule_key text not null,
  region_code text not null,
  enabled boolean not null,
  minutes integer,
  days integer,
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (rule_key, region_code)
);

create table notification_preferences (
  user_id uuid primary key references users(id) on delete cascade,
  -- category → channels the user wants besides the in-app inbox, e.g. {"alarm": ["email", "gateway"]}
  channels jsonb not null default '{}',
  quiet_start smallint check (quiet_start between 0 and 23),
  quiet_end smallint check (quiet_end between 0 and 23),
  daily_digest boolean not null default false,
  language text not null default 'zh-CN' check (language in ('zh-CN', 'en')),
  updated_at timestamptz not null default now()
);

-- One row per notification and outside channel; claimed by any instance with FOR UPDATE SKIP LOCKED.
create table notification_deliveries (
  id bigserial primary key,
  notification_id uuid references notifications(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  channel text not null check (channel in ('email', 'gateway', 'digest')),
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  next_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index notification_deliveries_once on notification_deliveries (notification_id, channel) where notification_id is not null;
create index notification_deliveries_due on notification_deliveries (next_at) where status = 'pending';

-- An organisation's SMS / WeChat-work gateway: notifications to its users are posted there, signed like webhooks.
create table notification_gateways (
  organisation_id uuid primary key references organisations(id) on delete cascade,
  url text not null,
  secret text not null,
  allow_private boolean not null default false,
  enabled boolean not null default true,
  updated_by uuid,
  updated_at timestamptz not null default now()
);
