package io.remedy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.remedy.e2e.AuthorisationMatrix.Expectation;
import io.remedy.e2e.AuthorisationMatrix.Row;
import io.remedy.e2e.AuthorisationMatrix.Scope;
import io.remedy.e2e.Gateway.Call;
import io.remedy.e2e.Gateway.Reply;
import io.remedy.e2e.MatrixPlaces.Place;
import io.remedy.e2e.OpenApi.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorisation matrix (data: {@code authorisation-matrix.csv}, requests: {@code authorisation-requests.json}),
 * run through the gateway with the demo users' real tokens: every row's endpoint, called by every demo user on the
 * things of their own place, of another location of their chain and of the other chain, must answer what the row
 * says. A failure names the row, the user and whether data leaked (allowed where a denial was expected) or a user
 * was wrongly turned away. Writes are called so that an allowed call cannot change anything that matters: updates
 * without If-Match (an allowed caller gets 428), bookings at night (409), creations the matrix's own things absorb.
 */
class AuthorisationMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z+0-9-]+)}");

    private static OpenApi api;
    private static List<Row> rows;
    private static Map<String, JsonNode> requests;
    private static MatrixPlaces places;
    private static ExecutorService pool;

    @BeforeAll
    static void matrix() {
        Platform.stack();
        api = OpenApi.fetch();
        rows = AuthorisationMatrix.rows();
        requests = AuthorisationMatrix.requests();
        places = MatrixPlaces.shared();
        pool = Executors.newFixedThreadPool(AuthorisationMatrix.USERS.size());
    }

    @AfterAll
    static void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /**
     * Every endpoint the gateway publishes has a row for its own scope, and, if it names things of a place (in its
     * path or its request), rows for another location and another chain too; and no row names an endpoint that is gone.
     */
    @Test
    void everyPublishedEndpointIsInTheMatrixInEveryScope() {
        Set<String> published = api.operations().stream().map(Operation::key).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<Scope>> covered = new LinkedHashMap<>();
        rows.forEach(row -> covered.computeIfAbsent(row.endpoint(), key -> new TreeSet<>()).add(row.scope()));
        List<String> missing = new ArrayList<>();
        for (String endpoint : published) {
            Set<Scope> scopes = covered.getOrDefault(endpoint, Set.of());
            Set<Scope> needed = namesThings(endpoint) ? Set.of(Scope.OWN, Scope.OTHER_LOCATION, Scope.OTHER_TENANT)
                    : Set.of(Scope.OWN);
            if (!scopes.containsAll(needed)) {
                missing.add(endpoint + " (has " + scopes + ")");
            }
        }
        List<String> stale = covered.keySet().stream().filter(endpoint -> !published.contains(endpoint)).toList();
        assertTrue(missing.isEmpty(), "endpoints the matrix does not cover in every scope:\n  "
                + String.join("\n  ", missing));
        assertTrue(stale.isEmpty(), "rows for endpoints the gateway does not publish:\n  " + String.join("\n  ", stale));
    }

    /** True if the endpoint's path or request names a thing of a place (not just a date or a fresh id). */
    private static boolean namesThings(String endpoint) {
        String request = requests.containsKey(endpoint) ? requests.get(endpoint).toString() : "";
        Matcher names = PLACEHOLDER.matcher(endpoint + " " + request);
        while (names.find()) {
            String name = names.group(1);
            if (!name.startsWith("today") && !name.startsWith("now") && !name.equals("uuid")
                    && !name.equals("locationCode")) {
                return true;
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> everyDemoUserGetsWhatTheMatrixSays() {
        return rows.stream().map(row -> DynamicTest.dynamicTest("line " + row.line() + ": " + row, () -> run(row)));
    }

    private static void run(Row row) {
        Map<String, Future<String>> outcomes = new LinkedHashMap<>();
        row.cells().forEach((user, expected) -> {
            if (!expected.skipped()) {
                outcomes.put(user, pool.submit(() -> cell(row, user, expected)));
            }
        });
        List<String> failures = new ArrayList<>();
        outcomes.forEach((user, outcome) -> {
            try {
                String failure = outcome.get();
                if (failure != null) {
                    failures.add(failure);
                }
            } catch (Exception e) {
                failures.add("  " + user + ": " + e);
            }
        });
        assertTrue(failures.isEmpty(), "line " + row.line() + ": " + row + "\n" + String.join("\n", failures));
    }

    /** Null when the user got what the cell says; else what went wrong. */
    private static String cell(Row row, String user, Expectation expected) {
        Place place = places.place(user, row.scope());
        if (place == null) {
            return "  " + user + ": the matrix has no " + row.scope() + " place for this user; mark the cell '-'";
        }
        Call call = call(row, place);
        Reply reply = Gateway.send(AuthorisationMatrix.USERS.get(user), call);
        if (expected.matches(reply.status(), reply.body())) {
            return null;
        }
        boolean leaked = expected.denies() && reply.status() < 300
                && !(expected.text().equals("empty") && AuthorisationMatrix.Expectation.items(reply.body()) == 0);
        boolean refused = !expected.denies() && (reply.status() == 401 || reply.status() == 403 || reply.status() == 404);
        String verdict = leaked ? "LEAK" : refused ? "WRONGLY REFUSED" : "UNEXPECTED";
        return "  " + verdict + " " + user + " at " + place.name() + ": expected " + expected.text() + ", got "
                + reply.status() + " for " + call + "\n    " + abbreviated(reply.body());
    }

    /**
     * What a caller of this endpoint asks for when it answers something other than JSON (a PDF, FHIR's
     * {@code application/fhir+json}): the first type the published document names for its answers.
     */
    private static java.util.Optional<String> accepting(Row row) {
        if (api == null) {
            return java.util.Optional.empty();
        }
        return api.operations().stream().filter(operation -> operation.key().equals(row.endpoint())).findFirst()
                .map(Operation::produces)
                .filter(types -> !types.isEmpty() && !types.contains("application/json"))
                .flatMap(types -> types.stream().filter(type -> !type.equals("application/problem+json")).findFirst());
    }

    /** The row's request for one place: path parameters, query, headers and body with the place's ids. */
    static Call call(Row row, Place place) {
        JsonNode spec = requests.getOrDefault(row.endpoint(), JSON.createObjectNode());
        Map<String, String> path = new LinkedHashMap<>();
        Matcher parameters = PLACEHOLDER.matcher(row.path());
        while (parameters.find()) {
            String parameter = parameters.group(1);
            path.put(parameter, place.id(row.use().getOrDefault(parameter, kindOf(row.path(), parameter))));
        }
        Map<String, String> query = new LinkedHashMap<>();
        spec.path("query").properties().forEach(q -> query.put(q.getKey(), fill(q.getValue().asText(), place)));
        Map<String, String> headers = new LinkedHashMap<>();
        spec.path("headers").properties().forEach(h -> headers.put(h.getKey(), fill(h.getValue().asText(), place)));
        accepting(row).ifPresent(type -> headers.putIfAbsent("Accept", type));
        String body = null;
        if (spec.has("body")) {
            try {
                body = JSON.writeValueAsString(filled(spec.get("body"), place));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Call(row.method(), row.path(), path, query, headers, body);
    }

    /** The kind of thing a path parameter names: {@code clientId} a client, {@code {id}} after /sessions a session. */
    static String kindOf(String path, String parameter) {
        if (!parameter.equals("id")) {
            return parameter.endsWith("Id") ? parameter.substring(0, parameter.length() - 2) : parameter;
        }
        String before = path.substring(0, path.indexOf("{id}") - 1);
        String segment = before.substring(before.lastIndexOf('/') + 1);
        return switch (segment) {
            case "inbox" -> "message";
            case "dead-letters" -> "deadLetter";
            default -> segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
        };
    }

    private static JsonNode filled(JsonNode template, Place place) {
        if (template.isTextual()) {
            return TextNode.valueOf(fill(template.asText(), place));
        }
        if (template.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : template.properties()) {
                copy.set(field.getKey(), filled(field.getValue(), place));
            }
            return copy;
        }
        if (template.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            template.forEach(item -> copy.add(filled(item, place)));
            return copy;
        }
        return template;
    }

    /**
     * Replaces {@code {kind}} by the place's id of that kind, {@code {today}} / {@code {today+N}} by a date of the
     * place's zone, {@code {now+Nd}} by an instant N days on, {@code {uuid}} by a fresh id.
     */
    static String fill(String text, Place place) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (name.startsWith("today")) {
                value = LocalDate.now(place.zone()).plusDays(offset(name.substring(5))).toString();
            } else if (name.startsWith("now")) {
                value = OffsetDateTime.now(place.zone()).plusDays(offset(name.substring(3).replace("d", "")))
                        .truncatedTo(ChronoUnit.SECONDS).toString();
            } else if (name.equals("uuid")) {
                value = UUID.randomUUID().toString();
            } else if (name.equals("locationCode")) {
                value = place.locationCode();
            } else {
                value = place.id(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static long offset(String text) {
        return text.isEmpty() ? 0 : Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
