package io.remedy.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flood of writes from one user meets 429 problems with Retry-After, and only that user: the flood comes from a
 * receptionist of the test's own (a user made for it in Keycloak), so the demo users the other tests sign in as keep
 * their whole allowance. The flood's requests are invalid bookings: nothing is written whatever gets through.
 */
class RateLimitTest {

    /** More than any write allowance a user has in a burst. */
    private static final int MAX_REQUESTS = 1500;
    private static final int IN_FLIGHT = 24;

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void aFloodOfWritesFromOneUserMeets429WithRetryAfterAndOthersAreServed() {
        RealmAdmin.User flooder = RealmAdmin.createUser("flood", "harbour", List.of("norwich"), "receptionist");
        String token = Api.token(flooder.username());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest invalidBooking = HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + "/api/v1/sessions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();

        HttpResponse<String> limited = null;
        int sent = 0;
        while (limited == null && sent < MAX_REQUESTS) {
            List<CompletableFuture<HttpResponse<String>>> batch = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                batch.add(http.sendAsync(invalidBooking, HttpResponse.BodyHandlers.ofString()));
            }
            sent += IN_FLIGHT;
            for (CompletableFuture<HttpResponse<String>> call : batch) {
                HttpResponse<String> response = call.join();
                assertTrue(response.statusCode() == 400 || response.statusCode() == 429,
                        "an invalid booking is a 400, or a 429 over the limit: " + response.statusCode() + " "
                                + response.body());
                if (response.statusCode() == 429 && limited == null) {
                    limited = response;
                }
            }
        }

        assertNotNull(limited, "no 429 after " + sent + " writes");
        assertEquals("application/problem+json", limited.headers().firstValue("Content-Type").orElse("")
                .split(";")[0].trim());
        String retryAfter = limited.headers().firstValue("Retry-After").orElse("");
        assertTrue(retryAfter.matches("[1-9][0-9]*"), "Retry-After in whole seconds: '" + retryAfter + "'");
        assertTrue(limited.body().contains("\"status\":429"), limited.body());

        Api.as(Clinic.RECEPTION).body(Map.of()).post("/api/v1/sessions").then().statusCode(400);
        Api.as(flooder.username()).get("/api/v1/locations").then().statusCode(not(equalTo(429)));
    }
}
