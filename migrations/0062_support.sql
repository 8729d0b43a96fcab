-- Policy support received by pilot projects (《绿色建造试点工作方案》 五（三）提供政策支持): financial rewards, green
-- finance, priority land transfer, faster approvals and priority in awards. One row per grant; the kind decides which
-- columns carry meaning (checked below), so regional totals are plain sums.
create table support_records (
  id uuid primary key,
  project_id uuid not null references projects(id) on delete cascade,
  region_code text not null references regions(code),
  kind text not null check (kind in ('reward','finance','land','approval','award')),
  granted_on date not null,
  granted_by text,                             -- issuing department
  document_no text,                            -- 文号
  amount_wan_yuan double precision,            -- reward amount, or loan amount for green finance (万元)
  batch text,                                  -- reward batch (批次)
  lender text,
  product text,
  rate_discount_pct double precision,          -- interest-rate discount in percentage points
  land_parcel text,
  land_area_m2 double precision,
  approval_name text,
  standard_days integer,
  actual_days integer,
  award_name text,
  award_level text,
  note text,
  is_demo boolean not null default false,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (kind <> 'reward' or amount_wan_yuan is not null),
  check (kind <> 'finance' or (lender is not null and amount_wan_yuan is not null)),
  check (kind <> 'approval' or (approval_name is not null and standard_days is not null and actual_days is not null)),
  check (kind <> 'award' or award_name is not null)
);
create index support_records_project_idx on support_records (project_id);
create index support_records_region_idx on support_records (region_code, kind);
