package io.remedy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorisation matrix, read from {@code authorisation-matrix.csv} (the rows) and
 * {@code authorisation-requests.json} (the query, headers and body each endpoint is called with). Each row is one endpoint
 * (method and path template, as the gateway's OpenAPI document names it) in one scope, with the answer each demo user
 * must get. See the comment at the top of the CSV file for the grammar.
 */
public final class AuthorisationMatrix {

    /** The demo users, by the short names of the matrix's columns. */
    public static final Map<String, String> USERS = users();

    /** Answers that mean "allowed, but refused for another reason than who is asking". */
    public static final Set<Integer> ALLOWED_REFUSALS = Set.of(400, 409, 412, 422, 428);

    private static final String ROWS = "/authorisation-matrix.csv";
    private static final String REQUESTS = "/authorisation-requests.json";

    private AuthorisationMatrix() {
    }

    /** The scopes of a row: whose things the path and body name, relative to the calling user. */
    public enum Scope {
        /** The user's own tenant and location (for a client: their own record). */
        OWN,
        /** The user's tenant, but a location they do not work at (for a client: another client's record). */
        OTHER_LOCATION,
        /** The other demo chain. */
        OTHER_TENANT;

        static Scope parse(String text) {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What a cell expects. */
    public record Expectation(String text) {

        public boolean skipped() {
            return text.equals("-");
        }

        public boolean matches(int status, String body) {
            return switch (text) {
                case "allow" -> status >= 200 && status < 300 || ALLOWED_REFUSALS.contains(status);
                case "empty" -> status == 200 && items(body) == 0;
                case "found" -> status == 200 && items(body) > 0;
                default -> Integer.parseInt(text) == status;
            };
        }

        /** True if the cell expects the user to be turned away (401, 403, 404) or to see nothing of it. */
        public boolean denies() {
            return text.equals("401") || text.equals("403") || text.equals("404") || text.equals("empty");
        }

        /** The items of a list answer: a bare array, an object's {@code items} (or a report's {@code locations}). */
        static int items(String body) {
            try {
                JsonNode node = new ObjectMapper().readTree(body);
                JsonNode list = node.isArray() ? node : node.has("items") ? node.path("items") : node.path("locations");
                return list.isArray() ? list.size() : -1;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }

    /**
     * One row: an endpoint in a scope, with the answer per user.
     *
     * @param use path parameters to resolve from another kind of thing than their name says (e.g. the completed
     *            session whose note exists: {@code sessionId=visit})
     */
    public record Row(int line, String method, String path, Scope scope, Map<String, String> use,
                      Map<String, Expectation> cells) {

        public String endpoint() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return endpoint() + " [" + scope + "]";
        }
    }

    /** Every row of the matrix, in file order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int number = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(ROWS), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = List.of(text.split("\\s*,\\s*", -1));
                if (header == null) {
                    header = fields;
                    if (!header.subList(0, 4).equals(List.of("method", "path", "scope", "use"))
                            || !header.subList(4, header.size()).equals(List.copyOf(USERS.keySet()))) {
                        throw new IllegalStateException(ROWS + ": the header must be method, path, scope, use, "
                                + String.join(", ", USERS.keySet()));
                    }
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(ROWS + " line " + number + ": " + fields.size() + " fields, "
                            + header.size() + " expected");
                }
                Map<String, String> use = new LinkedHashMap<>();
                if (!fields.get(3).isEmpty()) {
                    for (String pair : fields.get(3).split(";")) {
                        String[] parts = pair.split("=", 2);
                        use.put(parts[0].trim(), parts[1].trim());
                    }
                }
                Map<String, Expectation> cells = new LinkedHashMap<>();
                for (int i = 4; i < fields.size(); i++) {
                    String cell = fields.get(i);
                    if (!Set.of("-", "allow", "empty", "found").contains(cell) && !cell.matches("[1-5][0-9][0-9]")) {
                        throw new IllegalStateException(ROWS + " line " + number + ": '" + cell + "' is not an answer");
                    }
                    cells.put(header.get(i), new Expectation(cell));
                }
                rows.add(new Row(number, fields.get(0), fields.get(1), Scope.parse(fields.get(2)), use, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * How each endpoint is called, by endpoint ({@code "POST /api/v1/sessions"}): {@code query}, {@code headers} and
     * {@code body} templates whose {@code {placeholders}} name the place's things. Endpoints not listed are called
     * with their path alone.
     */
    public static Map<String, JsonNode> requests() {
        try (InputStream in = resource(REQUESTS)) {
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            new ObjectMapper().readTree(in).properties().forEach(e -> bodies.put(e.getKey(), e.getValue()));
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AuthorisationMatrix.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the test resources");
        }
        return in;
    }

    private static Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("admin@harbour", "admin@harbour.test");
        users.put("manager.norwich", "manager.norwich@harbour.test");
        users.put("reception.norwich", "reception.norwich@harbour.test");
        users.put("ana", "ana.therapist@harbour.test");
        users.put("ben", "ben.therapist@harbour.test");
        users.put("sam.client", "sam.client@harbour.test");
        users.put("admin@summit", "admin@summit.test");
        users.put("lee.client", "lee.client@summit.test");
        return java.util.Collections.unmodifiableMap(users);
    }
}
