package io.remedy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's public API as one demo user calls it while seeding: a token from the password grant on
 * {@code remedy-cli}, fetched again before it expires; a call the gateway refuses for now (429 over the rate limit, 503
 * while a circuit is open) is repeated after the {@code Retry-After} it names, so a long seed keeps within the limits.
 */
final class DemoApi {

    static final String PASSWORD = "demo";

    /** Access tokens live 5 minutes: one is reused for at most 4. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);
    private static final int MAX_WAITS = 30;
    private static final long MAX_WAIT_SECONDS = 30;

    private final HttpClient http;
    private final String api;
    private final String realmUrl;
    private final String username;
    private String token;
    private Instant fetched = Instant.MIN;

    DemoApi(HttpClient http, LocalStack stack, String username) {
        this.http = http;
        this.api = stack.gatewayUrl() + "/api/v1";
        this.realmUrl = stack.keycloak().realmUrl();
        this.username = username;
    }

    String username() {
        return username;
    }

    /** An answer: status, body and the headers the seed reads. */
    record Reply(int status, String body, Optional<String> etag) {

        Object json() {
            return body == null || body.isBlank() ? null : Json.parse(body);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object() {
            return (Map<String, Object>) json();
        }
    }

    /** GET expecting 200: the parsed body. */
    Object get(String path) {
        return expect(send("GET", path, null, Map.of()), "GET", path, 200).json();
    }

    /** GET expecting 200, with the ETag. */
    Reply read(String path) {
        return expect(send("GET", path, null, Map.of()), "GET", path, 200);
    }

    /** Every item of a list, page after page ({@code {items, nextCursor}}, passing nextCursor back as cursor). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all(String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            String next = cursor == null ? path
                    : path + (path.contains("?") ? "&" : "?") + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            Map<String, Object> page = (Map<String, Object>) expect(send("GET", next, null, Map.of()), "GET", next, 200)
                    .json();
            ((List<?>) page.get("items")).forEach(item -> items.add((Map<String, Object>) item));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** POST expecting one of {@code expected}; the parsed body (null when there is none). */
    Map<String, Object> post(String path, Object body, int... expected) {
        return expect(send("POST", path, body, Map.of()), "POST", path, expected).object();
    }

    /** POST with If-Match, expecting one of {@code expected}. */
    Reply post(String path, Object body, String ifMatch, int... expected) {
        return expect(send("POST", path, body, Map.of("If-Match", ifMatch)), "POST", path, expected);
    }

    /** PUT with If-Match, expecting one of {@code expected}. */
    Reply put(String path, Object body, String ifMatch, int... expected) {
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        return expect(send("PUT", path, body, headers), "PUT", path, expected);
    }

    /** Any call; waits out 429 and 503 answers that name a Retry-After. */
    Reply send(String method, String path, Object body, Map<String, String> headers) {
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token())
                    .header("Accept", "application/json");
            headers.forEach(request::header);
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = send(request.build());
            Optional<String> retryAfter = response.headers().firstValue("Retry-After");
            if ((response.statusCode() == 429 || response.statusCode() == 503) && retryAfter.isPresent()
                    && attempt < MAX_WAITS) {
                pause(retryAfter.get());
                continue;
            }
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("ETag"));
        }
    }

    private Reply expect(Reply reply, String method, String path, int... expected) {
        if (Arrays.stream(expected).noneMatch(status -> status == reply.status())) {
            throw new IllegalStateException("Seeding the demo chain as " + username + ": " + method + " " + path
                    + " answered " + reply.status() + ": " + reply.body());
        }
        return reply;
    }

    private String token() {
        if (token == null || fetched.plus(TOKEN_REUSE).isBefore(Instant.now())) {
            token = passwordGrant();
            fetched = Instant.now();
        }
        return token;
    }

    private String passwordGrant() {
        String form = "client_id=remedy-cli&grant_type=password&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Seeding the demo chain: no token for " + username + " ("
                    + response.statusCode() + "): " + response.body());
        }
        return (String) ((Map<?, ?>) Json.parse(response.body())).get("access_token");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Seeding the demo chain: " + request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding the demo chain was interrupted", e);
        }
    }

    private static void pause(String retryAfter) {
        long seconds;
        try {
            seconds = Math.max(1, Math.min(MAX_WAIT_SECONDS, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            seconds = 1;
        }
        sleep(Duration.ofSeconds(seconds));
    }

    /** Waits; the seed is a script, not a test, and waits for the platform's own pace. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding the demo chain was interrupted", e);
        }
    }

    /** An ordered JSON object from alternating keys and values (nulls left out). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                object.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return object;
    }

    /** A query parameter's value, URL-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
