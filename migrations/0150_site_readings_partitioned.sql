-- Issue 18 item 3: site_readings partitioned by time (native declarative partitioning), one partition per China-local
-- week (Monday 00:00 +08:00), named site_readings_pYYYYMMDD after that Monday. Why weekly, not monthly: a province
-- (10,000 loggers × 7 factors × 1/min) writes ~100 M rows a day, so a month would be a 3-billion-row partition whose
-- indexes no longer fit in memory, and retention would drop data up to a month late; 400 days of weeks is ~58
-- partitions, which planning handles easily and every time-bounded query prunes to a few. See
-- docs/decisions/0150-site-readings-partitions.md.
--
-- Partitions are created ahead by the scheduler (site.partitions: the two weeks before, this week and the next four;
-- loggers re-send buffered data after an outage, so the last weeks see writes too). A DEFAULT partition
-- catches what has no week yet (a backfill of an old week, a clock far ahead), so an insert never fails; the same job
-- moves such rows into their week's partition once it creates it. Raw retention drops whole expired partitions.

-- The week (its Monday 00:00 China time, as timestamptz) a reading time falls in. Fixed +8 h offset: China has no DST,
-- and PGlite need not carry a time-zone database.
create function site_readings_week_start(t timestamptz) returns timestamptz
language sql immutable parallel safe as $$
  select (date_trunc('week', (t at time zone 'UTC') + interval '8 hours') - interval '8 hours') at time zone 'UTC'
$$;

-- Creates the partition of the week starting at w (if missing), moving that week's rows out of the default partition
-- first: a partition cannot be attached while the default partition holds rows of its range. Returns true if created.
create function site_readings_ensure_week(w timestamptz) returns boolean
language plpgsql as $$
declare
  week timestamptz := site_readings_week_start(w);
  name text := 'site_readings_p' || to_char((week at time zone 'UTC') + interval '8 hours', 'YYYYMMDD');
begin
  if to_regclass(name) is not null then
    return false;
  end if;
  execute format('create table %I (like site_readings including defaults)', name);
  execute format(
    'with moved as (delete from site_readings_default where time >= %L and time < %L returning *)
     insert into %I (device_id, metric, time, kind, value, flag, source, quality)
     select device_id, metric, time, kind, value, flag, source, quality from moved',
    week, week + interval '7 days', name);
  execute format('alter table site_readings attach partition %I for values from (%L) to (%L)', name, week, week + interval '7 days');
  return true;
end
$$;

alter table site_readings rename to site_readings_unpartitioned;
alter index site_readings_key rename to site_readings_unpartitioned_key;
alter index site_readings_time_brin rename to site_readings_unpartitioned_time_brin;
alter index site_readings_aggregates_idx rename to site_readings_unpartitioned_aggregates_idx;

create table site_readings (
  device_id uuid not null,
  metric text not null,
  time timestamptz not null,
  kind text not null,
  value double precision not null,
  flag text not null default 'N',              -- HJ 212 表8 data flag as sent
  source text not null,                        -- hj212, mqtt, http, seed
  quality text                                 -- platform data-quality rules that flagged it (comma list), null = none
) partition by range (time);
-- The key includes the partition key (time), so it can stay unique across partitions and every ingestion path stays
-- idempotent through ON CONFLICT DO NOTHING.
create unique index site_readings_key on site_readings (device_id, metric, time, kind);
create index site_readings_time_brin on site_readings using brin (time);
create index site_readings_aggregates_idx on site_readings (device_id, metric, kind, time) where kind <> 'rtd';
create table site_readings_default partition of site_readings default;

-- A partition for every week that holds rows today, the two weeks before this one, this week and the next four;
-- then every row moves over.
select site_readings_ensure_week(w) from (
  select distinct site_readings_week_start(time) as w from site_readings_unpartitioned
  union
  select site_readings_week_start(now() + make_interval(days => 7 * i)) from generate_series(-2, 4) i
) weeks order by w;

insert into site_readings (device_id, metric, time, kind, value, flag, source, quality)
select device_id, metric, time, kind, value, flag, source, quality from site_readings_unpartitioned;

drop table site_readings_unpartitioned;

-- Retention periods, editable by an admin or a ministry (national) regulator in the UI, audited. Raw readings keep
-- raw_retention_days (existing setting, 400); each rollup resolution keeps its own period, where null = kept for good
-- (what happened before this setting existed).
insert into site_settings (key, value) values
  ('rollup_minute_retention_days', 'null'),
  ('rollup_hour_retention_days', 'null'),
  ('rollup_day_retention_days', 'null')
on conflict do nothing;
