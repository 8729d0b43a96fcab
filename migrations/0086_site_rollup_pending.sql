-- Rollups folded asynchronously (issue 4 ingest rate). The ingest statement appends each batch's new real-time
-- samples, summed per device, metric and minute, to this queue in the same statement as the raw rows; a scheduled
-- job moves them into site_rollups (delete … returning + upsert, one transaction). No index: it is append-only,
-- small (seconds of data) and read whole.
create table site_rollup_pending (
  device_id uuid not null,
  metric text not null,
  minute timestamptz not null,
  n integer not null,
  sum double precision not null,
  min double precision,
  max double precision,
  total integer not null
);

-- What every reader uses: folded rollups plus the queue, so a reading is in the rollups from the moment it is
-- committed. Filters on device, metric, resolution and bucket are pushed into both branches by the planner.
create view site_rollups_live as
select device_id, metric, resolution, bucket,
       sum(n)::integer as n, sum(sum) as sum, min(min) as min, max(max) as max, sum(total)::integer as total
from (
  select device_id, metric, resolution, bucket, n, sum, min, max, total from site_rollups
  union all
  select p.device_id, p.metric, b.resolution,
         to_timestamp(floor((extract(epoch from p.minute) + 28800) / b.secs) * b.secs - 28800) as bucket,
         p.n, p.sum, p.min, p.max, p.total
  from site_rollup_pending p
  cross join (values ('minute', 60), ('hour', 3600), ('day', 86400)) as b(resolution, secs)
) u
group by device_id, metric, resolution, bucket;
