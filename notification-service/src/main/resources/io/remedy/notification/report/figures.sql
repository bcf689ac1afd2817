select l.location_id,
       coalesce(s.email, 0), coalesce(s.sms, 0), coalesce(s.in_app, 0), s.median,
       coalesce(f.failed, 0), coalesce(x.dead, 0)
from known_location l
cross join lateral (select (cast(:from as date))::timestamp at time zone coalesce(l.time_zone, 'UTC') as since,
                           (cast(:to as date) + 1)::timestamp at time zone coalesce(l.time_zone, 'UTC') as until) r
left join lateral (
    select count(*) filter (where d.channel = 'EMAIL') as email,
           count(*) filter (where d.channel = 'SMS') as sms,
           count(*) filter (where d.channel = 'IN_APP') as in_app,
           percentile_cont(0.5) within group (order by extract(epoch from (d.sent_at - d.event_time)))
               filter (where d.event_time is not null) as median
    from delivery d
    where d.tenant = l.tenant and d.location_id = l.location_id and d.status = 'SENT'
      and d.sent_at >= r.since and d.sent_at < r.until) s on true
left join lateral (
    select count(*) as failed from delivery_attempt a
    where a.tenant = l.tenant and a.location_id = l.location_id and a.status = 'FAILED'
      and a.attempted_at >= r.since and a.attempted_at < r.until) f on true
left join lateral (
    select count(*) as dead from delivery d
    where d.tenant = l.tenant and d.location_id = l.location_id and d.status = 'DEAD'
      and d.dead_at >= r.since and d.dead_at < r.until) x on true
where l.tenant = :tenant
  /*scope*/
order by l.code, l.location_id
