-- Rejects from unregistered HJ 212 MNs were counted per MN ('mn:<MN>'), so an anonymous sender making up a new MN per
-- frame added a row per frame (issue 19 item 6). They are counted under 'unknown' now, with the last MN as the detail;
-- fold the old rows into that counter.
insert into site_rejects as s (device_ref, day, source, reason, count, last_detail, last_at)
select 'unknown', day, source, reason, sum(count),
       'MN=' || substr((array_agg(device_ref order by last_at desc))[1], 4), max(last_at)
from site_rejects
where device_ref like 'mn:%'
group by day, source, reason
on conflict (device_ref, day, source, reason) do update
  set count = s.count + excluded.count, last_detail = excluded.last_detail, last_at = greatest(s.last_at, excluded.last_at);

delete from site_rejects where device_ref like 'mn:%';
