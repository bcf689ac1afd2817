package io.remedy.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The branch report on the large chain (see {@link LargeChain}) over the 366 days that hold its million sessions:
 * {@code GET /api/v1/reports/branches} as its chain admin, sequentially; each call through the gateway is followed by
 * the four services' report endpoints called directly, one after another, and by the anchor: each service's report
 * statements ({@link LargeChainStatements}) run straight on its database. The gateway asks the four at once, so what
 * bounds it is the slowest of them: printed as "slowest service".
 *
 * <pre>java -Dgateway=… -Dkeycloak=… -Dbooking=… -Drecords=… -Dnotification=… -Dbilling=… -Ddatabase=…
 *   -jar remedy-bench.jar large-chain-report [reports=60]</pre>
 */
final class LargeChainReport {

    private static final Map<String, String> PATHS = new LinkedHashMap<>();

    static {
        PATHS.put("booking", "/reports/booking");
        PATHS.put("records", "/records/reports");
        PATHS.put("notification", "/notifications/reports");
        PATHS.put("billing", "/billing/reports");
    }

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("booking", 8081, "records", 8082,
            "notification", 8083, "billing", 8084);

    private LargeChainReport() {
    }

    static void main(String[] args) {
        int reports = Bench.intArg(args, 0, 60);
        LocalDate base = LargeChain.requireSeeded();
        LocalDate from = base.minusDays(365);
        LocalDate to = base;
        String range = "?from=" + from + "&to=" + to;
        BenchApi gateway = BenchApi.as(LargeChain.ADMIN);
        Map<String, BenchApi> direct = new LinkedHashMap<>();
        PATHS.keySet().forEach(service -> direct.put(service, gateway.at(System.getProperty(service,
                "http://localhost:" + DEFAULT_PORTS.get(service)))));
        System.out.printf(Locale.ROOT, "load average before: %s%n", BookingAnchor.LoadAverage.now());
        Map<String, Connection> databases = new LinkedHashMap<>();
        try {
            for (String service : PATHS.keySet()) {
                databases.put(service, LargeChain.connect(service));
            }
            Map<String, List<LargeChainStatements.Prepared>> anchors = anchors(databases, from, to);
            Latencies viaGateway = new Latencies();
            Latencies slowestDirect = new Latencies();
            Latencies slowestAnchor = new Latencies();
            Map<String, Latencies> directs = new LinkedHashMap<>();
            Map<String, Latencies> sqls = new LinkedHashMap<>();
            PATHS.keySet().forEach(service -> {
                directs.put(service, new Latencies());
                sqls.put(service, new Latencies());
            });
            int warmUp = 3;
            int incomplete = 0;
            java.util.Set<String> refused = new java.util.HashSet<>();
            for (int i = -warmUp; i < reports; i++) {
                long sent = System.nanoTime();
                var answer = gateway.get("/reports/branches" + range);
                long answered = System.nanoTime();
                if (answer.path("missing").size() > 0) {
                    incomplete++;
                    if (incomplete <= 3) {
                        System.out.printf(Locale.ROOT, "warning: the gateway's report misses %s%n",
                                answer.path("missing"));
                    }
                }
                if (i >= 0) {
                    viaGateway.add(sent, answered);
                }
                long slowest = 0;
                for (var entry : direct.entrySet()) {
                    if (refused.contains(entry.getKey())) {
                        continue;
                    }
                    sent = System.nanoTime();
                    int status = entry.getValue().send("GET", PATHS.get(entry.getKey()) + range, null).statusCode();
                    answered = System.nanoTime();
                    if (status != 200) {
                        // a service may accept only the gateway's calls: then it has no direct figure
                        System.out.printf(Locale.ROOT, "%s answered %d to a direct call: no direct figure%n",
                                entry.getKey(), status);
                        refused.add(entry.getKey());
                        continue;
                    }
                    slowest = Math.max(slowest, answered - sent);
                    if (i >= 0) {
                        directs.get(entry.getKey()).add(sent, answered);
                    }
                }
                if (i >= 0) {
                    slowestDirect.add(0, slowest);
                }
                slowest = 0;
                for (var entry : anchors.entrySet()) {
                    sent = System.nanoTime();
                    for (LargeChainStatements.Prepared statement : entry.getValue()) {
                        statement.run();
                    }
                    answered = System.nanoTime();
                    slowest = Math.max(slowest, answered - sent);
                    if (i >= 0) {
                        sqls.get(entry.getKey()).add(sent, answered);
                    }
                }
                if (i >= 0) {
                    slowestAnchor.add(0, slowest);
                }
            }
            System.out.printf(Locale.ROOT, "GET /api/v1/reports/branches, %s to %s (%d locations, %,d sessions of history),"
                            + " %d reports, interleaved:%n  through the gateway %s (%d of them missing a service)%n",
                    from, to, LargeChain.LOCATIONS, LargeChain.HISTORY, reports, summary(viaGateway), incomplete);
            for (String service : PATHS.keySet()) {
                System.out.printf(Locale.ROOT, "  %-12s direct %s%n  %-12s SQL    %s%n", service,
                        summary(directs.get(service)), "", summary(sqls.get(service)));
            }
            System.out.printf(Locale.ROOT, "  slowest service, direct %s%n  slowest service, SQL    %s%n"
                            + "load average after: %s%n", summary(slowestDirect), summary(slowestAnchor),
                    BookingAnchor.LoadAverage.now());
        } catch (SQLException e) {
            throw new IllegalStateException("the anchor failed", e);
        } finally {
            for (Connection db : databases.values()) {
                try {
                    db.close();
                } catch (SQLException ignored) {
                    // the figures are taken
                }
            }
        }
    }

