-- Regional implementation plans (试点地区实施方案): one programme per pilot region, its phases and milestones.
create table programmes (
  id uuid primary key,
  region_code text not null references regions(code),
  title text not null,
  goals text not null default '',                  -- 工作目标
  paths text not null default '',                  -- 实施路径
  responsible_bodies text not null default '',     -- 实施主体
  safeguards text not null default '',             -- 保障措施
  -- Representativeness rules for the selected set (plan §三(一): ≥10 projects, representative structures and uses, some renewal).
  min_projects integer not null default 10 check (min_projects >= 0),
  min_structure_types integer not null default 3 check (min_structure_types >= 0),
  min_use_types integer not null default 3 check (min_use_types >= 0),
  min_renewal_share double precision not null default 0.1 check (min_renewal_share >= 0 and min_renewal_share <= 1),
  require_both_categories boolean not null default true,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index programmes_region_uq on programmes (region_code);

-- The plan's three phases are the editable defaults (部署启动, 组织实施, 总结评估).
create table programme_phases (
  id uuid primary key,
  programme_id uuid not null references programmes(id) on delete cascade,
  seq integer not null,
  name text not null,
  starts_on date not null,
  ends_on date not null,
  check (ends_on >= starts_on)
);
create index programme_phases_programme_idx on programme_phases (programme_id, seq);

create table programme_milestones (
  id uuid primary key,
  programme_id uuid not null references programmes(id) on delete cascade,
  phase_id uuid references programme_phases(id) on delete set null,
  title text not null,
  owner text not null,                             -- 责任单位 / 责任人
  due_on date not null,
  status text not null default 'planned' check (status in ('planned','in_progress','done')),
  completed_on date,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index programme_milestones_programme_idx on programme_milestones (programme_id, due_on);
