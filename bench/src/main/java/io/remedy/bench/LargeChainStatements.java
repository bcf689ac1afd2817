package io.remedy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQL behind the two large-chain figures, as the services send it: availability's statements (booking-service,
 * {@code AvailabilityService}, a chain-wide search: no location, no therapist) and each service's report statements
 * (the services' own files, taken into this jar). Each is prepared on the server under a name of its own
 * ({@code PREPARE}) and run with {@code EXECUTE}, as the services' clients run their prepared statements, so PostgreSQL
 * plans it the same way; named parameters ({@code :tenant}) become positional ones.
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
    /** What is taken during the first window of the search (a day): the service's own file. */
    static final String OCCUPANCY = BookingAnchor.resource("io/remedy/booking/availability/occupancy.sql").strip();

    // ----------------------------------------------------------------------------------------------------------------
    // the reports (the gateway's /reports/branches asks each service's endpoint in parallel)

    /** booking-service BookingReportService: the caller's locations first. */
    static final String BOOKING_SCOPE = statement("booking", "report-locations.sql");
    /** records-service KnownLocationRepository.listInTenant: the same rows (Hibernate names the columns). */
    static final String RECORDS_LOCATIONS = "SELECT * FROM known_location WHERE tenant = $1 ORDER BY code";

    /** booking-service BookingReportService.REPORT. */
    static final String BOOKING_REPORT = statement("booking", "report.sql");

    /** records' three statements, in the order ReportService runs them. */
    static List<String> records() {
        return List.of(named(statement("records", "outcomes.sql")), named(statement("records", "red-flags.sql")),
                named(statement("records", "overdue-notes.sql")));
    }

    /** notification's statement for a chain admin at every location: its slot for a narrower scope left empty. */
    static String notification() {
        return named(statement("notification", "figures.sql"));
    }

    /** billing's statement for every location: its slot for one location left empty. */
    static String billing() {
        return named(statement("billing", "report.sql"));
    }

    /**
     * A service's report statement: the very file the service reads (its {@code src/main/resources/io/remedy/<service>
     * /report/<file>}), which bench/pom.xml puts into this jar. A slot for an optional part (a comment) stays empty.
     */
    static String statement(String service, String file) {
        return BookingAnchor.resource("io/remedy/" + service + "/report/" + file).strip();
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