    private static String summary(Latencies latencies) {
        return String.format(Locale.ROOT, "n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", latencies.count(),
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99),
                latencies.percentile(100));
    }

    /** Each service's statements with the arguments it gives them for a chain admin's report over the range. */
    static Map<String, List<LargeChainStatements.Prepared>> anchors(Map<String, Connection> db, LocalDate from,
                                                                   LocalDate to) throws SQLException {
        String tenant = "'" + LargeChain.TENANT + "'";
        String dates = tenant + ", '" + from + "'::date, '" + to + "'::date";
        Map<String, List<LargeChainStatements.Prepared>> anchors = new LinkedHashMap<>();
        Connection booking = db.get("booking");
        String locations = LargeChainAvailability.array(booking, "SELECT id FROM location WHERE tenant = " + tenant);
        anchors.put("booking", List.of(
                new LargeChainStatements.Prepared(booking, "r_scope", "text", LargeChainStatements.BOOKING_SCOPE,
                        tenant),
                new LargeChainStatements.Prepared(booking, "r_booking", "text, date, date, uuid[]",
                        LargeChainStatements.BOOKING_REPORT, dates + ", " + locations)));
        List<LargeChainStatements.Prepared> records = new ArrayList<>();
        records.add(new LargeChainStatements.Prepared(db.get("records"), "r_locations", "text",
                LargeChainStatements.RECORDS_LOCATIONS, tenant));
        int n = 0;
        for (String sql : LargeChainStatements.records()) {
            records.add(new LargeChainStatements.Prepared(db.get("records"), "r_records_" + n++, "text, date, date",
                    sql, dates));
        }
        anchors.put("records", records);
        anchors.put("notification", List.of(new LargeChainStatements.Prepared(db.get("notification"),
                "r_notification", "text, date, date", LargeChainStatements.notification(), dates)));
        anchors.put("billing", List.of(new LargeChainStatements.Prepared(db.get("billing"), "r_billing",
                "text, date, date", LargeChainStatements.billing(), dates)));
        return anchors;
    }
}
