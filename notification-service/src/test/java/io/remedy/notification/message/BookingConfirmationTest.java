package io.remedy.notification.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.booking.ClientRegistered;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestMailbox;
import io.remedy.local.testing.TestMailbox.Mail;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class BookingConfirmationTest {

    /** 1 July, 09:00 UTC: 10:00 in London (summer time), 05:00 in Florida. */
    static final Instant SUMMER_NINE_UTC = Instant.parse("2027-07-01T09:00:00Z");

    @Inject
    ObjectMapper json;

    private final String tenant = "t-" + UUID.randomUUID();
    private final TestMailbox mailbox = new TestMailbox("127.0.0.1", LocalStackTestResource.imapPort());
    private TestEvents events;

    @BeforeEach
    void connect() {
        events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers());
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    private UUID registerClient(String email) throws Exception {
        UUID clientId = UUID.randomUUID();
        ClientRegistered registered = new ClientRegistered(clientId, null, "Sam", "Patel", email, "+447700900123",
                "en-GB", null, Instant.now(), "reception", 0);
        events.publish(Topics.CLIENTS, EventCatalogue.CLIENT_REGISTERED.type(), "/booking", clientId.toString(),
                tenant, json.writeValueAsString(registered));
        return clientId;
    }

    private SessionBooked booked(UUID clientId, String timeZone) {
        return new SessionBooked(UUID.randomUUID(), UUID.randomUUID(), "norwich", "Harbour Norwich", timeZone,
                UUID.randomUUID(), "Remedial massage 60 min", 60, UUID.randomUUID(), "Ana Costa", null,
                UUID.randomUUID(), "Room 1", clientId, null, SUMMER_NINE_UTC,
                SUMMER_NINE_UTC.plus(60, ChronoUnit.MINUTES), null, "reception", Instant.now());
    }

    private void publish(String eventId, SessionBooked booked) throws Exception {
        events.publish(Topics.SESSIONS, eventId, EventCatalogue.SESSION_BOOKED.type(), "/booking",
                booked.sessionId().toString(), tenant, json.writeValueAsString(booked));
    }

    private List<Mail> awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(address), mails -> !mails.isEmpty());
    }

    @Test
    void bookedSessionSendsTheClientAConfirmationInTheLocationsTimeZone() throws Exception {
        String email = "sam-" + UUID.randomUUID() + "@harbour.test";
        UUID clientId = registerClient(email);
        publish(UUID.randomUUID().toString(), booked(clientId, "Europe/London"));

        Mail mail = awaitMail(email).get(0);
        assertEquals("Your session at Harbour Norwich is booked", mail.subject());
        assertTrue(mail.text().contains("Remedial massage 60 min with Ana Costa"), mail.text());
        assertTrue(mail.text().contains("10:00"), "10:00 London summer time: " + mail.text());
    }

    @Test
    void timeIsShownInTheLocationsOwnZone() throws Exception {
        String email = "lee-" + UUID.randomUUID() + "@harbour.test";
        UUID clientId = registerClient(email);
        publish(UUID.randomUUID().toString(), booked(clientId, "America/New_York"));

        assertTrue(awaitMail(email).get(0).text().contains("05:00"), "05:00 in New York");
    }

    @Test
    void theSameEventDeliveredFiveTimesSendsOneEmail() throws Exception {
        String email = "once-" + UUID.randomUUID() + "@harbour.test";
        UUID clientId = registerClient(email);
        SessionBooked booked = booked(clientId, "Europe/London");
        String eventId = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            publish(eventId, booked);
        }
        // a second booking for the same client, on the same key, is processed after the duplicates
        SessionBooked later = booked(clientId, "Europe/London");
        events.publish(Topics.SESSIONS, UUID.randomUUID().toString(), EventCatalogue.SESSION_BOOKED.type(),
                "/booking", booked.sessionId().toString(), tenant, json.writeValueAsString(later));

        List<Mail> mails = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.messagesTo(email), found -> found.size() >= 2);
        assertEquals(2, mails.size(), "one mail per booking, however often its event arrives");
    }

    @Test
    void aSessionRecordedAfterItStartedIsNotConfirmed() throws Exception {
        String email = "history-" + UUID.randomUUID() + "@harbour.test";
        UUID clientId = registerClient(email);
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        SessionBooked recorded = new SessionBooked(UUID.randomUUID(), UUID.randomUUID(), "norwich", "Harbour Norwich",
                "Europe/London", UUID.randomUUID(), "Deep tissue 60 min", 60, UUID.randomUUID(), "Ana Costa", null,
                UUID.randomUUID(), "Room 1", clientId, null, lastWeek, lastWeek.plus(60, ChronoUnit.MINUTES), null,
                "admin", Instant.now());
        publish(UUID.randomUUID().toString(), recorded);
        // a booking to come, on the same key, is processed after the recorded one
        SessionBooked upcoming = booked(clientId, "Europe/London");
        events.publish(Topics.SESSIONS, UUID.randomUUID().toString(), EventCatalogue.SESSION_BOOKED.type(),
                "/booking", recorded.sessionId().toString(), tenant, json.writeValueAsString(upcoming));

        List<Mail> mails = awaitMail(email);
        assertEquals(1, mails.size(), "only the session to come is confirmed");
        assertTrue(mails.get(0).text().contains("Remedial massage 60 min"), mails.get(0).text());
    }

    @Test
    void aBookingSeenBeforeItsClientIsConfirmedOnceTheClientArrives() throws Exception {
        String email = "late-" + UUID.randomUUID() + "@harbour.test";
        UUID clientId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), booked(clientId, "Europe/London"));
        ClientRegistered registered = new ClientRegistered(clientId, null, "Lee", "Walker", email, null, "en-GB",
                null, Instant.now(), "reception", 0);
        events.publish(Topics.CLIENTS, EventCatalogue.CLIENT_REGISTERED.type(), "/booking", clientId.toString(),
                tenant, json.writeValueAsString(registered));

        assertEquals(1, awaitMail(email).size());
    }
}
