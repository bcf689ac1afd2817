package io.remedy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQL behind the two large-chain figures, as the services send it: availability's statements (booking-service,
 * {@code AvailabilityService}, a chain-wide search: no location, no therapist) and each service's report statement
 * (copied from the classes named; keep them in step when those change). Each is prepared on the server under a name of
 * its own ({@code PREPARE}) and run with {@code EXECUTE}, as the services' clients run their prepared statements, so
 * PostgreSQL plans it the same way; named parameters ({@code :tenant}) become positional ones.
 */
final class LargeChainStatements {

    private LargeChainStatements() {
    }

    // ----------------------------------------------------------------------------------------------------------------
    // availability (booking-service AvailabilityService.search and load, chain-wide)

    static final String SERVICE =
            "SELECT duration_minutes, buffer_minutes FROM bookable_service WHERE tenant = $1 AND id = $2";
    static final String LOCATED = """
            SELECT l.id, l.code, l.time_zone, p.price_cents, p.currency FROM location l
            LEFT JOIN location_service_price p ON p.location_id = l.id AND p.service_id = $2
            WHERE l.tenant = $1""";
    static final String THERAPISTS = """
            SELECT t.id, t.display_name, o.id IS NOT NULL AS offers FROM therapist t
            JOIN service_offering o ON o.therapist_id = t.id AND o.service_id = $2
            WHERE t.tenant = $1""";
    static final String HOURS = """
            SELECT location_id, day_of_week, start_minute, end_minute FROM opening_hours
            WHERE tenant = $1 AND location_id = ANY($2)""";
    static final String CLOSURES = """
            SELECT location_id, first_day, last_day, reason FROM location_closure
            WHERE tenant = $1 AND location_id = ANY($2) AND first_day <= $4 AND last_day >= $3""";
    static final String ROOMS = "SELECT id, location_id FROM room WHERE tenant = $1 AND location_id = ANY($2) ORDER BY name, id";
    static final String ROSTER = """
            SELECT therapist_id, location_id, day_of_week, start_minute, end_minute FROM roster_entry
            WHERE tenant = $1 AND therapist_id = ANY($2) AND location_id = ANY($3)""";
    static final String LEAVE = """
            SELECT therapist_id, location_id, starts_at, ends_at FROM roster_exception
            WHERE tenant = $1 AND therapist_id = ANY($2) AND starts_at < $4 AND ends_at > $3""";
    /** What is taken during the first window of the search (a day): one statement for therapists and rooms. */
    static final String OCCUPANCY = """
            SELECT therapist_id, room_id, starts_at, blocked_until FROM diary_occupancy
            WHERE tenant = $1 AND tstzrange(starts_at, blocked_until) && tstzrange($4, $5)
              AND (therapist_id = ANY($2)
                   OR room_id = ANY(ARRAY(SELECT id FROM room WHERE tenant = $1 AND location_id = ANY($3))))""";

    // ----------------------------------------------------------------------------------------------------------------
    // the reports (the gateway's /reports/branches asks each service's endpoint in parallel)

    /** booking-service BookingReportService: the caller's locations first. */
    static final String BOOKING_SCOPE = "SELECT id, code FROM location WHERE tenant = $1";
    /** records-service KnownLocationRepository.listInTenant: the same rows (Hibernate names the columns). */
    static final String RECORDS_LOCATIONS = "SELECT * FROM known_location WHERE tenant = $1 ORDER BY code";

    /** Copied from booking-service ({@code REPORT}). */
    static final String BOOKING_REPORT = """
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
            ORDER BY loc.code""";

    /** Copied from records-service ({@code IN_RANGE}). */
    static final String RECORDS_IN_RANGE = """
            >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE l.time_zone
            AND %s < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE l.time_zone""";

    /** Copied from records-service ({@code OUTCOMES}). */
    static final String RECORDS_OUTCOMES = """
            WITH scoped AS (
                SELECT a.id, a.client_id, a.location_id, a.therapist_id, a.assessed_at, a.nrs, a.odi_score
                FROM assessment a
                JOIN known_location l ON l.id = a.location_id AND l.tenant = a.tenant
                WHERE a.tenant = :tenant AND a.assessed_at %s
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
            GROUP BY location_id, therapist_id""";

