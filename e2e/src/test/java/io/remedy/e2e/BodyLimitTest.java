package io.remedy.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies over a route's limit are refused with 413 problems before they reach a service, and write nothing. */
class BodyLimitTest {

    /** Over the default routes' limit (256 KiB) and the records routes' (1 MiB), under the server's own. */
    private static final int OVER_DEFAULT = 300 * 1024;
    private static final int OVER_RECORDS = 1200 * 1024;

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    private static String clientNamed(String email, int size) {
        return "{\"givenName\":\"Big\",\"familyName\":\"" + "x".repeat(size) + "\",\"email\":\"" + email + "\"}";
    }

    @Test
    void anOversizedBookingBodyIs413AndWritesNothing() {
        String email = Clinic.mailbox("oversized");
        Api.as(Clinic.RECEPTION).body(clientNamed(email, OVER_DEFAULT)).post("/api/v1/clients")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));

        Api.as(Clinic.RECEPTION).queryParam("q", email).get("/api/v1/clients")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void anOversizedBodySentInChunksIs413() throws Exception {
        String email = Clinic.mailbox("chunked");
        byte[] body = clientNamed(email, OVER_DEFAULT).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + "/api/v1/clients"))
                .header("Authorization", "Bearer " + Api.token(Clinic.RECEPTION))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        Api.as(Clinic.RECEPTION).queryParam("q", email).get("/api/v1/clients")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void clinicalDocumentsMayBeLongerButNotUnbounded() {
        String consents = "/api/v1/records/clients/" + UUID.randomUUID() + "/consents";
        Api.as(Clinic.ANA).body(consent(OVER_DEFAULT)).post(consents)
                .then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(Clinic.ANA).body(consent(OVER_RECORDS)).post(consents)
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    private static String consent(int size) {
        return "{\"kind\":\"TREATMENT\",\"textVersion\":\"" + "v".repeat(size) + "\"}";
    }
}
