-- What occupies the therapists ($2, anywhere) or the rooms of the locations ($3) during [$4, $5): the chain's diary
-- of that time (index diary_block_tenant_time, V13), or each therapist's and room's (the exclusion constraints'
-- indexes) when they are few. Read by AvailabilityService for each window; the benchmark runs the same file.
SELECT therapist_id, room_id, starts_at, blocked_until FROM diary_occupancy
WHERE tenant = $1 AND tstzrange(starts_at, blocked_until) && tstzrange($4, $5)
  AND (therapist_id = ANY($2)
       OR room_id = ANY(ARRAY(SELECT id FROM room WHERE tenant = $1 AND location_id = ANY($3))))
