SELECT f.location_id, f.therapist_id, GROUPING(f.therapist_id) AS total,
       count(*) AS raised,
       count(*) FILTER (WHERE f.severity = 'URGENT') AS urgent,
       avg(EXTRACT(EPOCH FROM (f.cleared_at - f.raised_at)) / 3600.0) FILTER (WHERE f.cleared_at IS NOT NULL)
           AS mean_hours
FROM red_flag f
JOIN known_location l ON l.id = f.location_id AND l.tenant = f.tenant
WHERE f.tenant = :tenant
  AND f.raised_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE l.time_zone
  AND f.raised_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE l.time_zone
GROUP BY GROUPING SETS ((f.location_id), (f.location_id, f.therapist_id))
