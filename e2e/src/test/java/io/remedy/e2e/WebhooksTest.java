package io.remedy.e2e;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * An integrator's first webhook, through the gateway: the chain admin registers an endpoint (a real HTTP server of
 * the test's), the front desk books a session, and the endpoint receives {@code session.booked}, signed so that the
 * Standard Webhooks library verifies it with the secret shown at registration.
 */
class WebhooksTest {

    /** One request as it arrived. */
    record Received(HttpHeaders headers, String body) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;
    private static Clinic clinic;

    @BeforeAll
    static void platformAndReceiver() throws IOException {
        Platform.stack();
        clinic = new Clinic();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                RECEIVED.add(new Received(HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void anIntegratorRegistersAnEndpointAndVerifiesTheSignedSessionBooked() throws Exception {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/remedy";
        JsonPath endpoint = Api.as(Clinic.ADMIN).body(Map.of("url", url, "events", List.of("session.booked"),
                        "description", "CRM"))
                .post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
        String id = endpoint.getString("id");
        try {
            Api.as(Clinic.RECEPTION).get("/api/v1/webhooks").then().statusCode(403);

            String email = Clinic.mailbox("webhook");
            String sessionId = clinic.book(clinic.bookingFor(clinic.newClient(email))).then().statusCode(201)
                    .extract().path("id");

            Received delivery = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> RECEIVED.stream().filter(r -> sessionId.equals(JsonPath.from(r.body())
                            .getString("data.sessionId"))).findFirst().orElse(null), found -> found != null);
            new Webhook(endpoint.getString("secret")).verify(delivery.body(), delivery.headers());
            JsonPath body = JsonPath.from(delivery.body());
            assertEquals("session.booked", body.getString("type"));
            assertEquals(clinic.norwich, body.getString("data.locationId"));
            assertFalse(delivery.body().contains("Test"), "no client's name in a delivery");

            await().atMost(Duration.ofSeconds(30)).until(() -> Api.as(Clinic.ADMIN)
                    .get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath()
                    .getList("items.status").contains("SUCCEEDED"));
        } finally {
            Api.as(Clinic.ADMIN).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void aTherapistSubscribesToTheirDiaryThroughTheGatewayWithoutAToken() {
        String sessionId = clinic.book(clinic.bookingFor(clinic.newClient(Clinic.mailbox("feed")))).then()
                .statusCode(201).extract().path("id");
        String url = Api.as(Clinic.ANA).body(Map.of("scope", "THERAPIST")).post("/api/v1/calendar/feeds").then()
                .statusCode(201).body("url", startsWith(Platform.gatewayUrl() + "/calendar/"))
                .extract().path("url");
        String path = url.substring(Platform.gatewayUrl().length());
        var answer = Api.anonymous().get(path).then().statusCode(200)
                .header("Content-Type", startsWith("text/calendar"))
                .header("RateLimit-Limit", org.hamcrest.Matchers.notNullValue())
                .header("Cache-Control", startsWith("private, max-age="))
                .extract();
        String feed = answer.asString();
        assertFalse(feed.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(feed.contains("UID:" + sessionId + "@remedy"), feed);
        // a calendar app polling with the tag it has gets 304 and no body through the gateway
        String etag = answer.header("ETag");
        org.junit.jupiter.api.Assertions.assertTrue(etag != null && etag.startsWith("\""), "a strong ETag: " + etag);
        assertEquals("", Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", etag).extract().asString());
        Api.anonymous().get("/calendar/" + "x".repeat(43) + ".ics").then().statusCode(404);
    }
}
