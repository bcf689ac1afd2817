WITH loc AS (
    SELECT id, code, name, time_zone, currency,
           ($2::date)::timestamp AT TIME ZONE time_zone AS range_start,
           ($3::date + 1)::timestamp AT TIME ZONE time_zone AS range_end
    FROM location WHERE tenant = $1 AND id = ANY($4)
),
counted AS (
    SELECT s.location_id,
           count(*) AS booked,
           count(*) FILTER (WHERE s.status = 'COMPLETED') AS completed,
           count(*) FILTER (WHERE s.status = 'CANCELLED') AS cancelled,
           count(*) FILTER (WHERE s.status = 'NO_SHOW') AS no_shows,
           coalesce(sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)
                    FILTER (WHERE s.status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')), 0) AS booked_minutes,
           -- at the price each session was booked at, in the location's currency: never added across
           coalesce(sum(s.price_cents) FILTER (WHERE s.status = 'COMPLETED'
                    AND s.currency = loc.currency), 0) AS revenue
    FROM loc
    JOIN session s ON s.tenant = $1 AND s.location_id = loc.id
                  AND s.starts_at >= loc.range_start AND s.starts_at < loc.range_end
    GROUP BY s.location_id
),
-- only cancelled rows are read from the table for the flag
late AS (
    SELECT s.location_id, count(*) AS late
    FROM loc
    JOIN session s ON s.tenant = $1 AND s.location_id = loc.id
                  AND s.starts_at >= loc.range_start AND s.starts_at < loc.range_end
    WHERE s.status = 'CANCELLED' AND s.late_cancellation
    GROUP BY s.location_id
),
-- the location's days in the range that it was not closed
open_days AS (
    SELECT loc.id AS location_id, loc.time_zone, d::date AS day
    FROM loc CROSS JOIN generate_series($2::date, $3::date, interval '1 day') AS d
    WHERE NOT EXISTS (SELECT 1 FROM location_closure c
                      WHERE c.tenant = $1 AND c.location_id = loc.id
                        AND d::date BETWEEN c.first_day AND c.last_day)
),
-- every rostered shift as real instants (wall clock in the location's zone, daylight saving included)
shifts AS (
    SELECT od.location_id, r.therapist_id,
           tstzrange((od.day + make_interval(mins => r.start_minute)) AT TIME ZONE od.time_zone,
                     (od.day + make_interval(mins => r.end_minute)) AT TIME ZONE od.time_zone) AS shift
    FROM open_days od
    JOIN roster_entry r ON r.tenant = $1 AND r.location_id = od.location_id
                       AND r.day_of_week = extract(isodow FROM od.day)
),
rostered AS (
    SELECT sh.location_id,
           sum((SELECT coalesce(sum(extract(epoch FROM upper(w) - lower(w))), 0)
                FROM unnest(tstzmultirange(sh.shift) - coalesce(away.off, '{}'::tstzmultirange)) AS w) / 60)
               AS minutes
    FROM shifts sh
    LEFT JOIN LATERAL (
        SELECT range_agg(tstzrange(e.starts_at, e.ends_at)) AS off
        FROM roster_exception e
        WHERE e.tenant = $1 AND e.therapist_id = sh.therapist_id
          AND (e.location_id IS NULL OR e.location_id = sh.location_id)
          AND e.starts_at < upper(sh.shift) AND e.ends_at > lower(sh.shift)
    ) AS away ON true
    GROUP BY sh.location_id
),
opened AS (
    SELECT od.location_id,
           sum(extract(epoch FROM ((od.day + make_interval(mins => h.end_minute)) AT TIME ZONE od.time_zone)
                              - ((od.day + make_interval(mins => h.start_minute)) AT TIME ZONE od.time_zone))
               / 60) AS minutes
    FROM open_days od
    JOIN opening_hours h ON h.tenant = $1 AND h.location_id = od.location_id
                        AND h.day_of_week = extract(isodow FROM od.day)
    GROUP BY od.location_id
),
rooms AS (
    SELECT location_id, count(*) AS rooms FROM room
    WHERE tenant = $1 AND location_id = ANY($4) GROUP BY location_id
),
visitors AS (
    SELECT DISTINCT s.location_id, s.client_id, loc.range_start
    FROM loc
    JOIN session s ON s.tenant = $1 AND s.location_id = loc.id
                  AND s.starts_at >= loc.range_start AND s.starts_at < loc.range_end
    WHERE s.status <> 'CANCELLED'
),
-- one probe of the first-visit index per client, however many locations they visited
first_visits AS MATERIALIZED (
    SELECT v.client_id,
           (SELECT min(f.starts_at) FROM session f
            WHERE f.tenant = $1 AND f.client_id = v.client_id AND f.status <> 'CANCELLED') AS first_at
    FROM (SELECT DISTINCT client_id FROM visitors) AS v
),
clients AS (
    SELECT v.location_id,
           count(*) FILTER (WHERE fv.first_at >= v.range_start) AS new_clients,
           count(*) FILTER (WHERE fv.first_at < v.range_start) AS returning_clients
    FROM visitors v JOIN first_visits fv ON fv.client_id = v.client_id
    GROUP BY v.location_id
)
SELECT loc.id, loc.code, loc.name, loc.time_zone,
       coalesce(c.booked, 0) AS booked, coalesce(c.completed, 0) AS completed,
       coalesce(c.cancelled, 0) AS cancelled, coalesce(l.late, 0) AS late,
       coalesce(c.no_shows, 0) AS no_shows,
       coalesce(c.booked_minutes, 0)::float8 AS booked_minutes,
       coalesce(ro.minutes, 0)::float8 AS rostered_minutes,
       (coalesce(op.minutes, 0) * coalesce(rm.rooms, 0))::float8 AS room_minutes,
       coalesce(cl.new_clients, 0) AS new_clients, coalesce(cl.returning_clients, 0) AS returning_clients,
       coalesce(c.revenue, 0) AS revenue, loc.currency
FROM loc
LEFT JOIN counted c ON c.location_id = loc.id
LEFT JOIN late l ON l.location_id = loc.id
LEFT JOIN rostered ro ON ro.location_id = loc.id
LEFT JOIN opened op ON op.location_id = loc.id
LEFT JOIN rooms rm ON rm.location_id = loc.id
LEFT JOIN clients cl ON cl.location_id = loc.id
ORDER BY loc.code
