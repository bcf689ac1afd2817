package io.remedy.gateway.routing;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.LoggedErrors;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Event streams through the gateway: held open by many, refused by the service, left by their clients. */
@QuarkusTest
class EventStreamTest {

    private static final String STREAM = "/api/v1/notifications/stream";
    private static final String EVENT = "event: message\ndata: {\"kind\":\"BOOKING_CONFIRMATION\"}\n\n";

    @TestHTTPResource("/")
    URL gateway;

    private String tenant;

    @BeforeEach
    void reset() {
        StandIns.resetAll();
        tenant = "t-" + UUID.randomUUID();
    }

    private String token(String who) {
        return TestTokens.issue(who + "-" + UUID.randomUUID(), tenant, List.of(), "client");
    }

    @Test
    void streamsHeldOpenLeaveTheServicesOtherCallsTheirConnections() throws Exception {
        StandIns.notification().on("GET", STREAM).header("Content-Type", "text/event-stream").body(": ready\n\n")
                .holdOpenMillis(20_000).add();
        HttpClient http = HttpClient.newHttpClient();
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            // more streams than the test profile's connections per service, as many users following at once
            for (int i = 0; i < 12; i++) {
                open.add(http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + STREAM.substring(1)))
                                .header("Authorization", "Bearer " + token("follower" + i))
                                .header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream()).get(20, TimeUnit.SECONDS));
            }
            open.forEach(response -> assertEquals(200, response.statusCode()));

            // the other calls to the service still get a connection at once (no timeout, no open circuit)
            for (int i = 0; i < 4; i++) {
                given().auth().oauth2(token("reader")).get("/api/v1/notifications/inbox").then().statusCode(200);
            }
        } finally {
            for (HttpResponse<InputStream> response : open) {
                response.body().close();
            }
        }
    }

    @Test
    void aStreamTheServiceRefusesIsNoFailureOfTheService() {
        StandIns.notification().on("GET", STREAM).status(429)
                .header("Content-Type", "application/problem+json").body("{\"status\":429}").add();
        String greedy = token("greedy");
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(greedy).get(STREAM).then().statusCode(429);
        }
        given().auth().oauth2(token("other")).get("/api/v1/notifications/inbox").then().statusCode(200)
                .body("method", equalTo("GET"));
    }

    @Test
    void aClientLeavingMidStreamLeavesNoReferenceCountErrorInTheLog() throws Exception {
        StandIns.notification().on("GET", STREAM).header("Content-Type", "text/event-stream").body(EVENT)
                .holdOpenMillis(10_000).repeatEveryMillis(100).add();
        try (LoggedErrors errors = LoggedErrors.capture()) {
            for (int i = 0; i < 3; i++) {
                try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                    socket.setSoTimeout(15_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(("GET " + STREAM + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nAccept: text/event-stream\r\n"
                            + "Authorization: Bearer " + token("leaver") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.UTF_8));
                    String status = in.readLine();
                    assertEquals("HTTP/1.1 200 OK", status);
                    int events = 0;
                    for (String line = in.readLine(); line != null && events < 3; line = in.readLine()) {
                        if (line.startsWith("event: message")) {
                            events++;
                        }
                    }
                    assertEquals(3, events);
                }
            }
            // the same over HTTP/2 (cleartext, upgraded), where leaving resets the stream, not the connection
            HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            for (int i = 0; i < 3; i++) {
                HttpResponse<InputStream> response = http2.send(HttpRequest.newBuilder(
                                URI.create(gateway + STREAM.substring(1)))
                        .header("Authorization", "Bearer " + token("leaver"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, response.statusCode());
                try (InputStream body = response.body()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    int events = 0;
                    for (String line = in.readLine(); line != null && events < 3; line = in.readLine()) {
                        if (line.startsWith("event: message")) {
                            events++;
                        }
                    }
                    assertEquals(3, events);
                }
            }
            // the service goes on sending for a while after each client left
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> !errors.any("io.netty.util.IllegalReferenceCountException"));
            assertFalse(errors.any("io.netty.util.IllegalReferenceCountException"));
        }
    }
}
