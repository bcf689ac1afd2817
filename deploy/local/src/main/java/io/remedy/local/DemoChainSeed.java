package io.remedy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "seed demo data" step of {@code ./remedy up}: the demo chains of the architecture document (Harbour with
 * Norwich and Jupiter, Summit with Leeds: rooms, service catalogue, therapists, clients) created through the
 * gateway's public API with the demo admins' tokens, never SQL. What exists already is left alone, so seeding twice
 * creates nothing twice. The users themselves (and their fixed ids) come from the Keycloak realm file.
 */
public final class DemoChainSeed implements DemoSeed {

    static final String PASSWORD = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void seed(LocalStack stack, PrintStream out) {
        Chain harbour = new Chain(stack, "admin@harbour.test");
        String norwich = harbour.location("norwich", "Harbour Remedial Massage Norwich", "Europe/London");
        String jupiter = harbour.location("jupiter", "Harbour Remedial Massage Jupiter", "America/New_York");
        harbour.room(norwich, "Room 1");
        harbour.room(norwich, "Room 2");
        harbour.room(jupiter, "Room A");
        harbour.room(jupiter, "Room B");
        harbour.service("Initial assessment 75 min", 75, 15, 9000, "GBP");
        harbour.service("Remedial massage 30 min", 30, 10, 4500, "GBP");
        harbour.service("Remedial massage 45 min", 45, 15, 6000, "GBP");
        harbour.service("Remedial massage 60 min", 60, 15, 7500, "GBP");
        harbour.service("Remedial massage 90 min", 90, 15, 10500, "GBP");
        harbour.service("Deep tissue 60 min", 60, 15, 8000, "GBP");
        harbour.service("Follow-up 45 min", 45, 15, 6000, "GBP");
        harbour.therapist("Ana Costa", "ana.therapist@harbour.test", "11111111-0000-4000-8000-000000000004");
        harbour.therapist("Ben Okafor", "ben.therapist@harbour.test", "11111111-0000-4000-8000-000000000005");
        harbour.client("Sam", "Patel", "sam.client@harbour.test", "+447700900123", norwich,
                "11111111-0000-4000-8000-000000000006");

        Chain summit = new Chain(stack, "admin@summit.test");
        String leeds = summit.location("leeds", "Summit Massage Leeds", "Europe/London");
        summit.room(leeds, "Room 1");
        summit.room(leeds, "Room 2");
        summit.service("Remedial massage 60 min", 60, 15, 7000, "GBP");
        summit.service("Initial assessment 75 min", 75, 15, 8500, "GBP");
        summit.therapist("Priya Shah", "priya.therapist@summit.test", null);
        summit.client("Lee", "Walker", "lee.client@summit.test", "+447700900456", leeds,
                "22222222-0000-4000-8000-000000000002");
        out.println("  seeded demo chains harbour (norwich, jupiter) and summit (leeds)");
    }

    /** One chain, seeded by its admin through the gateway. */
    private final class Chain {

        private final String api;
        private final String token;

        Chain(LocalStack stack, String admin) {
            this.api = stack.gatewayUrl() + "/api/v1";
            this.token = passwordGrant(stack.keycloak().realmUrl(), admin);
        }

        String location(String code, String name, String timeZone) {
            return ensure("/locations", "code", code, Map.of("code", code, "name", name, "timeZone", timeZone));
        }

        void room(String locationId, String name) {
            ensure("/locations/" + locationId + "/rooms", "name", name, Map.of("name", name));
        }

        void service(String name, int minutes, int buffer, int priceCents, String currency) {
            ensure("/services", "name", name, Map.of("name", name, "durationMinutes", minutes,
                    "bufferMinutes", buffer, "priceCents", priceCents, "currency", currency));
        }

        void therapist(String name, String email, String userId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("displayName", name);
            body.put("email", email);
            if (userId != null) {
                body.put("userId", userId);
            }
            ensure("/therapists", "displayName", name, body);
        }

        void client(String given, String family, String email, String phone, String locationId, String userId) {
            ensure("/clients?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8), "/clients", "email", email,
                    Map.of("givenName", given, "familyName", family, "email", email, "phone", phone,
                            "preferredLocationId", locationId, "preferredLanguage", "en-GB", "userId", userId));
        }

        private String ensure(String path, String field, String value, Map<String, Object> body) {
            return ensure(path, path, field, value, body);
        }

        /** The id of the listed item whose field has the value, created first when it is missing. */
        private String ensure(String listPath, String createPath, String field, String value, Map<String, Object> body) {
            for (Object item : (List<?>) Json.parse(call("GET", listPath, null, 200))) {
                Map<?, ?> existing = (Map<?, ?>) item;
                if (value.equals(existing.get(field))) {
                    return (String) existing.get("id");
                }
            }
            return (String) ((Map<?, ?>) Json.parse(call("POST", createPath, Json.write(body), 201))).get("id");
        }

        private String call(String method, String path, String body, int expected) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = send(request.build());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Seeding the demo chain: " + method + " " + path + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    private String passwordGrant(String realmUrl, String username) {
        String form = "client_id=remedy-cli&grant_type=password&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/protocol/openid-connect/token"))
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
}
