package io.remedy.e2e;

import io.remedy.local.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live stream through the gateway: a few per user, nobody else held back, leaving it leaves nothing behind. */
class EventStreamTest {

    private static final String STREAM = "/api/v1/notifications/stream";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    private static HttpResponse<InputStream> open(String user) throws Exception {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(Platform.gatewayUrl() + STREAM))
                        .header("Authorization", "Bearer " + Api.token(user))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(30, TimeUnit.SECONDS);
    }

    /** Reads the stream until its {@code ready} event. */
    private static void awaitReady(HttpResponse<InputStream> stream) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("event:ready") || line.equals("event: ready")) {
                return;
            }
        }
        throw new IllegalStateException("the stream ended before it was ready");
    }

    @Test
    void aUserFollowsAFewStreamsOneMoreIs429AndNobodyElseIsHeldBack() throws Exception {
        String lee = "lee.client@summit.test";
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                HttpResponse<InputStream> stream = open(lee);
                assertEquals(200, stream.statusCode());
                awaitReady(stream);
                open.add(stream);
            }
            HttpResponse<InputStream> oneMore = open(lee);
            String problem;
            try (InputStream body = oneMore.body()) {
                problem = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(429, oneMore.statusCode(), problem);
            assertTrue(oneMore.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

            Api.as("sam.client@harbour.test").get("/api/v1/notifications/inbox").then().statusCode(200);
            Api.as(lee).get("/api/v1/notifications/inbox").then().statusCode(200);
        } finally {
            for (HttpResponse<InputStream> stream : open) {
                stream.body().close();
            }
        }
        // the places are given back once the streams are gone
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<InputStream> again = open(lee);
            again.body().close();
            return again.statusCode() == 200;
        });
    }

    @Test
    void aClientLeavingMidStreamLeavesNoReferenceCountErrorInTheGatewaysLog() throws Exception {
        Path log = Platform.stack().service(PlatformService.GATEWAY).logFile();
        long before = Files.size(log);
        for (int i = 0; i < 5; i++) {
            HttpResponse<InputStream> stream = open("sam.client@harbour.test");
            assertEquals(200, stream.statusCode());
            awaitReady(stream);
            stream.body().close();
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> !logged(log, before));
        assertFalse(logged(log, before));
    }

    private static boolean logged(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String since = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
        return since.contains("IllegalReferenceCountException");
    }
}
