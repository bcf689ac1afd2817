package io.remedy.booking.session;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The benchmark's anchor (bench/pgbench/book-session.sql, also run by the {@code booking-anchor} scenario) replays
 * the transaction of one {@code POST /api/v1/sessions} straight on PostgreSQL. This keeps it in step: it books one
 * session with an Idempotency-Key, as the benchmark's callers do, records every statement the service sent to
 * PostgreSQL for that request (the statements Hibernate Reactive hands to the PostgreSQL client, grouped by the
 * request's Vert.x context, so background work such as the outbox relay is left out) and compares them, in order,
 * with the script's statements between BEGIN and COMMIT.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingStatementsTest {

    /** The script, relative to this module (tests run in the module's directory). */
    static final Path SCRIPT = Path.of("..", "bench", "pgbench", "book-session.sql");

    private static final Pattern SCRIPT_VARIABLE = Pattern.compile("(?<!:):[a-z_][a-z0-9_]*");
    private static final Pattern PARAMETER = Pattern.compile("\\$[0-9]+");
    private static final Pattern VALUES = Pattern.compile("(?i)\\bvalues\\s*\\(([^)]*)\\)");

    @Test
    void anchorScriptRunsTheStatementsOfOneBooking() throws IOException {
        Chain chain = new Chain();
        String startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(40).truncatedTo(ChronoUnit.DAYS).withHour(10)
                .toString();
        List<String> sent = capture(() -> given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(chain.booking(startsAt, null))
                .when().post("/api/v1/sessions")
                .then().statusCode(201));

        List<String> script = scriptTransaction(Files.readString(SCRIPT));
        assertFalse(script.isEmpty(), "the script has a transaction");
        assertEquals(String.join("\n", script), String.join("\n", sent),
                "bench/pgbench/book-session.sql must run what the service sends for one booking");
    }

    /** The statements sent while {@code request} ran, of the Vert.x context that inserted the session. */
    static List<String> capture(Runnable request) {
        Map<Context, List<String>> byContext = new IdentityHashMap<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Context context = Vertx.currentContext();
                if (context != null && record.getMessage() != null) {
                    synchronized (byContext) {
                        byContext.computeIfAbsent(context, c -> new ArrayList<>()).add(record.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger sql = Logger.getLogger("org.hibernate.SQL");
        Level before = sql.getLevel();
        sql.setLevel(Level.FINE);
        sql.addHandler(handler);
        try {
            request.run();
        } finally {
            sql.removeHandler(handler);
            sql.setLevel(before);
        }
        synchronized (byContext) {
            List<List<String>> bookings = byContext.values().stream()
                    .filter(statements -> statements.stream().anyMatch(s -> normalise(s).startsWith("insert into session ")))
                    .toList();
            assertEquals(1, bookings.size(), "one request's statements insert the session: " + byContext.values());
            return bookings.get(0).stream().map(BookingStatementsTest::normalise).toList();
        }
    }

    /**
     * The script's statements between BEGIN and COMMIT (meta-commands and comments left out), normalised. A statement
     * ends with {@code ;} or with pgbench's {@code \gset}; a parameter the service binds as null is written NULL in a
     * VALUES list (pgbench has no null variable) and counts as a parameter here.
     */
    static List<String> scriptTransaction(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inside = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("\\")) {
                continue;
            }
            boolean gset = trimmed.endsWith("\\gset");
            if (gset) {
                trimmed = trimmed.substring(0, trimmed.length() - "\\gset".length()).strip();
            }
            current.append(trimmed).append(' ');
            if (gset || trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                if (statement.endsWith(";")) {
                    statement = statement.substring(0, statement.length() - 1);
                }
                current.setLength(0);
                if (statement.equalsIgnoreCase("BEGIN")) {
                    inside = true;
                } else if (statement.equalsIgnoreCase("COMMIT")) {
                    inside = false;
                } else if (inside) {
                    statements.add(normalise(nullsAsParameters(SCRIPT_VARIABLE.matcher(statement).replaceAll("?"))));
                }
            }
        }
        return statements;
    }

    /** {@code values (?,NULL,?)} as {@code values (?,?,?)}. */
    static String nullsAsParameters(String statement) {
        Matcher values = VALUES.matcher(statement);
        if (!values.find()) {
            return statement;
        }
        String list = values.group(1).replaceAll("\\bNULL\\b", "?");
        return statement.substring(0, values.start(1)) + list + statement.substring(values.end(1));
    }

    /** One line, single spaces, parameters as {@code ?}. */
    static String normalise(String statement) {
        return PARAMETER.matcher(statement.strip().replaceAll("\\s+", " ")).replaceAll("?");
    }
}
