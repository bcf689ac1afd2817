package io.remedy.e2e;

import io.remedy.local.PlatformService;
import io.remedy.local.testing.TestMailbox;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from the front end's request to the e-mail: a booking made through the gateway with a {@code traceparent}
 * the front end chose is found, by that trace id, in the JSON log lines of booking (the request and its outbox row),
 * records (the session note's consumer) and notification (the consumer and the SMTP send of the confirmation), over
 * the outbox relay and Kafka in between.
 */
class TracePropagationTest {

    private static Clinic clinic;
    private static TestMailbox mail;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
        mail = new TestMailbox("127.0.0.1", Platform.stack().mail().imapPort());
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** The service's log lines (JSON, one a line) that carry the trace id in their log context. */
    private static List<String> linesOfTrace(PlatformService service, String traceId) {
        Path log = Platform.stack().service(service).logFile();
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.startsWith("{") && line.contains("\"traceId\":\"" + traceId + "\""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBookingsTraceRunsFromTheFrontEndThroughKafkaToTheConfirmationsSmtpSend() {
        String email = Clinic.mailbox("traced");
        String clientId = clinic.newClient(email);
        String traceId = newTraceId();

        Response booked = Api.as(Clinic.RECEPTION)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(clinic.bookingFor(clientId))
                .post("/api/v1/sessions");
        booked.then().statusCode(201).header("traceparent", startsWith("00-" + traceId + "-"));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> mail.messagesTo(email), found -> !found.isEmpty());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertTrue(linesOfTrace(PlatformService.BOOKING, traceId).stream()
                    .anyMatch(line -> line.contains("session.booked") && line.contains("written to the outbox")),
                    "booking logged the booked event under the front end's trace");
            assertTrue(linesOfTrace(PlatformService.RECORDS, traceId).stream()
                    .anyMatch(line -> line.contains("session.booked") && line.contains("processed")),
                    "records consumed the booked event in the same trace");
            assertTrue(linesOfTrace(PlatformService.NOTIFICATION, traceId).stream()
                    .anyMatch(line -> line.contains("session.booked") && line.contains("processed")),
                    "notification consumed the booked event in the same trace");
            assertTrue(linesOfTrace(PlatformService.NOTIFICATION, traceId).stream()
                    .anyMatch(line -> line.contains("sent by EMAIL")),
                    "notification sent the confirmation over SMTP in the same trace");
        });
        assertTrue(linesOfTrace(PlatformService.BOOKING, traceId).stream()
                        .anyMatch(line -> line.contains("\"tenant\":\"harbour\"") && line.contains("\"requestId\"")),
                "the request's lines name the chain and the request id");
        assertTrue(linesOfTrace(PlatformService.NOTIFICATION, traceId).stream().noneMatch(line -> line.contains(email)),
                "no e-mail address in the lines of the trace");
    }
}
