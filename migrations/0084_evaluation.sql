-- 绿色施工/绿色建造评价 (issue 9 part C): schemes as versioned data, evaluations with frozen inputs, expert panels,
-- evidence, per-project scheme assignment and per-region policy recommendations.

-- One row per scheme version. region_code null = national. The document is a whole EvaluationScheme
-- (src/domain/evaluation/scheme.ts) whose id/version equal code/version. A version is frozen once an evaluation uses it.
create table evaluation_schemes (
  id uuid primary key,
  region_code text references regions(code),
  code text not null,
  version integer not null,
  name text not null,
  frozen boolean not null default false,
  document jsonb not null,
  derived_from uuid references evaluation_schemes(id),
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (code, version)
);
create index evaluation_schemes_region_idx on evaluation_schemes (region_code, code);

-- Which scheme (by code; the latest version is used when an evaluation opens) a project is evaluated under.
create table evaluation_project_schemes (
  project_id uuid primary key references projects(id) on delete cascade,
  scheme_code text not null,
  assigned_by uuid,
  assigned_at timestamptz not null default now()
);

create table evaluations (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  scheme_id uuid not null references evaluation_schemes(id),
  kind text not null check (kind in ('monthly_self', 'stage_expert', 'final')),
  period text,                                   -- 'YYYY-MM' for monthly self-evaluations
  stage_id text,                                 -- scheme stage evaluated (null for final)
  evaluated_on date not null,                    -- the batch date; indicator values are taken as of its end
  status text not null default 'open' check (status in ('open', 'submitted', 'closed')),
  frozen_inputs jsonb,                           -- set on close: scheme document + assessment (every input)
  result jsonb,                                  -- set on close: the engine's result
  score double precision,
  grade text,
  opened_by uuid,
  submitted_at timestamptz,
  closed_at timestamptz,
  closed_by uuid,
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index evaluations_project_idx on evaluations (project_id, evaluated_on desc);
create unique index evaluations_monthly_uq on evaluations (project_id, period) where kind = 'monthly_self';

-- Per item: the automatic fill (indicator value as of) and the entered self/manual score or 不适用.
create table evaluation_items (
  evaluation_id uuid not null references evaluations(id) on delete cascade,
  item_id text not null,
  auto jsonb,                                    -- {indicator, value, asOf} or {indicator, value: null, reason}
  entry jsonb,                                   -- {type: 'score'|'notApplicable', score?, reason?, note?, by, byName, at}
  updated_at timestamptz not null default now(),
  primary key (evaluation_id, item_id)
);

create table evaluation_experts (
  evaluation_id uuid not null references evaluations(id) on delete cascade,
  expert_user_id uuid not null,
  status text not null default 'assigned' check (status in ('assigned', 'submitted')),
  comment text,
  assigned_by uuid,
  assigned_at timestamptz not null default now(),
  submitted_at timestamptz,
  primary key (evaluation_id, expert_user_id)
);

create table evaluation_expert_scores (
  evaluation_id uuid not null references evaluations(id) on delete cascade,
  expert_user_id uuid not null,
  item_id text not null,
  score double precision not null,
  comment text,
  updated_at timestamptz not null default now(),
  primary key (evaluation_id, expert_user_id, item_id)
);

create table evaluation_evidence (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  evaluation_id uuid not null references evaluations(id) on delete cascade,
  item_id text not null,
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  created_by uuid,
  created_at timestamptz not null default now()
);
create index evaluation_evidence_eval_idx on evaluation_evidence (evaluation_id, item_id);

-- 政策建议 entered by the regulator for the regional summary report (总结评估).
create table evaluation_policy_recommendations (
  id uuid primary key,
  region_code text not null references regions(code),
  title text not null,
  body text not null,
  sort_order integer not null default 0,
  updated_by uuid,
  updated_at timestamptz not null default now()
);
create index evaluation_policy_region_idx on evaluation_policy_recommendations (region_code, sort_order);
