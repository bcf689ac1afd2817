package io.remedy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API on the platform's realm, for a benchmark's own users (never the demo users): signed in as
 * the master realm's admin ({@code -Dkeycloak.admin}, {@code -Dkeycloak.admin-password}, both {@code admin} as
 * {@code ./remedy up} starts it).
 */
final class KeycloakAdmin {

    private static final String REALM = "remedy";

    private KeycloakAdmin() {
    }

    /**
     * A chain admin of the tenant at every location ({@code locations = *}), password {@code demo}, unless a user of
     * that name exists.
     */
    static void ensureChainAdmin(String username, String tenant) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = adminToken(http);
        String users = BenchApi.KEYCLOAK + "/admin/realms/" + REALM + "/users";
        JsonNode found = BenchApi.read(send(http, token, "GET", users + "?exact=true&username="
                + BenchApi.encode(username), null, 200).body());
        if (found.size() > 0) {
            return;
        }
        Map<String, Object> user = Map.of("username", username, "email", username, "emailVerified", true,
                "firstName", "Chain", "lastName", "Admin", "enabled", true,
                "attributes", Map.of("tenant", List.of(tenant), "locations", List.of("*")),
                "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false)));
        String location = send(http, token, "POST", users, user, 201).headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created " + username + " without a Location"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonNode role = BenchApi.read(send(http, token, "GET", BenchApi.KEYCLOAK + "/admin/realms/" + REALM
                + "/roles/chain-admin", null, 200).body());
        send(http, token, "POST", users + "/" + id + "/role-mappings/realm", List.of(role), 204);
    }

    private static String adminToken(HttpClient http) {
        String form = "client_id=admin-cli&grant_type=password&username="
                + BenchApi.encode(System.getProperty("keycloak.admin", "admin")) + "&password="
                + BenchApi.encode(System.getProperty("keycloak.admin-password", "admin"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BenchApi.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = exchange(http, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin did not sign in: " + response.body());
        }
        return BenchApi.read(response.body()).get("access_token").asText();
    }

    private static HttpResponse<String> send(HttpClient http, String token, String method, String url, Object body,
                                             int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token);
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(BenchApi.JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(http, request.build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static HttpResponse<String> exchange(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak at " + BenchApi.KEYCLOAK + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
