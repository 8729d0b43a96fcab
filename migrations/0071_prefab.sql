-- 装配率 score tables (GB/T 51129-2017 表4.0.1 and regional 计算细则) as versioned data; region_code null = national.
create table prefab_score_tables (
  id text not null,
  version text not null,
  region_code text references regions(code),
  data jsonb not null,                                 -- the whole ScoreTable (src/domain/prefab/scoreTable.ts)
  confidence text not null,
  source text not null,
  created_at timestamptz not null default now(),
  primary key (id, version)
);
create index prefab_score_tables_region_idx on prefab_score_tables (region_code, created_at);

-- Each save of a project's 装配率 inputs is kept, so the figure can be reproduced as of any date.
create table prefab_assessments (
  id bigserial primary key,
  project_id uuid not null references projects(id) on delete cascade,
  table_id text not null,
  table_version text not null,
  inputs jsonb not null,                               -- {q1a: {value, source, note, numerator, denominator}, …}
  full_decoration boolean not null,
  is_demo boolean not null default false,
  actor_id uuid,
  created_at timestamptz not null default now(),
  foreign key (table_id, table_version) references prefab_score_tables(id, version)
);
create index prefab_assessments_project_idx on prefab_assessments (project_id, created_at desc);
