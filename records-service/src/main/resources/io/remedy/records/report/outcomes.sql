WITH scoped AS (
    SELECT a.id, a.client_id, a.location_id, a.therapist_id, a.assessed_at, a.nrs, a.odi_score
    FROM assessment a
    JOIN known_location l ON l.id = a.location_id AND l.tenant = a.tenant
    WHERE a.tenant = :tenant
      AND a.assessed_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE l.time_zone
      AND a.assessed_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE l.time_zone
), levels AS (
    SELECT id, client_id, location_id, CAST(NULL AS uuid) AS therapist_id, assessed_at, nrs, odi_score
    FROM scoped
    UNION ALL
    SELECT id, client_id, location_id, therapist_id, assessed_at, nrs, odi_score FROM scoped
), per_client AS (
    SELECT location_id, therapist_id, client_id,
           count(*) AS n,
           (array_agg(nrs ORDER BY assessed_at, id))[1] AS nrs_first,
           (array_agg(nrs ORDER BY assessed_at DESC, id DESC))[1] AS nrs_last,
           count(odi_score) AS n_odi,
           (array_agg(odi_score ORDER BY assessed_at, id) FILTER (WHERE odi_score IS NOT NULL))[1] AS odi_first,
           (array_agg(odi_score ORDER BY assessed_at DESC, id DESC) FILTER (WHERE odi_score IS NOT NULL))[1] AS odi_last
    FROM levels
    GROUP BY location_id, therapist_id, client_id
)
SELECT location_id, therapist_id,
       count(*) AS clients_assessed,
       avg(nrs_last - nrs_first) FILTER (WHERE n >= 2) AS mean_nrs_change,
       avg(odi_last - odi_first) FILTER (WHERE n_odi >= 2) AS mean_odi_change,
       count(*) FILTER (WHERE n >= 2) AS followed_up,
       count(*) FILTER (WHERE n >= 2 AND (
           (n_odi >= 2 AND odi_last < odi_first
               AND (odi_first - odi_last >= 10 OR odi_first - odi_last >= 0.3 * odi_first))
           OR (nrs_last < nrs_first
               AND (nrs_first - nrs_last >= 2 OR nrs_first - nrs_last >= 0.3 * nrs_first)))) AS improved
FROM per_client
GROUP BY location_id, therapist_id
