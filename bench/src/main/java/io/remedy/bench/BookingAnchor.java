package io.remedy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The booking load through the gateway beside its anchor: the booking service's own transaction for
 * {@code POST /api/v1/sessions} (pgbench/book-session.sql, the statements the service sends, kept in step by
 * booking-service's BookingStatementsTest) run straight on the same PostgreSQL database with the same number of
 * callers, before and after the load, in one run. Prints {@code platform ÷ database}: the share of its own
 * database's ceiling the platform reaches. Also prints the equivalent pgbench command line.
 *
 * <pre>java -jar remedy-bench.jar booking-anchor [bookings=400] [workers=8] [transactions=2000]
 *   [-Ddatabase=jdbc:postgresql://localhost:15432/booking -Ddatabase.user=remedy -Ddatabase.password=remedy]</pre>
 */
final class BookingAnchor {

    static final String SCRIPT = "pgbench/book-session.sql";
    static final String DATABASE = System.getProperty("database", "jdbc:postgresql://localhost:15432/booking");

    private BookingAnchor() {
    }

    static void main(String[] args) {
        int bookings = Bench.intArg(args, 0, 400);
        int workers = Bench.intArg(args, 1, 8);
        int transactions = Bench.intArg(args, 2, 2000);
        DemoChain chain = new DemoChain(BenchApi.as("reception.norwich@harbour.test"));
        PgbenchScript script = PgbenchScript.parse(script());
        Map<String, String> variables = variables(chain);

        System.out.printf(Locale.ROOT, "load average before: %s%n", LoadAverage.now());
        Rate first = database(script, variables, workers, transactions);
        System.out.printf(Locale.ROOT, "database, %d callers (before the load): %s%n", workers, first);
        BookingLoad.Result platform = BookingLoad.run(chain, bookings, workers);
        System.out.printf(Locale.ROOT, "platform through the gateway, %d callers: %s%n", workers, platform);
        Rate second = database(script, variables, workers, transactions);
        System.out.printf(Locale.ROOT, "database, %d callers (after the load): %s%n", workers, second);
        double ceiling = (first.perSecond() + second.perSecond()) / 2;
        System.out.printf(Locale.ROOT, "platform ÷ database = %.1f ÷ %.1f = %.3f (%d statements a booking; load"
                        + " average after: %s)%n", platform.perSecond(), ceiling, platform.perSecond() / ceiling,
                script.transactionStatements(), LoadAverage.now());
        System.out.printf(Locale.ROOT, "the same with pgbench:%n  pgbench -n -M prepared -c %d -j 2 -t %d -f bench/%s %s"
                        + " 'postgresql://%s:%s@%s'%n", workers, Math.max(1, transactions / workers), SCRIPT,
                variables.entrySet().stream().filter(e -> !e.getKey().equals("client_id"))
                        .map(e -> "-D '" + e.getKey() + "=" + e.getValue() + "'").collect(Collectors.joining(" ")),
                user(), password(), DATABASE.replaceFirst("^jdbc:postgresql://", ""));
    }

    /** Transactions per second of the script. */
    record Rate(int transactions, int failed, double seconds, Latencies latencies) {

        double perSecond() {
            return (transactions - failed) / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d transactions in %.1f s = %.1f/s (%d failed)%n  latency %s",
                    transactions, seconds, perSecond(), failed, latencies.summary());
        }
    }

    /** Runs the script {@code transactions} times over {@code workers} connections of their own. */
    static Rate database(PgbenchScript script, Map<String, String> variables, int workers, int transactions) {
        // a fresh window of slots for each run (the script keeps each run's bookings apart from every other's)
        Map<String, String> run = new LinkedHashMap<>(variables);
        run.put("window", Integer.toString(ThreadLocalRandom.current().nextInt(1000)));
        List<PgbenchScript.Client> clients = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                Map<String, String> own = new LinkedHashMap<>(run);
                own.put("client_id", Integer.toString(w)); // pgbench's own number of each client
                clients.add(script.client(DriverManager.getConnection(DATABASE, user(), password()), own));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + DATABASE + ": is ./remedy up running?", e);
        }
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (PgbenchScript.Client client : clients) {
            tasks.add(() -> {
                while (next.getAndIncrement() < transactions) {
                    long started = System.nanoTime();
                    try {
                        client.run();
                        latencies.add(started, System.nanoTime());
                    } catch (SQLException e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.err.println("anchor transaction failed: " + e.getMessage());
                        }
                        client.rollback();
                    }
                }
            });
        }
        long started = System.nanoTime();
        try {
            Parallel.run(tasks);
        } finally {
            for (PgbenchScript.Client client : clients) {
                try {
                    client.close();
                } catch (SQLException ignored) {
                    // the run's figures are taken; a connection that does not close cleanly changes none
                }
            }
        }
        return new Rate(transactions, failed.get(), (System.nanoTime() - started) / 1e9, latencies);
    }

    /** The script's variables for the demo chain: a receptionist at Norwich books Ana's 60-minute massage. */
    static Map<String, String> variables(DemoChain chain) {
        JsonNode location = find(chain.api.all("/locations"), chain.norwich);
        JsonNode service = find(chain.api.all("/services"), chain.massage60);
        JsonNode therapist = find(chain.api.all("/therapists"), chain.anaCosta);
        JsonNode firstRoom = null;
        for (JsonNode room : chain.api.all("/locations/" + chain.norwich + "/rooms")) {
            if (firstRoom == null || room.get("name").asText().compareTo(firstRoom.get("name").asText()) < 0) {
                firstRoom = room;
            }
        }
        if (firstRoom == null) {
            throw new IllegalStateException("Norwich has no room: is the demo chain seeded?");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("tx", "0");
        variables.put("window", "0");
        variables.put("tenant", "harbour");
        variables.put("principal", chain.api.subject());
        variables.put("gateway", BenchApi.GATEWAY);
        variables.put("location_id", chain.norwich);
        variables.put("location_code", location.get("code").asText());
        variables.put("location_name", location.get("name").asText());
        variables.put("time_zone", location.get("timeZone").asText());
        variables.put("service_id", chain.massage60);
        variables.put("service_name", service.get("name").asText());
        variables.put("duration", service.get("durationMinutes").asText());
        variables.put("buffer", service.get("bufferMinutes").asText());
        variables.put("therapist_id", chain.anaCosta);
        variables.put("therapist_name", therapist.get("displayName").asText());
        variables.put("therapist_user", therapist.path("userId").asText(""));
        variables.put("room", firstRoom.get("id").asText());
        variables.put("room_name", firstRoom.get("name").asText());
        variables.put("client", chain.newClient(DemoChain.benchEmail()));
        variables.put("topic", "remedy.booking.sessions");
        variables.put("event_type", "remedy.booking.session.booked.v1");
        return variables;
    }

    private static JsonNode find(List<JsonNode> list, String id) {
        for (JsonNode item : list) {
            if (id.equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new IllegalStateException("no " + id + " in the list: is the demo chain seeded?");
    }

    static String script() {
        return resource(SCRIPT);
    }

    /** A text file in the bench's jar: the pgbench script, the services' report statements (see bench/pom.xml). */
    static String resource(String path) {
        try (InputStream in = BookingAnchor.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String user() {
        return System.getProperty("database.user", "remedy");
    }

    private static String password() {
        return System.getProperty("database.password", "remedy");
    }

    /** The machine's load average over the last minute, as the JVM reads it. */
    static final class LoadAverage {

        private LoadAverage() {
        }

        static String now() {
            return String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
