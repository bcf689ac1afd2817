-- The transaction of one POST /api/v1/sessions, statement for statement as booking-service sends it to PostgreSQL
-- (a receptionist books a free slot, with an Idempotency-Key). booking-service's BookingStatementsTest compares the
-- statements between BEGIN and COMMIT with what the service sends, so this stays in step with the code.
--
-- The `booking-anchor` scenario of remedy-bench runs this script itself over JDBC beside the booking load through
-- the gateway, and prints the pgbench command line with every -D value filled in for the demo chain, e.g.
--   pgbench -n -M prepared -c 8 -j 2 -t 250 -f bench/pgbench/book-session.sql -D tx=0 -D window=17 -D tenant=harbour -D …
--     'postgresql://remedy:remedy@localhost:15432/booking'
--
-- Each run of the script books one session of the given therapist for the given client (-D client=…): pgbench
-- client k's n-th booking takes slot k + 64 n of
-- the run's window (-D window=0..999, 400 days each, from 2100-01-01), so no booking meets another and none meets
-- the demo diary. The diary check's columns are stored with \gset for the room it found (:id) and the price the
-- session keeps (:price_cents, :currency). A parameter the service binds as null is written NULL (pgbench has no
-- null variable). The first
-- SELECT only makes the request's values (ids, times, the event and the stored response); it reads no table.

\set slot :client_id + 64 * :tx
\set tx :tx + 1
\set blocked :duration + :buffer
SELECT v.*, '/booking' AS event_source, 201 AS created, 'BOOKED' AS booked, 0 AS version, false AS no, 0 AS zero,
       1 AS one, '00000000-0000-0000-0000-000000000000' AS nobody,
       :gateway::text || '/api/v1/sessions/' || v.session_id AS session_location,
       json_build_object('sessionId', v.session_id, 'locationId', :location_id::text,
           'locationCode', :location_code::text, 'locationName', :location_name::text,
           'timeZone', :time_zone::text, 'serviceId', :service_id::text, 'serviceName', :service_name::text,
           'durationMinutes', :duration::int, 'therapistId', :therapist_id::text,
           'therapistName', :therapist_name::text, 'therapistUserId', :therapist_user::text,
           'roomId', :room::text, 'roomName', :room_name::text, 'clientId', :client::text,
           'clientUserId', NULL, 'startsAt', v.starts_at, 'endsAt', v.ends_at, 'planId', NULL,
           'bookedBy', :principal::text, 'bookedAt', v.now)::text AS payload,
       json_build_object('id', v.session_id, 'locationId', :location_id::text, 'serviceId', :service_id::text,
           'therapistId', :therapist_id::text, 'roomId', :room::text, 'clientId', :client::text,
           'startsAt', v.starts_at, 'endsAt', v.ends_at, 'status', 'BOOKED', 'checkedInAt', NULL,
           'completedAt', NULL, 'cancelledAt', NULL, 'lateCancellation', false, 'cancellationReason', NULL,
           'cancelledBy', NULL, 'planId', NULL, 'version', 0)::text AS response
FROM (SELECT gen_random_uuid() AS session_id, gen_random_uuid() AS change_id, gen_random_uuid() AS event_id,
             gen_random_uuid()::text AS idem_key, md5(random()::text) || md5(random()::text) AS request_hash,
             now() AS now, now() - interval '24 hours' AS expired, b.starts_at,
             b.starts_at + make_interval(mins => :duration::int) AS ends_at,
             b.starts_at + make_interval(mins => :blocked::int) AS blocked_until,
             (b.starts_at AT TIME ZONE :time_zone::text)::date - 1 AS first_day,
             ((b.starts_at + make_interval(mins => :duration::int)) AT TIME ZONE :time_zone::text)::date + 1
                 AS last_day
      FROM (SELECT timestamptz '2100-01-01 00:00Z' + make_interval(days => 400 * :window::int)
                   + make_interval(mins => 75 * :slot::int) AS starts_at) b) v \gset
