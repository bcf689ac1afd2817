package io.remedy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remedy.e2e.Gateway.Call;
import io.remedy.e2e.Gateway.Reply;
import io.remedy.e2e.OpenApi.Operation;
import io.remedy.e2e.OpenApi.Parameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input in every parameter of every endpoint the gateway publishes (read from its merged OpenAPI document, so a
 * new endpoint is covered the day it appears): SQL- and script-injection strings in each path, query and header
 * parameter; malformed JSON, a body of the wrong shape, and wrong types, unknown enum values and injection strings
 * in each property of each request body. Every answer is a 4xx problem (or, for a read, possibly a 2xx: a search for
 * an odd string is a search), never a 5xx; and nothing is written: the test's own chain reads back the same after.
 *
 * <p>Every body is also read strictly, in every service alike: a NUL byte or an unpaired surrogate in any text
 * property, a fraction for an integer, a number written as text, a number for a date, a date outside the sane window
 * of years, a key given twice, anything after the document, and a body without {@code Content-Type}. Each of those
 * must be refused before anything else looks at the request: a 400 naming the property (or a 415), never a 404 of an
 * unknown id behind it, nor a validation problem of some other field.
 *
 * <p>The requests come from staff users of a chain of the test's own, holding every staff role, so they get past
 * authorisation to the parsing and validation behind it. Writes never name a real thing of that chain unless the
 * body is bound to be refused, so not even an accident can change it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTest {

    static final String SQL_INJECTION = "' OR '1'='1'; DROP TABLE sessions; --";
    static final String SCRIPT_INJECTION = "<script>alert(document.cookie)</script>";
    private static final List<String> INJECTIONS = List.of(SQL_INJECTION, SCRIPT_INJECTION);
    /** Readings that change by themselves (audit of every read, messages sent, figures of the day, live streams). */
    private static final List<String> VOLATILE = List.of("/audit", "/reports", "/stream", "/deliveries", "/inbox",
            "/dead-letters", "/export", "/AuditEvent");
    /** The FHIR API answers in FHIR's own media type, its refusals as OperationOutcomes. */
    private static final String FHIR_PATHS = "/api/v1/fhir/r4/";
    private static final String FHIR_JSON = "application/fhir+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static OwnChain chain;
    private static OpenApi api;
    private static ExecutorService pool;
    private static Map<String, String> before;
    private static final AtomicInteger NEXT_USER = new AtomicInteger();
    private static final Map<String, String> UNKNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    /** The strict-reading calls, with the property each must name ("" for a problem of the whole body). */
    private static final Map<Call, String> STRICT = new java.util.concurrent.ConcurrentHashMap<>();
    static final String NUL = "\u0000";

    @BeforeAll
    static void chainAndDocument() {
        Platform.stack();
        chain = new OwnChain(10);
        api = OpenApi.fetch();
        pool = Executors.newFixedThreadPool(6);
        before = settledSnapshot();
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyParameterOfEveryEndpointRefusesBadInputWithA4xxProblem() {
        List<Operation> operations = api.operations();
        assertFalse(operations.isEmpty(), "the merged document lists the API");
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.key(), () -> check(operation)));
    }

    @Test
    @Order(2)
    void nothingWasWrittenByAnyOfIt() {
        List<String> changed = differences(before, snapshot());
        assertTrue(changed.isEmpty(), "bad input changed what the chain reads back:\n" + String.join("\n", changed));
    }

    private static void check(Operation operation) {
        List<Call> calls = calls(operation);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Call call : calls) {
            outcomes.add(pool.submit(() -> verdict(operation, call, Gateway.send(nextUser(), call))));
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            try {
                String failure = outcome.get();
                if (failure != null) {
                    failures.add(failure);
                }
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls.size() + " bad requests to " + operation
                + " were not refused properly:\n" + String.join("\n", failures));
    }

    private static String nextUser() {
        List<String> staff = chain.staff();
        return staff.get(Math.floorMod(NEXT_USER.getAndIncrement(), staff.size()));
    }

    /** Null if the answer is right for bad input; else what was wrong. */
    private static String verdict(Operation operation, Call call, Reply reply) {
        int status = reply.status();
        String strict = STRICT.get(call);
        if (strict != null) {
            return strictVerdict(call, reply, strict);
        }
        if (status >= 500) {
            return "  " + status + " (a server error) for " + call + "\n    " + reply.body();
        }
        boolean fhir = operation.path().startsWith(FHIR_PATHS);
        if (status >= 400 && !reply.isProblem() && !(fhir && isOperationOutcome(reply))) {
            return "  " + status + " without a problem+json body (" + reply.contentType() + ") for " + call;
        }
        if (operation.writes() && status < 400) {
            return "  " + status + " (accepted) for " + call + "\n    " + reply.body();
        }
        if (fhir && status < 400 && !reply.contentType().startsWith(FHIR_JSON)) {
            return "  " + status + " answered as " + reply.contentType() + " for " + call;
        }
        if (!fhir && status < 400 && !reply.contentType().isEmpty() && !reply.contentType().startsWith("application/json")
                && !reply.contentType().startsWith("text/event-stream") && !reply.contentType().startsWith("text/csv")) {
            return "  " + status + " answered as " + reply.contentType() + " for " + call;
        }
        return null;
    }

    /** A FHIR refusal: an OperationOutcome in application/fhir+json. */
    private static boolean isOperationOutcome(Reply reply) {
        if (!reply.contentType().startsWith(FHIR_JSON)) {
            return false;
        }
        try {
            return "OperationOutcome".equals(JSON.readTree(reply.body()).path("resourceType").asText());
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * A strictly read body is refused as such: 400 (naming {@code property} when there is one) or 415, or a 401/403
     * that came before the body was read; anything else means the body got further than it should.
     */
    private static String strictVerdict(Call call, Reply reply, String property) {
        int status = reply.status();
        if (status != 400 && status != 415 && status != 401 && status != 403) {
            return "  " + status + " (not refused as unreadable) for " + call + "\n    " + reply.body();
        }
        if (!reply.isProblem()) {
            return "  " + status + " without a problem+json body (" + reply.contentType() + ") for " + call;
        }
        if (status == 400 && !property.isEmpty()) {
            List<String> fields = new ArrayList<>();
            try {
                JSON.readTree(reply.body()).path("errors").forEach(error -> fields.add(error.path("field").asText()));
            } catch (Exception e) {
                return "  400 with an unreadable problem for " + call;
            }
            boolean named = fields.stream().anyMatch(field -> field.equals(property)
                    || field.startsWith(property + ".") || field.startsWith(property + "["));
            if (!named) {
                return "  400 not naming " + property + " (" + fields + ") for " + call + "\n    " + reply.body();
            }
        }
        return null;
    }

    /** The strict-reading cases of one operation's body: each property alone with a value that must not be read. */
    static List<Call> strictCalls(Operation operation, Map<String, String> path, Map<String, String> query) {
        List<Call> calls = new ArrayList<>();
        java.util.function.BiConsumer<String, String> add = (property, body) -> {
            Call call = new Call(operation.method(), operation.path(), path, query, Map.of(), body);
            STRICT.put(call, property);
            calls.add(call);
        };
        Call untyped = new Call(operation.method(), operation.path(), path, query, Map.of("Content-Type", ""), "{}");
        STRICT.put(untyped, "");
        calls.add(untyped);
        add.accept("", "{} {}");
        add.accept("", "{}]");
        api.properties(operation.body()).forEach((name, schema) -> {
            JsonNode resolved = api.resolve(schema);
            String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
            String format = resolved.path("format").asText("");
            String good = switch (type) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                case "array" -> "[]";
                case "object" -> "{}";
                default -> "\"x\"";
            };
            add.accept(name, "{\"" + name + "\": " + good + ", \"" + name + "\": " + good + "}");
            switch (type) {
                case "string" -> {
                    add.accept(name, "{\"" + name + "\": " + quote("x" + NUL + "y") + "}");
                    add.accept(name, "{\"" + name + "\": \"x\\ud800y\"}");
                    if (format.equals("date") || format.equals("date-time")) {
                        add.accept(name, "{\"" + name + "\": 1714557600}");
                        add.accept(name, "{\"" + name + "\": "
                                + (format.equals("date") ? "\"0001-01-01\"" : "\"0001-01-01T00:00:00Z\"") + "}");
                        add.accept(name, "{\"" + name + "\": "
                                + (format.equals("date") ? "\"+10000-01-01\"" : "\"+10000-01-01T00:00:00Z\"") + "}");
                    }
                }
                case "integer" -> {
                    add.accept(name, "{\"" + name + "\": 1.5}");
                    add.accept(name, "{\"" + name + "\": \"12\"}");
                }
                case "number" -> add.accept(name, "{\"" + name + "\": \"12\"}");
                case "array" -> {
                    JsonNode items = api.resolve(resolved.path("items"));
                    if (items.path("type").asText("string").equals("string")) {
                        add.accept(name, "{\"" + name + "\": [" + quote("x" + NUL) + "]}");
                    }
                }
                default -> {
                }
            }
        });
        return calls;
    }

    /** Every bad request for one operation. */
    static List<Call> calls(Operation operation) {
        List<Call> calls = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            for (String bad : badValues(parameter)) {
                calls.add(withParameter(operation, parameter, bad));
            }
        }
        if (operation.body() != null) {
            Map<String, String> path = pathParameters(operation, null, !operation.writes());
            Map<String, String> query = requiredQuery(operation, null);
            String first = api.properties(operation.body()).keySet().stream().findFirst().orElse("field");
            calls.add(new Call(operation.method(), operation.path(), path, query, Map.of(), "{\"" + first + "\": "));
            calls.add(new Call(operation.method(), operation.path(), path, query, Map.of(), "[]"));
            calls.add(new Call(operation.method(), operation.path(), path, query, Map.of(), "\"" + SQL_INJECTION + "\""));
            calls.addAll(strictCalls(operation, path, query));
            api.properties(operation.body()).forEach((name, schema) -> {
                for (String value : badJsonValues(schema)) {
                    // a property the API does not know keeps even a well-formed free-text value from being accepted
                    String body = "{\"" + name + "\": " + value + ", \"notAField\": true}";
                    calls.add(new Call(operation.method(), operation.path(), path, query, Map.of(), body));
                }
            });
        }
        return calls;
    }

    /** The operation with one parameter bad and the others harmless (for a write, naming nothing real). */
    private static Call withParameter(Operation operation, Parameter bad, String value) {
        Map<String, String> path = pathParameters(operation, bad, !operation.writes());
        Map<String, String> query = requiredQuery(operation, bad);
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.streams()) {
            headers.put("Accept", "text/event-stream");
        }
        switch (bad.in()) {
            case "path" -> path.put(bad.name(), value);
            case "query" -> query.put(bad.name(), value);
            case "header" -> headers.put(bad.name(), value);
            default -> {
                return new Call(operation.method(), operation.path(), path, query, headers, null);
            }
        }
        String body = operation.body() != null ? "{}" : null;
        return new Call(operation.method(), operation.path(), path, query, headers, body);
    }

    private static List<String> badValues(Parameter parameter) {
        List<String> values = new ArrayList<>(INJECTIONS);
        if (!parameter.enumeration().isEmpty()) {
            values.add("NOT_A_VALUE");
        }
        if (parameter.type().equals("integer") || parameter.type().equals("number")) {
            values.add("-99999999999999999999");
        }
        if (parameter.in().equals("header")) {
            values.add("x".repeat(2000));
        } else {
            values.add("x" + NUL + "y");
        }
        return values;
    }

    /** JSON values that do not fit a property: the wrong type, an unknown enum value, injection strings. */
    private static List<String> badJsonValues(JsonNode schema) {
        JsonNode resolved = api.resolve(schema);
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
        List<String> values = new ArrayList<>();
        values.add(switch (type) {
            case "integer", "number" -> "\"twelve\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "{\"not\": \"a list\"}";
            case "object" -> "[1, 2]";
            default -> "{\"not\": \"a string\"}";
        });
        if (resolved.has("enum") || resolved.path("items").has("enum")
                || api.resolve(resolved.path("items")).has("enum")) {
            values.add(type.equals("array") ? "[\"NOT_A_VALUE\"]" : "\"NOT_A_VALUE\"");
        }
        for (String injection : INJECTIONS) {
            values.add(quote(injection));
        }
        if (type.equals("array")) {
            values.add("[" + quote(SQL_INJECTION) + "]");
        }
        return values;
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Path parameters other than {@code except}: the chain's real things for a read, unknown ids for a write (so that
     * nothing real can be changed).
     */
    private static Map<String, String> pathParameters(Operation operation, Parameter except, boolean real) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path") && parameter != except) {
                values.put(parameter.name(), real ? fixture(operation.path(), parameter.name())
                        : UUID.randomUUID().toString());
            }
        }
        return values;
    }

    /** The required query parameters other than {@code except}, with sensible values. */
    private static Map<String, String> requiredQuery(Operation operation, Parameter except) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && parameter.required() && parameter != except) {
                values.put(parameter.name(), sensible(operation, parameter));
            }
        }
        return values;
    }

    private static String sensible(Operation operation, Parameter parameter) {
        String name = parameter.name();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!parameter.enumeration().isEmpty()) {
            return parameter.enumeration().get(0);
        }
        return switch (parameter.format()) {
            case "date" -> (name.equals("to") ? today.plusDays(60) : today.minusDays(30)).toString();
            case "date-time" -> (name.equals("to") ? today.plusDays(60) : today.minusDays(30)).atStartOfDay()
                    .atOffset(ZoneOffset.UTC).toString();
            case "uuid" -> fixture(operation.path(), name);
            default -> switch (parameter.type()) {
                case "integer", "number" -> "10";
                case "boolean" -> "false";
                default -> name.equals("from") ? today.minusDays(30).toString()
                        : name.equals("to") ? today.plusDays(60).toString() : "x";
            };
        };
    }

    /** The chain's thing a path or query parameter names: by its name, or for {@code id} by the segment before it. */
    static String fixture(String path, String parameter) {
        String kind = parameter;
        if (kind.equals("id")) {
            String[] segments = path.substring(0, path.indexOf("{id}")).split("/");
            kind = segments[segments.length - 1];
            kind = kind.endsWith("ies") ? kind.substring(0, kind.length() - 3) + "y"
                    : kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
        } else if (kind.endsWith("Id")) {
            kind = kind.substring(0, kind.length() - 2);
        }
        String id = chain.ids().get(kind.toLowerCase(Locale.ROOT).replace("-", ""));
        // a thing the chain does not have is one unknown id, the same every time (so readings compare)
        return id != null ? id : UNKNOWN.computeIfAbsent(kind, k -> UUID.randomUUID().toString());
    }

    /** What the chain reads back, once two readings a moment apart agree (its own events have all landed). */
    private static Map<String, String> settledSnapshot() {
        List<Map<String, String>> last = new ArrayList<>();
        last.add(snapshot());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, String> now = snapshot();
            List<String> changed = differences(last.get(0), now);
            last.set(0, now);
            assertTrue(changed.isEmpty(), "the chain's readings keep changing:\n" + String.join("\n", changed));
        });
        return last.get(0);
    }

    private static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((path, body) -> {
            if (!body.equals(after.get(path))) {
                changed.add(path + "\n  before: " + body + "\n  after:  " + after.get(path));
            }
        });
        return changed;
    }

    /** Every stable reading of the chain: each GET of the document, with the chain's ids. */
    private static Map<String, String> snapshot() {
        Map<String, String> readings = new LinkedHashMap<>();
        for (Operation operation : api.operations()) {
            if (operation.writes() || operation.streams() || VOLATILE.stream().anyMatch(operation.path()::contains)) {
                continue;
            }
            Call call = new Call("GET", operation.path(), pathParameters(operation, null, true),
                    requiredQuery(operation, null), Map.of(), null);
            Reply reply = Gateway.send(chain.staff().get(0), call);
            readings.put(call.target(), reply.status() + " " + normalised(reply.body()));
        }
        return readings;
    }

    private static String normalised(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node instanceof ObjectNode object) {
                object.remove("generatedAt");
            }
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            return body;
        }
    }

    @Test
    @Order(0)
    void theDocumentCoversEveryServiceAndTheGateway() {
        List<String> paths = api.operations().stream().map(Operation::path).toList();
        for (String prefix : List.of("/api/v1/sessions", "/api/v1/records/", "/api/v1/notifications/",
                "/api/v1/reports/branches")) {
            assertTrue(paths.stream().anyMatch(path -> path.startsWith(prefix)), "the document lists " + prefix);
        }
    }
}
