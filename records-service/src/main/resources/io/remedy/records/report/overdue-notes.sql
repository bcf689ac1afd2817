SELECT n.location_id, n.therapist_id, GROUPING(n.therapist_id) AS total, count(*) AS overdue
FROM session_note n
JOIN known_location l ON l.id = n.location_id AND l.tenant = n.tenant
WHERE n.tenant = :tenant AND n.status IN ('DUE', 'DRAFT') AND n.due_at <= now()
  AND n.session_starts_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE l.time_zone
  AND n.session_starts_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE l.time_zone
GROUP BY GROUPING SETS ((n.location_id), (n.location_id, n.therapist_id))