    /** Copied from records-service ({@code RED_FLAGS}). */
    static final String RECORDS_RED_FLAGS = """
            SELECT f.location_id, f.therapist_id, GROUPING(f.therapist_id) AS total,
                   count(*) AS raised,
                   count(*) FILTER (WHERE f.severity = 'URGENT') AS urgent,
                   avg(EXTRACT(EPOCH FROM (f.cleared_at - f.raised_at)) / 3600.0) FILTER (WHERE f.cleared_at IS NOT NULL)
                       AS mean_hours
            FROM red_flag f
            JOIN known_location l ON l.id = f.location_id AND l.tenant = f.tenant
            WHERE f.tenant = :tenant AND f.raised_at %s
            GROUP BY GROUPING SETS ((f.location_id), (f.location_id, f.therapist_id))""";

    /** Copied from records-service ({@code OVERDUE_NOTES}). */
    static final String RECORDS_OVERDUE_NOTES = """
            SELECT n.location_id, n.therapist_id, GROUPING(n.therapist_id) AS total, count(*) AS overdue
            FROM session_note n
            JOIN known_location l ON l.id = n.location_id AND l.tenant = n.tenant
            WHERE n.tenant = :tenant AND n.status IN ('DUE', 'DRAFT') AND n.due_at <= now()
              AND n.session_starts_at %s
            GROUP BY GROUPING SETS ((n.location_id), (n.location_id, n.therapist_id))""";

    /** Copied from notification-service ({@code FIGURES}). */
    static final String NOTIFICATION_FIGURES = """
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
            """;

    /** Copied from billing-service ({@code REPORT}). */
    static final String BILLING_REPORT = """
            SELECT i.location_id, i.location_code, i.location_name, i.currency,
                   count(*) FILTER (WHERE i.kind = 'INVOICE') AS invoices,
                   coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS invoiced,
                   coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE'
                       AND i.reason IN ('LATE_CANCELLATION', 'NO_SHOW')), 0) AS fees,
                   coalesce(sum(i.paid_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS paid,
                   coalesce(sum(i.refunded_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS refunded,
                   coalesce(sum(greatest(0, i.total_cents - i.paid_cents + i.refunded_cents))
                       FILTER (WHERE i.kind = 'INVOICE' AND i.status <> 'VOID'), 0) AS outstanding,
                   coalesce(sum(-i.total_cents) FILTER (WHERE i.kind = 'CREDIT_NOTE'), 0) AS credited,
                   count(*) FILTER (WHERE i.kind = 'INVOICE' AND i.reason = 'PACKAGE') AS package_sales,
                   coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE' AND i.reason = 'PACKAGE'), 0)
                       AS package_sales_cents
            FROM invoice i
            LEFT JOIN session_copy s ON s.tenant = i.tenant AND s.session_id = i.session_id
            WHERE i.tenant = :tenant
              AND i.issued_at >= (CAST(:from AS date))::timestamp AT TIME ZONE coalesce(i.time_zone, s.time_zone)
              AND i.issued_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE coalesce(i.time_zone, s.time_zone)
              %s
            GROUP BY i.location_id, i.location_code, i.location_name, i.currency
            ORDER BY i.location_code, i.currency""";

    /** records' three statements, formatted as ReportService formats them. */
    static List<String> records() {
        return List.of(named(RECORDS_OUTCOMES.formatted(RECORDS_IN_RANGE.formatted("a.assessed_at"))),
                named(RECORDS_RED_FLAGS.formatted(RECORDS_IN_RANGE.formatted("f.raised_at"))),
                named(RECORDS_OVERDUE_NOTES.formatted(RECORDS_IN_RANGE.formatted("n.session_starts_at"))));
    }

    /** notification's statement for a chain admin at every location (nothing appended but the order). */
    static String notification() {
        return named(NOTIFICATION_FIGURES + " order by l.code, l.location_id");
    }

    /** billing's statement for every location. */
    static String billing() {
        return named(BILLING_REPORT.formatted(""));
    }

    /** Hibernate's named parameters as PostgreSQL's positional ones: tenant $1, from $2, to $3. */
    static String named(String sql) {
        return sql.replace(":tenant", "$1").replace(":from", "$2").replace(":to", "$3");
    }

    /** One statement prepared on the server under a name, run with the same arguments each time. */
    static final class Prepared {

        private final Connection connection;
        private final String execute;

        Prepared(Connection connection, String name, String types, String sql, String arguments) throws SQLException {
            this.connection = connection;
            try (Statement st = connection.createStatement()) {
                st.execute("PREPARE " + name + " (" + types + ") AS " + sql);
            }
            this.execute = "EXECUTE " + name + " (" + arguments + ")";
        }

        /** Runs it and reads every row; the number of rows. */
        int run() throws SQLException {
            int rows = 0;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(execute)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }
}
