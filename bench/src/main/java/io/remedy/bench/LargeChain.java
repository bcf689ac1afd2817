package io.remedy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The {@code large-chain} scenario: a chain of its own ({@code grand}, never the demo tenants) of 20 locations × 10
 * therapists with 1,000,000 sessions of history over the last 358 days and about 15,700 bookings over the next two
 * weeks, written straight into the services' databases through SQL, so that availability and the branch report can be
 * measured on a chain of that size (issue 13). Every row is one the services themselves could have written: their own
 * tables and columns, every constraint and trigger of their migrations in force (a session's diary block is written by
 * booking's own trigger).
 *
 * <p>Every value is a function of the session's number {@code n}: its ids are {@code md5('grand/session/' || n)} and
 * so on, so each database derives the same sessions on its own (booking's sessions, records' notes and assessments,
 * notification's messages, billing's invoices) without reading another. The day the chain was seeded anchors the
 * dates: it is kept as the locations' {@code created_at} (400 days before it), so a later run continues the same chain.
 * Sessions are written in chunks, one transaction each; a chunk whose first session is there is skipped, so the
 * scenario seeds only what is missing and may be run again after an interruption. It also creates the chain's admin in
 * Keycloak ({@value #ADMIN}, password {@code demo}, role chain-admin, every location).
 *
 * <p>The chain is busy on purpose: every therapist gives 14 sessions of 30 or 45 minutes a day (on a grid of 50
 * minutes from 08:00, Europe/London), seven days a week, so that one report range (at most 366 days) covers the
 * million sessions. Each location has 1,000 clients, each seen about once a week.
 *
 * <pre>java -Ddatabase=jdbc:postgresql://localhost:15432/booking -Dkeycloak=http://localhost:18080
 *   -jar remedy-bench.jar large-chain</pre>
 * (records, notification and billing are the databases of the same name beside {@code -Ddatabase}.)
 */
final class LargeChain {

    static final String TENANT = "grand";
    static final String ADMIN = "admin@grand.test";
    static final int LOCATIONS = 20;
    static final int THERAPISTS = LOCATIONS * 10;
    static final int CLIENTS = LOCATIONS * 1000;
    static final int SLOTS = 14;
    static final int SESSIONS_A_DAY = THERAPISTS * SLOTS;
    static final long HISTORY = 1_000_000;
    /** Days of history, the last one partly filled: the first is this many days before the seeding day. */
    static final int HISTORY_DAYS = (int) ((HISTORY + SESSIONS_A_DAY - 1) / SESSIONS_A_DAY);
    static final int FUTURE_DAYS = 14;
    static final long END = HISTORY + (long) FUTURE_DAYS * SESSIONS_A_DAY;
    /** Sessions per transaction: booking's trigger takes an advisory lock per therapist, room and client named. */
    static final int CHUNK = 1400;
    static final String ZONE = "Europe/London";

    private LargeChain() {
    }

    static void main(String[] args) {
        long started = System.nanoTime();
        KeycloakAdmin.ensureChainAdmin(ADMIN, TENANT);
        System.out.printf(Locale.ROOT, "Keycloak: %s (chain-admin of %s) ready%n", ADMIN, TENANT);
        LocalDate base;
        try (Connection booking = connect("booking")) {
            base = seedCatalogue(booking);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding booking's catalogue failed", e);
        }
        // the four databases side by side: each derives the same sessions from their numbers
        Parallel.run(List.of(
                database("booking", db -> seed(db, "booking", base, "session", "id", bookingSessions())),
                database("records", db -> {
                    once(db, "known_location", recordsLocations(base));
                    seed(db, "records", base, "known_session", "id", recordsSessions());
                }),
                database("notification", db -> {
                    once(db, "known_location", notificationLocations());
                    seed(db, "notification", base, "delivery", "id", notificationSessions());
                }),
                database("billing", db -> {
                    once(db, "location_copy", billingLocations(base));
                    seed(db, "billing", base, "session_copy", "session_id", billingSessions());
                    execute(db, invoiceCounters());
                })));
        System.out.printf(Locale.ROOT, "large-chain %s: %d locations, %d therapists, %d clients, %,d sessions of history"
                        + " (%s to %s) and the next %d days' bookings; ready after %.1f s%n", TENANT, LOCATIONS,
                THERAPISTS, CLIENTS, HISTORY, base.minusDays(HISTORY_DAYS), base.minusDays(1), FUTURE_DAYS,
                (System.nanoTime() - started) / 1e9);
    }

    /** What is seeded into one database, on a connection of its own. */
    private interface Seeding {
        void into(Connection db) throws SQLException;
    }

    private static Runnable database(String name, Seeding seeding) {
        return () -> {
            try (Connection db = connect(name)) {
                seeding.into(db);
                // what autovacuum does to a live database after a while: statistics and the visibility map (which
                // index-only scans need), so that the figures measured next are those of a settled database
                long started = System.nanoTime();
                execute(db, "VACUUM (ANALYZE)");
                System.out.printf(Locale.ROOT, "%s: VACUUM (ANALYZE) %.1f s%n", name, (System.nanoTime() - started) / 1e9);
            } catch (SQLException e) {
                throw new IllegalStateException("seeding " + name + " failed", e);
            }
        };
    }

    /** The seeding day of the chain, or null when it is not seeded (its locations are not there). */
    static LocalDate base(Connection booking) throws SQLException {
        try (PreparedStatement ps = booking.prepareStatement(
                "SELECT min(created_at AT TIME ZONE 'UTC')::date + 400 FROM location WHERE tenant = ?")) {
            ps.setString(1, TENANT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    static Connection connect(String database) throws SQLException {
        String url = System.getProperty("database." + database,
                BookingAnchor.DATABASE.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database));
        try {
            return DriverManager.getConnection(url, System.getProperty("database.user", "remedy"),
                    System.getProperty("database.password", "remedy"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + ": is the platform up (-Ddatabase=…)?", e);
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // the chunks

    private static void seed(Connection db, String name, LocalDate base, String markerTable, String markerColumn,
                             List<String> statements) throws SQLException {
        long started = System.nanoTime();
        int written = 0;
        int skipped = 0;
        db.setAutoCommit(false);
        for (long lo = 0; lo < END; ) {
            long hi = lo < HISTORY ? Math.min(lo + CHUNK, HISTORY) : Math.min(lo + SESSIONS_A_DAY, END);
            long first = lo;
            while (first < hi && !kept(first)) {
                first++;
            }
            if (first < hi && exists(db, markerTable, markerColumn, first)) {
                skipped++;
            } else if (first < hi) {
                for (String statement : statements) {
                    try (PreparedStatement ps = db.prepareStatement(sessions(base) + statement)) {
                        ps.setLong(1, lo);
                        ps.setLong(2, hi);
                        ps.executeUpdate();
                    }
                }
                db.commit();
                written++;
                if (written % 100 == 0) {
                    System.out.printf(Locale.ROOT, "  %s: %,d of %,d sessions' rows written (%.0f s)%n", name, hi,
                            END, (System.nanoTime() - started) / 1e9);
                }
            }
            lo = hi;
        }
        db.setAutoCommit(true);
        System.out.printf(Locale.ROOT, "%s: %d chunks written, %d there already, %.1f s%n", name, written, skipped,
                (System.nanoTime() - started) / 1e9);
    }

    /** Whether session {@code n} exists: every history session, 4 in 10 of the future slots (mirrors the SQL). */
    static boolean kept(long n) {
        return n < HISTORY || Math.floorMod((n - HISTORY) * 7919, 10) < 4;
    }

    private static boolean exists(Connection db, String table, String column, long n) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM " + table + " WHERE tenant = ? AND " + column
                + " = md5('grand/session/' || ?)::uuid")) {
            ps.setString(1, TENANT);
            ps.setLong(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs the statements in one transaction unless the table has rows of the chain already. */
    private static void once(Connection db, String table, List<String> statements) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM " + table + " WHERE tenant = ? LIMIT 1")) {
            ps.setString(1, TENANT);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void execute(Connection db, String statement) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(statement);
        }
    }

    /**
     * The sessions numbered {@code [?, ?)} as the CTE {@code g}: n below {@link #HISTORY} are the history (day by day,
     * therapist by therapist, slot by slot), the rest the next {@link #FUTURE_DAYS} days, 4 slots in 10 booked.
     */
    static String sessions(LocalDate base) {
        String day0 = "date '" + base + "'";
        return """
                WITH s AS (
                    SELECT n, CASE WHEN n < %1$d THEN n ELSE n - %1$d END AS q
                    FROM generate_series(?::bigint, ?::bigint - 1) AS n
                ), a AS (
                    SELECT n, q, ((q %% %2$d) / %3$d)::int AS t, (q %% %3$d)::int AS slot,
                           ((n * 7919) %% 100)::int AS h, (n %% 3)::int AS svc,
                           (CASE WHEN n < %1$d THEN q / %2$d - %4$d ELSE q / %2$d + 1 END)::int AS dayoff
                    FROM s WHERE n < %1$d OR (q * 7919) %% 10 < 4
                ), b AS (
                    SELECT a.*, t / 10 AS loc, dayoff + 400 AS di, %5$s + dayoff AS day,
                           ((%5$s + dayoff) + make_interval(mins => 480 + slot * 50)) AT TIME ZONE '%6$s' AS starts_at,
                           (ARRAY[30, 45, 45])[svc + 1] AS duration, (ARRAY[10, 5, 5])[svc + 1] AS buffer,
                           (ARRAY[4500, 6000, 6500])[svc + 1] AS price
                    FROM a
                ), c AS (
                    SELECT b.*, loc * 1000 + ((di * 140 + slot * 10 + t %% 10) * 337) %% 1000 AS cli,
                           CASE WHEN n >= %1$d THEN 'BOOKED' WHEN h < 85 OR h >= 97 THEN 'COMPLETED'
                                WHEN h < 93 THEN 'CANCELLED' ELSE 'NO_SHOW' END AS status,
                           h BETWEEN 85 AND 87 AS late
                    FROM b
                ), g AS (
                    SELECT c.*,
                           md5('grand/session/' || n)::uuid AS id,
                           md5('grand/location/' || loc)::uuid AS location_id,
                           'grand' || lpad((loc + 1)::text, 2, '0') AS location_code,
                           md5('grand/therapist/' || t)::uuid AS therapist_id,
                           'Therapist ' || (t + 1) AS therapist_name,
                           md5('grand/room/' || t)::uuid AS room_id,
                           md5('grand/service/' || svc)::uuid AS service_id,
                           (ARRAY['Remedial massage 30 min', 'Remedial massage 45 min', 'Sports massage 45 min'])[svc + 1]
                               AS service_name,
                           md5('grand/client/' || cli)::uuid AS client_id,
                           starts_at + make_interval(mins => duration) AS ends_at,
                           starts_at + make_interval(mins => duration + buffer) AS blocked_until,
                           CASE WHEN n >= %1$d THEN (%5$s)::timestamp AT TIME ZONE '%6$s' - make_interval(hours => (n %% 200)::int)
                                ELSE starts_at - make_interval(days => (n %% 20)::int + 1, hours => (n %% 9)::int) END
                               AS booked_at,
                           CASE WHEN late THEN starts_at - interval '3 hours' ELSE starts_at - interval '4 days' END
                               AS cancelled_at
                    FROM c
                )
                """.formatted(HISTORY, SESSIONS_A_DAY, SLOTS, HISTORY_DAYS, day0, ZONE);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // booking

    private static LocalDate seedCatalogue(Connection booking) throws SQLException {
        LocalDate existing = base(booking);
        if (existing != null) {
            System.out.printf(Locale.ROOT, "booking: the chain's catalogue is there (seeded on %s)%n", existing);
            return existing;
        }
        LocalDate base = LocalDate.now(ZoneOffset.UTC);
        String created = "(date '" + base.minusDays(400) + "')::timestamp AT TIME ZONE 'UTC'";
        String tenant = "'" + TENANT + "'";
        once(booking, "location", List.of(
                """
                INSERT INTO location (id, tenant, code, name, time_zone, notice_hours, created_at, updated_at, address,
                                      currency, tax_rate, late_cancellation_fee_percent, no_show_fee_percent)
                SELECT md5('grand/location/' || i)::uuid, %1$s, 'grand' || lpad((i + 1)::text, 2, '0'),
                       'Grand ' || (i + 1), '%3$s', 24, %2$s, %2$s, (i + 1) || ' High Street', 'GBP', 0, 50, 100
                FROM generate_series(0, %4$d - 1) AS i""".formatted(tenant, created, ZONE, LOCATIONS),
                """
                INSERT INTO room (id, tenant, location_id, name, created_at)
                SELECT md5('grand/room/' || t)::uuid, %1$s, md5('grand/location/' || (t / 10))::uuid,
                       'Room ' || (t %% 10 + 1), %2$s
                FROM generate_series(0, %3$d - 1) AS t""".formatted(tenant, created, THERAPISTS),
                """
                INSERT INTO therapist (id, tenant, display_name, email, created_at, updated_at, registration_number)
                SELECT md5('grand/therapist/' || t)::uuid, %1$s, 'Therapist ' || (t + 1),
                       'therapist' || (t + 1) || '@grand.test', %2$s, %2$s, 'GRD' || lpad((t + 1)::text, 5, '0')
                FROM generate_series(0, %3$d - 1) AS t""".formatted(tenant, created, THERAPISTS),
                """
                INSERT INTO bookable_service (id, tenant, name, duration_minutes, buffer_minutes, price_cents, currency,
                                              created_at, updated_at)
                SELECT md5('grand/service/' || s)::uuid, %1$s, name, duration, buffer, price, 'GBP', %2$s, %2$s
                FROM (VALUES (0, 'Remedial massage 30 min', 30, 10, 4500), (1, 'Remedial massage 45 min', 45, 5, 6000),
                             (2, 'Sports massage 45 min', 45, 5, 6500), (3, 'Remedial massage 60 min', 60, 15, 7500))
                     AS v (s, name, duration, buffer, price)""".formatted(tenant, created),
                """
                INSERT INTO service_offering (id, tenant, service_id, therapist_id)
                SELECT md5('grand/offering/' || s || '/' || t)::uuid, %1$s, md5('grand/service/' || s)::uuid,
                       md5('grand/therapist/' || t)::uuid
                FROM generate_series(0, 3) AS s CROSS JOIN generate_series(0, %2$d - 1) AS t"""
                        .formatted(tenant, THERAPISTS),
                """
                INSERT INTO opening_hours (id, tenant, location_id, day_of_week, start_minute, end_minute)
                SELECT md5('grand/hours/' || i || '/' || d)::uuid, %1$s, md5('grand/location/' || i)::uuid, d, 480, 1200
                FROM generate_series(0, %2$d - 1) AS i CROSS JOIN generate_series(1, 7) AS d"""
                        .formatted(tenant, LOCATIONS),
                """
                INSERT INTO roster_entry (id, tenant, therapist_id, location_id, day_of_week, start_minute, end_minute)
                SELECT md5('grand/roster/' || t || '/' || d)::uuid, %1$s, md5('grand/therapist/' || t)::uuid,
                       md5('grand/location/' || (t / 10))::uuid, d, 480, 1200
                FROM generate_series(0, %2$d - 1) AS t CROSS JOIN generate_series(1, 7) AS d"""
                        .formatted(tenant, THERAPISTS),
                """
                INSERT INTO client (id, tenant, given_name, family_name, email, phone, preferred_location_id,
                                    created_at, updated_at)
                SELECT md5('grand/client/' || c)::uuid, %1$s, 'Client', 'Number ' || (c + 1),
                       'client' || (c + 1) || '@grand.test', '+4470' || lpad(c::text, 8, '0'),
                       md5('grand/location/' || (c / 1000))::uuid, %2$s, %2$s
                FROM generate_series(0, %3$d - 1) AS c""".formatted(tenant, created, CLIENTS)));
        System.out.printf(Locale.ROOT, "booking: the chain's catalogue written (seeding day %s)%n", base);
        return base;
    }

    private static List<String> bookingSessions() {
        return List.of("""
                INSERT INTO session (id, tenant, location_id, service_id, therapist_id, room_id, client_id, starts_at,
                                     ends_at, blocked_until, status, booked_by, created_at, cancelled_at,
                                     late_cancellation, cancellation_reason, cancelled_by, checked_in_at, completed_at,
                                     no_show_at, price_cents, currency)
                SELECT id, 'grand', location_id, service_id, therapist_id, room_id, client_id, starts_at, ends_at,
                       blocked_until, status, 'large-chain', booked_at,
                       CASE WHEN status = 'CANCELLED' THEN cancelled_at END,
                       status = 'CANCELLED' AND late,
                       CASE WHEN status = 'CANCELLED' THEN 'Cannot make it' END,
                       CASE WHEN status = 'CANCELLED' THEN 'CLIENT' END,
                       CASE WHEN status = 'COMPLETED' THEN starts_at - interval '5 minutes' END,
                       CASE WHEN status = 'COMPLETED' THEN ends_at END,
                       CASE WHEN status = 'NO_SHOW' THEN starts_at + interval '15 minutes' END,
                       price, 'GBP'
                FROM g""");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // records

    private static List<String> recordsLocations(LocalDate base) {
        return List.of("""
                INSERT INTO known_location (id, tenant, code, name, time_zone, updated_at)
                SELECT md5('grand/location/' || i)::uuid, 'grand', 'grand' || lpad((i + 1)::text, 2, '0'),
                       'Grand ' || (i + 1), '%s', (date '%s')::timestamp AT TIME ZONE 'UTC'
                FROM generate_series(0, %d - 1) AS i""".formatted(ZONE, base.minusDays(400), LOCATIONS));
    }

    private static List<String> recordsSessions() {
        return List.of(
                """
                INSERT INTO known_session (id, tenant, client_id, therapist_id, location_id, location_code, time_zone,
                                           starts_at, ends_at, status, updated_at)
                SELECT id, 'grand', client_id, therapist_id, location_id, location_code, 'Europe/London', starts_at,
                       ends_at, status, CASE WHEN status = 'BOOKED' THEN booked_at ELSE ends_at END
                FROM g""",
                // a note per completed session: signed two hours after it, except one in 20 of the last ten days
                """
                INSERT INTO session_note (id, tenant, session_id, client_id, location_id, location_code, therapist_id,
                                          session_starts_at, status, subjective, objective, assessment, plan, signed_at,
                                          created_at, version, time_zone, session_completed_at, due_at, signed_by,
                                          updated_at)
                SELECT md5('grand/note/' || n)::uuid, 'grand', id, client_id, location_id, location_code, therapist_id,
                       starts_at, CASE WHEN overdue THEN 'DUE' ELSE 'SIGNED' END,
                       CASE WHEN NOT overdue THEN 'Lower back stiffness, better than last week' END,
                       CASE WHEN NOT overdue THEN 'Reduced lumbar flexion' END,
                       CASE WHEN NOT overdue THEN 'Mechanical low back pain, improving' END,
                       CASE WHEN NOT overdue THEN 'Continue weekly; home stretches' END,
                       CASE WHEN NOT overdue THEN ends_at + interval '2 hours' END,
                       booked_at, CASE WHEN overdue THEN 0 ELSE 1 END, 'Europe/London', ends_at,
                       ends_at + interval '48 hours', CASE WHEN NOT overdue THEN therapist_name END,
                       CASE WHEN overdue THEN ends_at ELSE ends_at + interval '2 hours' END
                FROM (SELECT g.*, dayoff >= -10 AND n % 20 = 0 AS overdue FROM g WHERE status = 'COMPLETED') AS d""",
                // an assessment at one completed session in four: pain and disability falling over the year
                """
                INSERT INTO assessment (id, tenant, client_id, location_id, session_id, therapist_id, therapist_user_id,
                                        assessed_at, nrs, odi_score, odi_band, odi_answered, baseline, recorded_at)
                SELECT md5('grand/assessment/' || n)::uuid, 'grand', client_id, location_id, id, therapist_id,
                       'grand-therapist-' || (t + 1), starts_at + interval '10 minutes',
                       least(10, greatest(0, 8 - di / 80 + (n % 3)::int - 1)),
                       round((44 - di / 20.0 + (n % 7))::numeric, 1), 'MODERATE', 10, di < 45,
                       starts_at + interval '12 minutes'
                FROM g WHERE status = 'COMPLETED' AND n % 4 = 0""",
                // a red flag at one session in 500, cleared within three days (so nothing holds a session now)
                """
                INSERT INTO red_flag (id, tenant, client_id, location_id, location_code, therapist_id, therapist_user_id,
                                      session_id, findings, severity, notes, source, status, raised_by, raised_at,
                                      published_at, clearance, outcome, cleared_by, cleared_at, version)
                SELECT md5('grand/red-flag/' || n)::uuid, 'grand', client_id, location_id, location_code, therapist_id,
                       'grand-therapist-' || (t + 1), id,
                       CASE WHEN n %% 2000 = 3 THEN '["CAUDA_EQUINA"]' ELSE '["NIGHT_PAIN"]' END,
                       CASE WHEN n %% 2000 = 3 THEN 'URGENT' ELSE 'REFER' END, NULL, 'SCREEN', 'CLEARED',
                       'grand-therapist-' || (t + 1), starts_at + interval '15 minutes',
                       starts_at + interval '15 minutes', 'MEDICAL_CLEARANCE', 'GP cleared', 'grand-therapist-' || (t + 1),
                       starts_at + make_interval(hours => (n %% 72)::int + 1), 1
                FROM g WHERE n < %d AND dayoff < -7 AND n %% 500 = 3""".formatted(HISTORY));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // notification

    private static List<String> notificationLocations() {
        return List.of("""
                INSERT INTO known_location (location_id, tenant, code, name, time_zone, updated_at)
                SELECT md5('grand/location/' || i)::uuid, 'grand', 'grand' || lpad((i + 1)::text, 2, '0'),
                       'Grand ' || (i + 1), '%s', now()
                FROM generate_series(0, %d - 1) AS i""".formatted(ZONE, LOCATIONS));
    }

    private static List<String> notificationSessions() {
        return List.of(
                // the booking confirmation by e-mail: one in 200 needed a second try, one in 5,000 never went
                """
                INSERT INTO delivery (id, tenant, source_event_id, kind, channel, client_id, location_id, address, subject,
                                      body_text, status, attempts, provider_id, last_error, event_time, created_at,
                                      sent_at, recipient_kind, recipient, location_code, about_id, source_event_type,
                                      language, error_code, dead_at)
                SELECT id, 'grand', md5('grand/booked-event/' || n)::uuid::text, 'BOOKING_CONFIRMATION', 'EMAIL',
                       client_id, location_id, 'client' || (cli + 1) || '@grand.test', 'Your session is booked',
                       'See you soon', CASE WHEN dead THEN 'DEAD' ELSE 'SENT' END,
                       CASE WHEN dead THEN 5 WHEN retried THEN 2 ELSE 1 END,
                       CASE WHEN NOT dead THEN 'smtp-' || n END,
                       CASE WHEN dead OR retried THEN 'connection refused' END,
                       booked_at, booked_at + interval '40 milliseconds',
                       CASE WHEN NOT dead THEN booked_at + make_interval(secs => 0.2 + (n % 40) / 10.0
                                                                          + CASE WHEN retried THEN 30 ELSE 0 END) END,
                       'CLIENT', 'client:' || client_id, location_code, id, 'remedy.booking.session.booked.v1', 'en',
                       CASE WHEN dead OR retried THEN 'SMTP_UNAVAILABLE' END,
                       CASE WHEN dead THEN booked_at + interval '2 hours' END
                FROM (SELECT g.*, n % 5000 = 2 AS dead, n % 200 = 1 AS retried FROM g) AS d""",
                """
                INSERT INTO delivery_attempt (id, delivery_id, tenant, location_id, attempt, channel, status, error_code,
                                              error, attempted_at)
                SELECT md5('grand/attempt/' || n)::uuid, id, 'grand', location_id, 1, 'EMAIL', 'FAILED',
                       'SMTP_UNAVAILABLE', 'connection refused', booked_at + interval '1 second'
                FROM g WHERE n % 5000 = 2 OR n % 200 = 1""",
                // the reminder by SMS a day before, for every other session not cancelled by then
                """
                INSERT INTO delivery (id, tenant, source_event_id, kind, channel, client_id, location_id, address, subject,
                                      body_text, status, attempts, provider_id, created_at, sent_at, recipient_kind,
                                      recipient, location_code, about_id, language)
                SELECT md5('grand/reminder/' || n)::uuid, 'grand', 'reminder:' || id || ':24h', 'SESSION_REMINDER',
                       'SMS', client_id, location_id, '+4470' || lpad(cli::text, 8, '0'), NULL, 'Reminder: tomorrow',
                       'SENT', 1, 'sms-' || n, starts_at - interval '24 hours',
                       starts_at - interval '24 hours' + make_interval(secs => 1 + (n % 30) / 10.0), 'CLIENT',
                       'client:' || client_id, location_code, id, 'en'
                FROM g WHERE n % 2 = 0 AND status <> 'CANCELLED' AND starts_at - interval '24 hours' < now()""");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // billing

    private static List<String> billingLocations(LocalDate base) {
        return List.of(
                """
                INSERT INTO location_copy (tenant, location_id, location_code, location_name, location_address, time_zone,
                                           currency, tax_rate_basis_points, updated_at)
                SELECT 'grand', md5('grand/location/' || i)::uuid, 'grand' || lpad((i + 1)::text, 2, '0'),
                       'Grand ' || (i + 1), (i + 1) || ' High Street', '%s', 'GBP', 0,
                       (date '%s')::timestamp AT TIME ZONE 'UTC'
                FROM generate_series(0, %d - 1) AS i""".formatted(ZONE, base.minusDays(400), LOCATIONS),
                """
                INSERT INTO client_copy (tenant, client_id, given_name, family_name, version)
                SELECT 'grand', md5('grand/client/' || c)::uuid, 'Client', 'Number ' || (c + 1), 0
                FROM generate_series(0, %d - 1) AS c""".formatted(CLIENTS));
    }

    private static List<String> billingSessions() {
        // an invoice per completed session, and the fee of a late cancellation (half the price) or a no-show (all
        // of it); numbered per location and year by the session's place in that location's year (unique, with gaps)
        String invoiced = """
                SELECT g.*, to_char(starts_at AT TIME ZONE 'Europe/London', 'YYYY') AS year,
                       extract(doy FROM starts_at AT TIME ZONE 'Europe/London')::int * 140 + (t % 10) * 14 + slot
                           AS ordinal,
                       CASE status WHEN 'COMPLETED' THEN 'SESSION' WHEN 'NO_SHOW' THEN 'NO_SHOW'
                                   ELSE 'LATE_CANCELLATION' END AS reason,
                       CASE status WHEN 'COMPLETED' THEN price WHEN 'NO_SHOW' THEN price ELSE price / 2 END AS total,
                       CASE status WHEN 'COMPLETED' THEN ends_at + interval '2 minutes'
                                   WHEN 'NO_SHOW' THEN starts_at + interval '15 minutes' ELSE cancelled_at END
                           AS issued_at,
                       CASE WHEN n % 100 < 2 THEN 'ISSUED' WHEN n % 100 = 2 THEN 'PART_PAID' ELSE 'PAID' END
                           AS invoice_status
                FROM g WHERE status IN ('COMPLETED', 'NO_SHOW') OR (status = 'CANCELLED' AND late)""";
        return List.of(
                """
                INSERT INTO session_copy (tenant, session_id, location_id, location_code, location_name, time_zone,
                                          service_id, service_name, therapist_id, therapist_name, client_id, starts_at,
                                          ends_at, price_cents, currency, status, updated_at, location_address)
                SELECT 'grand', id, location_id, location_code, 'Grand ' || (loc + 1), 'Europe/London', service_id,
                       service_name, therapist_id, therapist_name, client_id, starts_at, ends_at, price, 'GBP', status,
                       CASE WHEN status = 'BOOKED' THEN booked_at ELSE ends_at END, (loc + 1) || ' High Street'
                FROM g""",
                """
                INSERT INTO invoice (id, tenant, number, kind, location_id, location_code, location_name, session_id,
                                     client_id, bill_to, therapist_id, status, currency, net_cents, tax_cents,
                                     total_cents, paid_cents, refunded_cents, issued_at, reason, time_zone,
                                     location_address)
                SELECT md5('grand/invoice/' || n)::uuid, 'grand',
                       upper(location_code) || '-' || year || '-' || lpad(ordinal::text, 6, '0'), 'INVOICE',
                       location_id, location_code, 'Grand ' || (loc + 1), id, client_id, 'Client Number ' || (cli + 1),
                       therapist_id, invoice_status, 'GBP', total, 0, total,
                       CASE invoice_status WHEN 'PAID' THEN total WHEN 'PART_PAID' THEN total / 2 ELSE 0 END, 0,
                       issued_at, reason, 'Europe/London', (loc + 1) || ' High Street'
                FROM (%s) AS i""".formatted(invoiced),
                """
                INSERT INTO invoice_line (id, invoice_id, position, service_id, service_name, therapist_id, therapist_name,
                                          service_date, net_cents, tax_rate, tax_cents, gross_cents,
                                          therapist_registration_number)
                SELECT md5('grand/invoice-line/' || n)::uuid, md5('grand/invoice/' || n)::uuid, 1, service_id,
                       service_name, therapist_id, therapist_name, (starts_at AT TIME ZONE 'Europe/London')::date,
                       total, 0, 0, total, 'GRD' || lpad((t + 1)::text, 5, '0')
                FROM (%s) AS i""".formatted(invoiced),
                """
                INSERT INTO payment (id, tenant, invoice_id, kind, method, amount_cents, currency, taken_by, taken_at)
                SELECT md5('grand/payment/' || n)::uuid, 'grand', md5('grand/invoice/' || n)::uuid, 'PAYMENT',
                       (ARRAY['CARD_TERMINAL', 'CASH', 'ONLINE'])[(n %% 3)::int + 1],
                       CASE invoice_status WHEN 'PAID' THEN total ELSE total / 2 END, 'GBP', 'large-chain',
                       issued_at + interval '1 minute'
                FROM (%s) AS i WHERE invoice_status <> 'ISSUED' AND total > 0""".formatted(invoiced));
    }

    /** Each location's counter continues after the highest number seeded in each year. */
    private static String invoiceCounters() {
        return """
                INSERT INTO invoice_counter (tenant, location_id, year, last_number)
                SELECT tenant, location_id, split_part(number, '-', 2)::int, max(split_part(number, '-', 3)::int)
                FROM invoice WHERE tenant = 'grand' AND kind = 'INVOICE'
                GROUP BY tenant, location_id, split_part(number, '-', 2)::int
                ON CONFLICT (tenant, location_id, year) DO UPDATE
                    SET last_number = greatest(invoice_counter.last_number, EXCLUDED.last_number)""";
    }

    /** For the measuring scenarios: the seeding day, or a clear failure when the chain is not there. */
    static LocalDate requireSeeded() {
        try (Connection booking = connect("booking")) {
            LocalDate base = base(booking);
            if (base == null) {
                throw new IllegalStateException("the large chain is not seeded: run the large-chain scenario first");
            }
            return base;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
