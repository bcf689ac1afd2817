package io.remedy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The platform as a benchmark sees it: the gateway (or one service directly) called with a demo user's token from
 * Keycloak's password grant. Defaults are the ports of {@code ./remedy up}; {@code -Dgateway=}, {@code -Dkeycloak=}
 * override them.
 */
final class BenchApi {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("keycloak", "http://localhost:18080");

    private final HttpClient http;
    private final String base;
    private final Token token;

    private BenchApi(HttpClient http, String base, Token token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /**
     * A user's access token, fetched again shortly before it expires: Keycloak's last five minutes, and a long
     * scenario (the large chain's report) outlives them.
     */
    private static final class Token {
        private final HttpClient http;
        private final String username;
        private String value;
        private long renewAt;

        Token(HttpClient http, String username) {
            this.http = http;
            this.username = username;
        }

        synchronized String value() {
            if (value == null || System.nanoTime() - renewAt >= 0) {
                JsonNode grant = passwordGrant(http, username);
                value = grant.get("access_token").asText();
                long lifetime = Math.max(10, grant.path("expires_in").asLong(300));
                renewAt = System.nanoTime() + Duration.ofSeconds(lifetime - Math.min(30, lifetime / 2)).toNanos();
            }
            return value;
        }
    }

    /** The API at the gateway, as the given demo user (password {@code demo}). */
    static BenchApi as(String username) {
        // HTTP/1.1 as browsers and phones speak to the gateway; the JDK's default h2c upgrade attempt skews latencies
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Token token = new Token(http, username);
        token.value(); // fails here, not in a scenario's first call, when Keycloak or the user is missing
        return new BenchApi(http, GATEWAY + "/api/v1", token);
    }

    /** The subject ({@code sub}) of this user's token. */
    String subject() {
        String payload = token.value().split("\\.")[1];
        return read(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .get("sub").asText();
    }

    /** The same user's calls made to another base URL (e.g. a service directly, to compare with the gateway). */
    BenchApi at(String baseUrl) {
        return new BenchApi(http, baseUrl + "/api/v1", token);
    }

    HttpResponse<String> send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The JSON answer of a call that must answer {@code expected}. */
    JsonNode call(String method, String path, Object body, int expected) {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return read(response.body());
    }

    JsonNode get(String path) {
        return call("GET", path, null, 200);
    }

    /** Every item of a list ({@code {items, nextCursor}}), page after page, passing nextCursor back as cursor. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get(cursor == null ? path
                    : path + (path.contains("?") ? "&" : "?") + "cursor=" + encode(cursor));
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    /** The id of the first item of a list whose field has the value. */
    String idWhere(String path, String field, String value) {
        for (JsonNode item : all(path)) {
            if (value.equals(item.path(field).asText())) {
                return item.get("id").asText();
            }
        }
        throw new IllegalStateException("No " + field + "=" + value + " at " + path
                + ": is the demo chain seeded (./remedy up)?");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode read(String json) {
        try {
            return json == null || json.isEmpty() ? JSON.nullNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode passwordGrant(HttpClient http, String username) {
        String form = "client_id=remedy-cli&grant_type=password&username=" + encode(username) + "&password=demo";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(KEYCLOAK + "/realms/remedy/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return read(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + KEYCLOAK + " did not answer: is ./remedy up running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
