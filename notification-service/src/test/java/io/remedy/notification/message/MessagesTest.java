package io.remedy.notification.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestMailbox.Mail;
import io.remedy.notification.Fixture;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each event tells its recipients, in their language, with times in the location's zone. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class MessagesTest {

    static final Instant SUMMER_NINE_UTC = Instant.parse("2027-07-01T09:00:00Z");

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private List<Mail> awaitMails(String email, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> fixture.mailbox.messagesTo(email),
                found -> found.size() >= count);
    }

    private PlanUpdated plan(UUID clientId, PlanUpdated.Status status) {
        return new PlanUpdated(UUID.randomUUID(), 1, status, clientId, UUID.randomUUID(), null, fixture.locationId,
                null, List.of(), List.of(PlanUpdated.Technique.MYOFASCIAL_RELEASE), List.of("GLUTEALS"),
                List.of(new PlanUpdated.Homework(UUID.randomUUID(), "Knee-to-chest stretch",
                        "Lie on your back and hug one knee for 20 seconds.", 2, 5)),
                LocalDate.parse("2027-08-01"), "therapist", Instant.now(), "INITIAL_PLAN");
    }

    @Test
    void aSpanishSpeakingClientIsWrittenToInSpanish() {
        String email = Fixture.email("lucia");
        UUID clientId = fixture.client(email, null, null, "es-ES");
        fixture.publish(fixture.booked(clientId, "Europe/Madrid", SUMMER_NINE_UTC, null));

        Mail mail = awaitMails(email, 1).get(0);
        assertEquals("Su sesión en Harbour Norwich está reservada", mail.subject());
        assertTrue(mail.text().startsWith("Hola, Sam:"), mail.text());
        assertTrue(mail.text().contains("jueves 1 julio 2027, 11:00"), "Madrid time, in Spanish: " + mail.text());
    }

    @Test
    void anEmailNamesTheZoneAsItsPeopleDoAndCarriesNoEmptyHeaders() {
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, null, "en-GB");
        fixture.publish(fixture.booked(clientId, "America/New_York", Instant.parse("2027-01-14T15:00:00Z"), null));
        fixture.publish(fixture.booked(clientId, "America/New_York", SUMMER_NINE_UTC, null));

        List<Mail> mails = awaitMails(email, 2);
        String texts = mails.get(0).text() + mails.get(1).text();
        assertTrue(texts.contains("Thursday 14 January 2027, 10:00 EST"), "winter in New York: " + texts);
        assertTrue(texts.contains("Thursday 1 July 2027, 05:00 EDT"), "summer in New York: " + texts);
        assertFalse(texts.contains("GMT-0"), texts);
        for (Mail mail : mails) {
            assertEquals(List.of(), mail.header("Cc"), "no Cc header: " + mail.headers());
            mail.headers().forEach((name, values) -> values.forEach(value ->
                    assertFalse(value.isBlank(), "header " + name + " is empty")));
        }
    }

    @Test
    void aRescheduleSendsAChangeNoticeWithTheOldAndTheNewTime() {
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, null, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", SUMMER_NINE_UTC, null);
        fixture.publish(booked);
        // the confirmation went out first (an unsent one would be dropped by the move: QuietHoursAndUrgencyTest)
        awaitMails(email, 1);
        Instant later = SUMMER_NINE_UTC.plus(1, ChronoUnit.DAYS).plus(5, ChronoUnit.HOURS);
        fixture.publish(new SessionRescheduled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(), 60, clientId, null,
                new SessionRescheduled.Slot(booked.therapistId(), "Ana Costa", null, booked.roomId(), "Room 1",
                        booked.startsAt(), booked.endsAt()),
                new SessionRescheduled.Slot(UUID.randomUUID(), "Ben Okafor", null, booked.roomId(), "Room 1",
                        later, later.plus(60, ChronoUnit.MINUTES)),
                "reception", Instant.now()));

        Mail change = awaitMails(email, 2).stream().filter(m -> m.subject().contains("has moved")).findFirst()
                .orElseThrow();
        assertTrue(change.text().contains("Friday 2 July 2027, 15:00") && change.text().contains("with Ben Okafor"),
                change.text());
        assertTrue(change.text().contains("Thursday 1 July 2027, 10:00") && change.text().contains("with Ana Costa"),
                change.text());
    }

    @Test
    void aPlansHomeworkIsSentAndPostSessionCareIncludesIt() {
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, null, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", SUMMER_NINE_UTC, null);
        fixture.publish(booked);
        awaitMails(email, 1);
        fixture.publish(plan(clientId, PlanUpdated.Status.ACTIVE));
        Mail homework = awaitMails(email, 2).get(1);
        assertEquals("Your homework from Harbour Norwich", homework.subject());
        assertTrue(homework.text().contains("Knee-to-chest stretch (2 times a day, 5 days a week): Lie on your back"),
                homework.text());

        fixture.publish(new SessionCompleted(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(),
                booked.therapistId(), booked.therapistName(), null, booked.roomId(), clientId, null,
                booked.startsAt(), booked.endsAt(), null, null, "ana", booked.endsAt()));
        Mail care = awaitMails(email, 3).stream().filter(m -> m.subject().startsWith("After your session"))
                .findFirst().orElseThrow();
        assertTrue(care.text().contains("usually settles within a few days"), care.text());
        assertTrue(care.text().contains("Knee-to-chest stretch (2 times a day, 5 days a week)"), care.text());
    }

    @Test
    void aMissedSessionInvitesTheClientToBookAgain() {
        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, null, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", SUMMER_NINE_UTC, null);
        fixture.publish(new SessionNoShow(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), booked.timeZone(), booked.serviceId(), booked.serviceName(),
                booked.therapistId(), booked.therapistName(), null, booked.roomId(), clientId, null,
                booked.startsAt(), booked.endsAt(), "reception", Instant.now()));
        Mail missed = awaitMails(email, 1).get(0);
        assertEquals("We missed you at Harbour Norwich", missed.subject());
        assertTrue(missed.text().contains("book another time"), missed.text());
    }

    @Test
    void aLapsedWaitlistOfferLeavesTheInboxAndTheClientIsTold() {
        String userId = "sam-" + UUID.randomUUID();
        String sam = fixture.token(userId, List.of(), "client");
        UUID clientId = fixture.client(Fixture.email("sam"), null, userId, "en-GB");
        WaitlistOffered offer = fixture.offer(clientId, userId, SUMMER_NINE_UTC);
        fixture.publish(offer);
        JsonPath inbox = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(sam)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath(),
                found -> found.getList("items").size() == 1);
        assertEquals("WAITLIST_OFFER", inbox.getString("items[0].kind"));

        fixture.publish(new WaitlistOfferExpired(offer.waitlistEntryId(), offer.offerId(), clientId, userId,
                offer.locationId(), WaitlistOfferExpired.Reason.SLOT_TAKEN, Instant.now()));
        JsonPath after = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(sam)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath(),
                found -> found.getList("items.kind").equals(List.of("WAITLIST_OFFER_WITHDRAWN")));
        assertTrue(after.getString("items[0].body").contains("no longer available"));
    }

    @Test
    void aClearedRedFlagTellsTheTherapistWithCodesOnly() {
        String therapistId = "ana-" + UUID.randomUUID();
        UUID clientId = UUID.randomUUID();
        fixture.publish(new RedFlagCleared(UUID.randomUUID(), clientId, fixture.locationId, fixture.locationCode,
                therapistId, RedFlagCleared.Clearance.MEDICAL_CLEARANCE, "doctor", Instant.now()));
        String ana = fixture.token(therapistId, List.of(fixture.locationCode), "therapist");
        JsonPath inbox = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ana)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath(),
                found -> !found.getList("items").isEmpty());
        assertEquals("RED_FLAG_CLEARED", inbox.getString("items[0].kind"));
        String body = inbox.getString("items[0].body");
        assertTrue(body.contains("MEDICAL_CLEARANCE") && body.contains(clientId.toString()), body);
        assertFalse(body.contains("Sam"), "no names in staff alerts");
    }
}
