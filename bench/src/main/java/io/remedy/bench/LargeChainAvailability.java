package io.remedy.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chain-wide availability for a week on the large chain (see {@link LargeChain}): {@code GET /api/v1/availability}
 * without a location or therapist (every location and therapist of the chain), first page of 100 slots, as its chain
 * admin, sequentially; each call through the gateway is followed by the same call straight to booking-service and by
 * the anchor: the nine statements the service runs for it (the occupancy of its first window, a day, fills the page),
 * one after another on one connection of the booking database ({@link LargeChainStatements}).
 *
 * <pre>java -Dgateway=… -Dkeycloak=… -Dbooking=… -Ddatabase=… -jar remedy-bench.jar large-chain-availability [queries=300]</pre>
 */
final class LargeChainAvailability {

    private LargeChainAvailability() {
    }

    static void main(String[] args) {
        int queries = Bench.intArg(args, 0, 300);
        LargeChain.requireSeeded();
        BenchApi gateway = BenchApi.as(LargeChain.ADMIN);
        BenchApi direct = gateway.at(System.getProperty("booking", "http://localhost:8081"));
        String service = gateway.idWhere("/services", "name", "Remedial massage 45 min");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusDays(7).with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        String path = "/availability?serviceId=" + service + "&from=" + monday + "&to=" + sunday + "&limit=100";
        System.out.printf(Locale.ROOT, "load average before: %s%n", BookingAnchor.LoadAverage.now());
        try (Connection booking = LargeChain.connect("booking")) {
            List<LargeChainStatements.Prepared> anchor = anchor(booking, service, monday, sunday);
            for (int i = 0; i < 20; i++) {
                gateway.get(path);
                direct.get(path);
                run(anchor);
            }
            int slots = gateway.get(path).path("items").size();
            Latencies viaGateway = new Latencies();
            Latencies viaService = new Latencies();
            Latencies database = new Latencies();
            for (int i = 0; i < queries; i++) {
                long sent = System.nanoTime();
                gateway.get(path);
                viaGateway.add(sent, System.nanoTime());
                sent = System.nanoTime();
                direct.get(path);
                viaService.add(sent, System.nanoTime());
                sent = System.nanoTime();
                run(anchor);
                database.add(sent, System.nanoTime());
            }
            System.out.printf(Locale.ROOT, "GET /api/v1/availability chain-wide (%d locations, %d therapists), week of %s"
                            + " (first page: %d slots), %d calls each, interleaved:%n  through the gateway %s%n"
                            + "  direct to booking   %s%n  anchor: its 9 statements on PostgreSQL, one after another %s%n"
                            + "load average after: %s%n", LargeChain.LOCATIONS, LargeChain.THERAPISTS, monday, slots,
                    queries, viaGateway.summary(), viaService.summary(), database.summary(),
                    BookingAnchor.LoadAverage.now());
        } catch (SQLException e) {
            throw new IllegalStateException("the anchor failed", e);
        }
    }

    private static void run(List<LargeChainStatements.Prepared> statements) throws SQLException {
        for (LargeChainStatements.Prepared statement : statements) {
            statement.run();
        }
    }

    /**
     * The statements with the arguments the service gives them for this search: leave over two days either side, the
     * occupancy of the first window (the search's first day from local midnight, and one treatment with its buffer
     * after it; every location of the large chain is in one zone).
     */
    static List<LargeChainStatements.Prepared> anchor(Connection db, String service, LocalDate from, LocalDate to)
            throws SQLException {
        String tenant = "'" + LargeChain.TENANT + "'";
        String serviceId = "'" + service + "'::uuid";
        String locations = array(db, "SELECT id FROM location WHERE tenant = " + tenant);
        String therapists = array(db, "SELECT t.id FROM therapist t JOIN service_offering o ON o.therapist_id = t.id"
                + " AND o.service_id = " + serviceId + " WHERE t.tenant = " + tenant);
        String windowStart = "'" + from.minusDays(2) + "T00:00:00Z'::timestamptz";
        String windowEnd = "'" + to.plusDays(1 + 2) + "T00:00:00Z'::timestamptz";
        String occupiedFrom = "'" + from.atStartOfDay(ZoneId.of(LargeChain.ZONE)).toInstant() + "'::timestamptz";
        String occupiedUntil = "'" + from.plusDays(1).atStartOfDay(ZoneId.of(LargeChain.ZONE)).toInstant()
                .plus(treatmentAndBuffer(db, service)) + "'::timestamptz";
        String firstDay = "'" + from.minusDays(1) + "'::date";
        String lastDay = "'" + to.plusDays(1) + "'::date";
        List<LargeChainStatements.Prepared> statements = new ArrayList<>();
        statements.add(new LargeChainStatements.Prepared(db, "a_service", "text, uuid", LargeChainStatements.SERVICE,
                tenant + ", " + serviceId));
        statements.add(new LargeChainStatements.Prepared(db, "a_located", "text, uuid", LargeChainStatements.LOCATED,
                tenant + ", " + serviceId));
        statements.add(new LargeChainStatements.Prepared(db, "a_therapists", "text, uuid",
                LargeChainStatements.THERAPISTS, tenant + ", " + serviceId));
        statements.add(new LargeChainStatements.Prepared(db, "a_hours", "text, uuid[]", LargeChainStatements.HOURS,
                tenant + ", " + locations));
        statements.add(new LargeChainStatements.Prepared(db, "a_closures", "text, uuid[], date, date",
                LargeChainStatements.CLOSURES, tenant + ", " + locations + ", " + firstDay + ", " + lastDay));
        statements.add(new LargeChainStatements.Prepared(db, "a_rooms", "text, uuid[]", LargeChainStatements.ROOMS,
                tenant + ", " + locations));
        statements.add(new LargeChainStatements.Prepared(db, "a_roster", "text, uuid[], uuid[]",
                LargeChainStatements.ROSTER, tenant + ", " + therapists + ", " + locations));
        statements.add(new LargeChainStatements.Prepared(db, "a_leave", "text, uuid[], timestamptz, timestamptz",
                LargeChainStatements.LEAVE, tenant + ", " + therapists + ", " + windowStart + ", " + windowEnd));
        statements.add(new LargeChainStatements.Prepared(db, "a_occupancy",
                "text, uuid[], uuid[], timestamptz, timestamptz", LargeChainStatements.OCCUPANCY,
                tenant + ", " + therapists + ", " + locations + ", " + occupiedFrom + ", " + occupiedUntil));
        return statements;
    }

    /** How long a session of the service keeps its therapist and room: the treatment and the buffer after it. */
    static Duration treatmentAndBuffer(Connection db, String service) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery(
                "SELECT duration_minutes + buffer_minutes FROM bookable_service WHERE id = '" + service + "'::uuid")) {
            if (!rs.next()) {
                throw new IllegalStateException("no service " + service);
            }
            return Duration.ofMinutes(rs.getInt(1));
        }
    }

    /** The ids a query answers, as a uuid[] literal. */
    static String array(Connection db, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids.stream().collect(Collectors.joining(",", "'{", "}'::uuid[]"));
    }
}
