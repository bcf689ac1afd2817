package io.remedy.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway forwards each public path to its service, and answers for a service that cannot. */
@QuarkusTest
class ProxyTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TRACEPARENT_FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

    @TestHTTPResource("/")
    URL gateway;

    private String token;

    @BeforeEach
    void freshCaller() {
        StandIns.resetAll();
        token = TestTokens.issue("rita-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("norwich"), "receptionist");
    }

    private JsonNode onlyRequest(StandIns service, String prefix) {
        List<JsonNode> requests = service.requestsTo(prefix);
        assertEquals(1, requests.size(), "requests to " + prefix + ": " + requests);
        return requests.get(0);
    }

    @Test
    void forwardsEachPublicPathToTheServiceThatOwnsIt() {
        Map<String, String> owners = Map.of(
                "/api/v1/locations?limit=5", "booking-service",
                "/api/v1/reports/booking?from=2026-01-01&to=2026-01-31", "booking-service",
                "/api/v1/records/clients/c1/intake", "records-service",
                "/api/v1/notifications/inbox", "notification-service");
        owners.forEach((path, service) -> given().auth().oauth2(token).get(path).then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(path)));
    }

    @Test
    void passesTheRequestIdOnAndBackAndContinuesTheCallersTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        Response response = given().auth().oauth2(token)
                .header("X-Request-Id", "front-end-42")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .header("tracestate", "vendor=1")
                .get("/api/v1/sessions");
        response.then().statusCode(200)
                .header("X-Request-Id", "front-end-42")
                .header("traceparent", matchesPattern("00-" + traceId + "-[0-9a-f]{16}-0[01]"));
        JsonNode arrived = onlyRequest(StandIns.booking(), "/api/v1/sessions").path("headers");
        assertEquals("front-end-42", arrived.path("x-request-id").asText());
        // the same trace; the service's parent is the gateway's span, a child of the caller's
        String forwarded = arrived.path("traceparent").asText();
        assertTrue(forwarded.matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"), forwarded);
        assertNotEquals(callerSpan, forwarded.split("-")[2]);
        assertNotEquals(response.header("traceparent"), "00-" + traceId + "-" + callerSpan + "-01");
        assertEquals("vendor=1", arrived.path("tracestate").asText());
    }

    @Test
    void makesUpARequestIdAndStartsATraceWhenTheCallerSentNoneOrBadOnes() {
        Response response = given().auth().oauth2(token)
                .header("X-Request-Id", "bad id with spaces; and <script>")
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .header("tracestate", "stale=1")
                .get("/api/v1/sessions");
        response.then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_FORMAT))
                .header("traceparent", matchesPattern(TRACEPARENT_FORMAT));
        JsonNode arrived = onlyRequest(StandIns.booking(), "/api/v1/sessions").path("headers");
        assertEquals(response.header("X-Request-Id"), arrived.path("x-request-id").asText());
        String traceId = response.header("traceparent").split("-")[1];
        assertFalse(traceId.equals("0".repeat(32)), "a new trace");
        assertEquals(traceId, arrived.path("traceparent").asText().split("-")[1]);
        assertTrue(arrived.path("tracestate").isMissingNode(), "a tracestate of another trace travelled on");
    }

    @Test
    void answersEvenARefusalWithARequestId() {
        given().get("/api/v1/sessions").then().statusCode(401).header("X-Request-Id", matchesPattern(UUID_FORMAT));
    }

    @Test
    void replacesForwardingHeadersAndDropsConnectionScopedOnes() {
        given().auth().oauth2(token)
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=1.2.3.4;host=evil.example")
                .header("Connection", "X-Private-Hop")
                .header("X-Private-Hop", "secret")
                .get("/api/v1/services").then().statusCode(200);
        JsonNode arrived = onlyRequest(StandIns.booking(), "/api/v1/services").path("headers");
        assertEquals(gateway.getHost() + ":" + gateway.getPort(), arrived.path("x-forwarded-host").asText());
        assertEquals("http", arrived.path("x-forwarded-proto").asText());
        assertTrue(arrived.path("forwarded").isMissingNode());
        assertTrue(arrived.path("x-private-hop").isMissingNode(), "a hop-by-hop header travelled on");
    }

    @Test
    void routesAndForwardsThePathWithDotSegmentsResolved() {
        given().auth().oauth2(token).urlEncodingEnabled(false)
                .get("/api/v1/sessions/../records/clients/c7/intake").then().statusCode(200)
                .body("service", equalTo("records-service"))
                .body("uri", equalTo("/api/v1/records/clients/c7/intake"));
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty());
    }

    @Test
    void passesAServicesOwnErrorThroughUntouched() {
        StandIns.booking().on("POST", "/api/v1/sessions").status(409)
                .header("Content-Type", PROBLEM).body("{\"type\":\"https://remedy.io/problems/conflict\",\"status\":409}")
                .add();
        given().auth().oauth2(token).contentType("application/json").body("{\"clientId\":\"c1\"}")
                .post("/api/v1/sessions").then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://remedy.io/problems/conflict"));
        assertEquals("{\"clientId\":\"c1\"}", onlyRequest(StandIns.booking(), "/api/v1/sessions").path("body").asText());
    }

    @Test
    void retriesAReadWhenTheServiceAnsweredServiceUnavailable() {
        StandIns.booking().on("GET", "/api/v1/therapists").status(503).times(1).add();
        given().auth().oauth2(token).get("/api/v1/therapists").then().statusCode(200);
        assertEquals(2, StandIns.booking().requestsTo("/api/v1/therapists").size());
    }

    @Test
    void neverRetriesAWrite() {
        StandIns.booking().on("POST", "/api/v1/sessions").status(503).times(1).add();
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/sessions").then().statusCode(503);
        assertEquals(1, StandIns.booking().requestsTo("/api/v1/sessions").size());
    }

    @Test
    void answersGatewayTimeoutWhenTheServiceIsTooSlow() {
        StandIns.booking().on("GET", "/api/v1/availability").delayMillis(3500).times(1).add();
        given().auth().oauth2(token).get("/api/v1/availability").then().statusCode(504)
                .contentType(PROBLEM)
                .body("type", equalTo("https://remedy.io/problems/gateway-timeout"))
                .body("detail", equalTo("booking-service did not answer within 2000 ms"));
    }

    @Test
    void answersBadGatewayWhenTheServiceCannotBeReached() {
        StandIns.records().outage(2500);
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/records/clients/c1/consents").then().statusCode(502)
                .contentType(PROBLEM)
                .body("type", equalTo("https://remedy.io/problems/bad-gateway"))
                .body("detail", equalTo("records-service is unreachable"));
        // the stand-in comes back by itself; later tests need it
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> StandIns.records().requests() != null);
    }

    @Test
    void refusesADeclaredBodyOverTheRouteLimitBeforeReadingIt() {
        byte[] body = new byte[20 * 1024];
        given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/sessions").then().statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("https://remedy.io/problems/payload-too-large"))
                .body("detail", equalTo("The request body is larger than 16384 bytes"));
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty());
    }

    /**
     * A client that sends the whole of a refused body before it reads (as most do without {@code Expect:
     * 100-continue}) still reads the 413: the gateway reads and drops the rest before it closes, rather than reset
     * the connection under the client's writes.
     */
    @Test
    void aClientSendingAllOfARefusedBodyBeforeReadingStillReadsThe413() throws Exception {
        byte[] body = new byte[7 * 1024 * 1024];
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(20_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sessions HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int sent = 0; sent < body.length; sent += 64 * 1024) {
                out.write(body, sent, 64 * 1024);
            }
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("payload-too-large"), answer);
        }
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty());
    }

    /**
     * Callers who hang up while a service is still answering them leave its connections to finish their answers and
     * go back to the pool: more hang-ups than the pool has connections, and the next call is still answered. (A pooled
     * exchange is never reset once its answer may have arrived: Vert.x would close that connection, which the pool
     * may by then have lent to another call, and that call would get a 502.)
     */
    @Test
    void callersHangingUpMidAnswerLeaveTheServicesConnectionsReusable() throws Exception {
        StandIns.booking().on("GET", "/api/v1/clients/held").header("Content-Type", "application/json")
                .body("{\"partial\":").holdOpenMillis(1500).add();
        int hangUps = 12; // more than the test profile's 8 connections per service
        for (int i = 0; i < hangUps; i++) {
            try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /api/v1/clients/held HTTP/1.1\r\nHost: " + gateway.getHost()
                        + "\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                StringBuilder seen = new StringBuilder();
                java.io.InputStream in = socket.getInputStream();
                while (!seen.toString().contains("partial")) {
                    int read = in.read();
                    assertNotEquals(-1, read, "the answer ended early: " + seen);
                    seen.append((char) read);
                }
                assertTrue(seen.toString().startsWith("HTTP/1.1 200"), seen.toString());
            }
        }

        given().auth().oauth2(token).get("/api/v1/clients/answered").then().statusCode(200)
                .body("uri", equalTo("/api/v1/clients/answered"));
        assertEquals(hangUps, StandIns.booking().requestsTo("/api/v1/clients/held").size());
    }

    @Test
    void acceptsTheSameBodyWhereItsRouteClassAllowsMore() {
        String note = "{\"subjective\":\"" + "x".repeat(20 * 1024) + "\"}";
        given().auth().oauth2(token).contentType("application/json").body(note)
                .post("/api/v1/records/sessions/s1/notes").then().statusCode(200);
        assertEquals(note.length(), onlyRequest(StandIns.records(), "/api/v1/records/sessions/s1/notes")
                .path("bodyLength").asInt());
    }

    @Test
    void refusesAStreamedBodyOnceItOutgrowsTheLimit() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/v1/sessions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                // no declared length: the body arrives chunked and is counted as it comes
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[64 * 1024])))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(StandIns.booking().requestsTo("/api/").isEmpty());
    }

    @Test
    void streamsAnEventStreamThrough() {
        StandIns.notification().on("GET", "/api/v1/notifications/stream").chunked()
                .header("Content-Type", "text/event-stream")
                .body("event: message\ndata: {\"id\":1}\n\nevent: message\ndata: {\"id\":2}\n\n").add();
        String events = given().auth().oauth2(token).accept("text/event-stream")
                .get("/api/v1/notifications/stream").then().statusCode(200)
                .contentType("text/event-stream")
                .extract().asString();
        assertEquals("event: message\ndata: {\"id\":1}\n\nevent: message\ndata: {\"id\":2}\n\n", events);
    }

    @Test
    void answersAnApiPathNoServiceOwnsWithNotFound() {
        given().auth().oauth2(token).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://remedy.io/problems/not-found"));
        assertFalse(StandIns.booking().requests().stream().anyMatch(r -> r.path("uri").asText().contains("nothing")));
    }
}