BEGIN;
INSERT INTO remedy_platform.idempotency_key AS k (tenant, principal, idem_key, request_hash, created_at) VALUES (:tenant, :principal, :idem_key, :request_hash, :now) ON CONFLICT (tenant, principal, idem_key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = NULL, location = NULL, body = NULL, subject = NULL, erased_at = NULL, created_at = EXCLUDED.created_at WHERE k.created_at < :expired;
select l1_0.id,l1_0.address,l1_0.check_in_opens_minutes_before,l1_0.code,l1_0.created_at,l1_0.currency,l1_0.late_cancellation_fee_cents,l1_0.late_cancellation_fee_percent,l1_0.name,l1_0.no_show_fee_cents,l1_0.no_show_fee_percent,l1_0.notice_hours,l1_0.tax_rate,l1_0.tenant,l1_0.time_zone,l1_0.updated_at,l1_0.version,c1_0.id,c1_0.created_at,c1_0.date_of_birth,c1_0.email,c1_0.erased_at,c1_0.family_name,c1_0.given_name,c1_0.phone,c1_0.preferred_language,c1_0.preferred_location_id,c1_0.tenant,c1_0.updated_at,c1_0.user_id,c1_0.version,bs1_0.id,bs1_0.buffer_minutes,bs1_0.created_at,bs1_0.currency,bs1_0.duration_minutes,bs1_0.name,bs1_0.price_cents,bs1_0.tenant,bs1_0.updated_at,bs1_0.version,t1_0.id,t1_0.created_at,t1_0.display_name,t1_0.email,t1_0.registration_number,t1_0.tenant,t1_0.updated_at,t1_0.user_id,t1_0.version from location l1_0,client c1_0,bookable_service bs1_0,therapist t1_0 where l1_0.tenant=:tenant and l1_0.id=:location_id and c1_0.tenant=:tenant and c1_0.id=:client and bs1_0.tenant=:tenant and bs1_0.id=:service_id and t1_0.tenant=:tenant and t1_0.id=:therapist_id;
SELECT EXISTS (SELECT 1 FROM red_flag f WHERE f.tenant = :tenant AND f.client_id = :client
           AND f.cleared_at IS NULL AND f.raised_at IS NOT NULL),
       (SELECT coalesce(json_agg(json_build_array(h.day_of_week, h.start_minute, h.end_minute)
           ORDER BY h.day_of_week, h.start_minute), '[]') FROM opening_hours h
           WHERE h.tenant = :tenant AND h.location_id = :location_id)::text,
       (SELECT coalesce(json_agg(json_build_array(c.first_day, c.last_day, c.reason)), '[]')
           FROM location_closure c WHERE c.tenant = :tenant AND c.location_id = :location_id
           AND c.first_day <= :last_day AND c.last_day >= :first_day)::text,
       EXISTS (SELECT 1 FROM service_offering so WHERE so.tenant = :tenant
           AND so.service_id = :service_id AND so.therapist_id = :therapist_id),
       (SELECT coalesce(json_agg(json_build_array(e.day_of_week, e.start_minute, e.end_minute)), '[]')
           FROM roster_entry e WHERE e.tenant = :tenant AND e.therapist_id = :therapist_id
           AND e.location_id = :location_id)::text,
       (SELECT coalesce(json_agg(json_build_array(x.starts_at, x.ends_at, x.location_id)), '[]')
           FROM roster_exception x WHERE x.tenant = :tenant AND x.therapist_id = :therapist_id
           AND x.starts_at < :blocked_until AND x.ends_at > :starts_at)::text,
       EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = :tenant AND o.therapist_id = :therapist_id
           AND o.starts_at < :blocked_until AND o.blocked_until > :starts_at),
       EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = :tenant AND o.client_id = :client
           AND o.starts_at < :ends_at AND o.client_until > :starts_at),
       room.id, room.name, room.location_id, room.taken, price.price_cents, price.currency
FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT r.id, r.name, r.location_id, false AS taken FROM room r
WHERE r.tenant = :tenant AND r.location_id = :location_id
AND NOT EXISTS (SELECT 1 FROM diary_occupancy o WHERE o.tenant = r.tenant AND o.room_id = r.id
    AND o.starts_at < :blocked_until AND o.blocked_until > :starts_at)
ORDER BY r.name, r.id LIMIT 1) AS room ON true
LEFT JOIN location_service_price price ON price.tenant = :tenant AND price.location_id = :location_id
    AND price.service_id = :service_id \gset
insert into session (blocked_until,booked_by,cancellation_reason,cancelled_at,cancelled_by,checked_in_at,client_id,completed_at,created_at,currency,ends_at,late_cancellation,location_id,no_show_at,plan_id,price_cents,room_id,service_id,starts_at,status,tenant,therapist_id,version,id) values (:blocked_until,:principal,NULL,NULL,NULL,NULL,:client,NULL,:now,:currency,:ends_at,:no,:location_id,NULL,NULL,:price_cents,:id,:service_id,:starts_at,:booked,:tenant,:therapist_id,:version,:session_id);
UPDATE remedy_platform.idempotency_key SET status = :created, location = :session_location, body = :response, subject = :session_id WHERE tenant = :tenant AND principal = :principal AND idem_key = :idem_key;
insert into session_change (changed_at,changed_by,kind,late,previous_room_id,previous_starts_at,previous_therapist_id,reason,room_id,session_id,starts_at,tenant,therapist_id,id) values (:now,:principal,:booked,NULL,NULL,NULL,NULL,NULL,:id,:session_id,:starts_at,:tenant,:therapist_id,:change_id);
insert into remedy_platform.outbox (attempts,created_at,aggregate_key,last_error,payload,record_headers,sent_at,source,subject,tenant,event_time,topic,traceparent,tracestate,type,id) values (:zero,:now,:session_id,NULL,:payload,NULL,NULL,:event_source,:session_id,:tenant,:now,:topic,NULL,NULL,:event_type,:event_id);
COMMIT;
