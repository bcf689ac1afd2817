package io.remedy.e2e;

import io.remedy.contracts.Topics;
import io.remedy.local.PlatformService;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestMailbox;
import io.remedy.local.testing.TestMailbox.Mail;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One session booked end to end through the gateway, on the real stack, with the guarantees the platform rests on. */
class WalkingSkeletonTest {

    private static Clinic clinic;
    private static TestMailbox mail;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
        mail = new TestMailbox("127.0.0.1", Platform.stack().mail().imapPort());
    }

    private static List<Mail> awaitMails(String address, int count) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> mail.messagesTo(address), found -> found.size() >= count);
    }

    /** Books one more session for the client and waits for its mail: then every earlier mail has arrived too. */
    private static List<Mail> settledMails(String address, String clientId, int before) {
        clinic.book(clinic.bookingFor(clientId)).then().statusCode(201);
        return awaitMails(address, before + 1);
    }

    @Test
    void receptionistBooksAndTheClientIsConfirmedAndTheTherapistHasTheNoteDue() {
        String email = Clinic.mailbox("booked");
        String clientId = clinic.newClient(email);
        Map<String, Object> booking = clinic.bookingFor(clientId);
        String key = UUID.randomUUID().toString();

        String sessionId = Api.as(Clinic.RECEPTION).header("Idempotency-Key", key).body(booking)
                .post("/api/v1/sessions")
                .then().statusCode(201)
                .header("Location", startsWith(Platform.gatewayUrl() + "/api/v1/sessions/"))
                .body("status", equalTo("BOOKED"))
                .extract().path("id");

        Mail confirmation = awaitMails(email, 1).get(0);
        assertEquals("Your session at Harbour Remedial Massage Norwich is booked", confirmation.subject());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.ANA)
                .get("/api/v1/records/sessions/" + sessionId + "/notes")
                .then().statusCode(200).body("items.status", hasItem("DUE")).body("nextCursor", nullValue()));

        Api.as(Clinic.RECEPTION).header("Idempotency-Key", key).body(booking).post("/api/v1/sessions")
                .then().statusCode(201).body("id", equalTo(sessionId));
    }

    @Test
    void bookingsMadeWhileKafkaIsDownAreConfirmedOnceItIsBack() {
        String email = Clinic.mailbox("kafka-down");
        String clientId = clinic.newClient(email);
        awaitContactKnown(email, clientId);

        Platform.stack().kafka().stop();
        try {
            for (int i = 0; i < 3; i++) {
                clinic.book(clinic.bookingFor(clientId)).then().statusCode(201);
            }
        } finally {
            Platform.stack().kafka().start();
        }

        awaitMails(email, 1 + 3);
        // the sender records each message's answer after its channel answered: a crash may re-send the one message
        // whose answer was not yet recorded, as the same e-mail (same Message-ID), which the client's mail program
        // shows once; nothing is lost and no confirmation becomes two different e-mails
        List<Mail> mails = settledMails(email, clientId, 1 + 3);
        List<String> ids = mails.stream().map(Mail::messageId).toList();
        assertEquals(1 + 3 + 1, new java.util.HashSet<>(ids).size(), "each confirmation exactly once: " + ids);
        assertTrue(mails.size() <= 1 + 3 + 1 + 1, "at most the one message in flight re-sent: " + ids);
    }

    @Test
    void aCrashedNotificationServiceLosesNoConfirmationAndSendsNoneTwice() {
        String email = Clinic.mailbox("crash");
        String clientId = clinic.newClient(email);
        awaitContactKnown(email, clientId);

        List<String> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            booked.add(clinic.book(clinic.bookingFor(clientId)).then().statusCode(201).extract().path("id"));
        }
        Platform.crash(PlatformService.NOTIFICATION);
        Platform.stack().service(PlatformService.NOTIFICATION).start();

        assertEquals(3, booked.size());
        awaitMails(email, 1 + 3);
        // the sender records each message's answer after its channel answered: a crash may re-send the one message
        // whose answer was not yet recorded, as the same e-mail (same Message-ID), which the client's mail program
        // shows once; nothing is lost and no confirmation becomes two different e-mails
        List<Mail> mails = settledMails(email, clientId, 1 + 3);
        List<String> ids = mails.stream().map(Mail::messageId).toList();
        assertEquals(1 + 3 + 1, new java.util.HashSet<>(ids).size(), "each confirmation exactly once: " + ids);
        assertTrue(mails.size() <= 1 + 3 + 1 + 1, "at most the one message in flight re-sent: " + ids);
    }

    @Test
    void aPoisonMessageLandsOnTheDeadLetterTopicAndLaterEventsAreStillProcessed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        try (TestEvents events = new TestEvents(Platform.stack().kafka().bootstrapServers())) {
            events.publishRaw(Topics.SESSIONS, poisonKey, "{this is not json",
                    Map.of("ce_id", poisonKey, "ce_type", "remedy.booking.session.booked.v1", "ce_tenant", "harbour",
                            "ce_specversion", "1.0", "ce_source", "/booking"));

            String email = Clinic.mailbox("after-poison");
            String clientId = clinic.newClient(email);
            clinic.book(clinic.bookingFor(clientId)).then().statusCode(201);
            awaitMails(email, 1);

            List<ConsumerRecord<String, String>> dead = events.read(Topics.deadLetterOf(Topics.SESSIONS),
                    r -> poisonKey.equals(r.key()), Duration.ofSeconds(60));
            assertEquals(3, dead.size(),
                    "dead-lettered once by each consumer of the topic (records, notification, billing)");
            assertNotNull(TestEvents.header(dead.get(0), "dead-letter-reason"));
        }
    }

    @Test
    void anotherChainsAdminCannotReadTheSession() {
        String clientId = clinic.newClient(Clinic.mailbox("private"));
        String sessionId = clinic.book(clinic.bookingFor(clientId)).then().statusCode(201).extract().path("id");

        Api.as(Clinic.SUMMIT_ADMIN).get("/api/v1/sessions/" + sessionId)
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(Clinic.ADMIN).get("/api/v1/sessions/" + sessionId).then().statusCode(200);
    }

    @Test
    void aMalformedBookingIsA400ProblemAndWritesNothing() {
        String clientId = clinic.newClient(Clinic.mailbox("malformed"));
        Map<String, Object> booking = clinic.bookingFor(clientId);
        String day = ((String) booking.get("startsAt")).substring(0, 10);
        booking.put("startsAt", "next tuesday at ten");

        Api.as(Clinic.RECEPTION).body(booking).post("/api/v1/sessions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"));
        Api.as(Clinic.RECEPTION).body("{\"locationId\": ").post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json");

        Api.as(Clinic.RECEPTION).queryParam("clientId", clientId)
                .queryParam("from", day + "T00:00:00Z").queryParam("to", day + "T23:59:59Z")
                .get("/api/v1/sessions")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void aCallWithoutATokenIsRefusedAtTheGateway() {
        Api.anonymous().get("/api/v1/locations").then().statusCode(401);
    }

    /** Client and session events travel on different topics: start from a client notification already knows. */
    private static void awaitContactKnown(String email, String clientId) {
        clinic.book(clinic.bookingFor(clientId)).then().statusCode(201);
        awaitMails(email, 1);
        // the first confirmation is this test's warm-up; later counts include it
        assertEquals(1, mail.messagesTo(email).size());
    }
}
