package io.remedy.booking.waitlist;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.session.Diary;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class WaitlistTest {

    /** A chain with one booked session and two more clients who wait for a slot on its day, first come first. */
    static final class Waiting {
        final Diary diary = new Diary();
        final String slot = Diary.at(30, 10);
        final String sessionId = diary.booked(slot);
        final String firstUser = "first-" + UUID.randomUUID();
        final String secondUser = "second-" + UUID.randomUUID();
        final String first = diary.client(firstUser);
        final String second = diary.client(secondUser);
        final String firstEntry = join(diary.clientToken(firstUser), entry(diary, first, slot));
        final String secondEntry = join(diary.chain.receptionist, entry(diary, second, slot));

        void cancel() {
            diary.act(diary.chain.receptionist, sessionId, "cancel", Map.of("reason", "CLIENT_REQUEST"))
                    .then().statusCode(200);
        }

        JsonPath entryAs(String token, String entryId) {
            return given().auth().oauth2(token).get("/api/v1/waitlist/" + entryId)
                    .then().statusCode(200).extract().jsonPath();
        }

        String offerOf(String entryId) {
            return entryAs(diary.chain.receptionist, entryId).getString("offer.id");
        }
    }

    static Map<String, Object> entry(Diary diary, String clientId, String slot) {
        LocalDate day = OffsetDateTime.parse(slot).atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate();
        return new HashMap<>(Map.of("clientId", clientId, "locationId", diary.chain.locationId,
                "serviceId", diary.chain.serviceId, "from", day.minusDays(1).toString(), "to", day.plusDays(2).toString()));
    }

    static String join(String token, Map<String, Object> body) {
        return post(token, "/api/v1/waitlist", body).then().statusCode(201)
                .header("Location", startsWith("http")).body("status", equalTo("WAITING"))
                .extract().path("id");
    }

    static Response post(String token, String path, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post(path);
    }

    static String offerPath(String entryId, String offerId, String action) {
        return "/api/v1/waitlist/" + entryId + "/offers/" + offerId + "/" + action;
    }

    @Test
    void aCancellationOffersTheFreedSlotToTheFirstWaitingClientAndHoldsIt() {
        Waiting w = new Waiting();
        w.cancel();

        JsonPath offered = w.entryAs(w.diary.clientToken(w.firstUser), w.firstEntry);
        assertEquals("OFFERED", offered.getString("status"));
        assertEquals(Diary.instant(w.slot), offered.getString("offer.startsAt"));
        assertEquals(w.diary.chain.therapistId, offered.getString("offer.therapistId"));
        assertEquals("WAITING", w.entryAs(w.diary.chain.receptionist, w.secondEntry).getString("status"));

        List<ConsumerRecord<String, String>> events = Diary.events(Topics.WAITLIST, w.firstEntry, 1);
        assertEquals(1, events.size());
        assertEquals(EventCatalogue.WAITLIST_OFFERED.type(), TestEvents.header(events.get(0), CloudEventHeaders.TYPE));
        EventSchemas.assertValid(EventCatalogue.WAITLIST_OFFERED, events.get(0).value());
        assertEquals(w.sessionId, new JsonPath(events.get(0).value()).getString("freedBySessionId"));

        // the hold: nobody else can book the slot meanwhile
        Diary.book(w.diary.chain.receptionist, w.diary.bookingOf(w.second, null, w.slot))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void erasingAClientWithdrawsTheirEntriesAndPassesTheOfferTheyHeldToTheNextWaitingClient() {
        Waiting w = new Waiting();
        w.cancel();
        String heldOffer = w.offerOf(w.firstEntry);

        given().auth().oauth2(w.diary.chain.admin).delete("/api/v1/clients/" + w.first).then().statusCode(204);

        JsonPath first = w.entryAs(w.diary.chain.receptionist, w.firstEntry);
        assertEquals("WITHDRAWN", first.getString("status"));
        assertEquals(null, first.getString("offer"));
        JsonPath second = w.entryAs(w.diary.chain.receptionist, w.secondEntry);
        assertEquals("OFFERED", second.getString("status"));
        assertEquals(Diary.instant(w.slot), second.getString("offer.startsAt"));
        List<ConsumerRecord<String, String>> ended = Diary.events(Topics.WAITLIST, r -> w.firstEntry.equals(r.key())
                && EventCatalogue.WAITLIST_OFFER_EXPIRED.type().equals(TestEvents.header(r, CloudEventHeaders.TYPE)));
        assertEquals(1, ended.size());
        JsonPath data = new JsonPath(ended.get(0).value());
        assertEquals(heldOffer, data.getString("offerId"));
        assertEquals("WITHDRAWN", data.getString("reason"));
    }

    @Test
    void aSlotTheErasureFreesIsNeverOfferedToTheClientBeingErased() {
        Diary diary = new Diary();
        String slot = Diary.at(30, 10);
        String waiterUser = "waiter-" + UUID.randomUUID();
        String waiter = diary.client(waiterUser);
        // the client being erased has a session on the day and waits for another slot that day too
        String own = Diary.book(diary.chain.receptionist, diary.bookingOf(diary.chain.clientId, null, slot))
                .then().statusCode(201).extract().path("id");
        String ownEntry = join(diary.chain.receptionist, entry(diary, diary.chain.clientId, slot));
        String waiterEntry = join(diary.clientToken(waiterUser), entry(diary, waiter, slot));

        given().auth().oauth2(diary.chain.admin).delete("/api/v1/clients/" + diary.chain.clientId)
                .then().statusCode(204);

        Diary.get(diary.chain.admin, own).then().statusCode(200).body("status", equalTo("CANCELLED"));
        JsonPath ownNow = given().auth().oauth2(diary.chain.receptionist).get("/api/v1/waitlist/" + ownEntry)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("WITHDRAWN", ownNow.getString("status"));
        assertEquals(null, ownNow.getString("offer"));
        JsonPath waiting = given().auth().oauth2(diary.chain.receptionist).get("/api/v1/waitlist/" + waiterEntry)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("OFFERED", waiting.getString("status"));
        assertEquals(Diary.instant(slot), waiting.getString("offer.startsAt"));
    }

    @Test
    void acceptingTheOfferBooksTheHeldSlot() {
        Waiting w = new Waiting();
        w.cancel();
        String offerId = w.offerOf(w.firstEntry);

        String sessionId = post(w.diary.clientToken(w.firstUser), offerPath(w.firstEntry, offerId, "accept"), null)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("clientId", equalTo(w.first))
                .body("startsAt", equalTo(Diary.instant(w.slot)))
                .body("therapistId", equalTo(w.diary.chain.therapistId))
                .body("status", equalTo("BOOKED"))
                .extract().path("id");

        assertEquals("BOOKED", w.entryAs(w.diary.chain.receptionist, w.firstEntry).getString("status"));
        post(w.diary.clientToken(w.firstUser), offerPath(w.firstEntry, offerId, "accept"), null).then().statusCode(409);
        List<ConsumerRecord<String, String>> booked = Diary.events(Topics.SESSIONS, sessionId, 1);
        assertEquals(EventCatalogue.SESSION_BOOKED.type(), TestEvents.header(booked.get(0), CloudEventHeaders.TYPE));
    }

    @Test
    void decliningOffersTheSlotToTheNextWaitingClient() {
        Waiting w = new Waiting();
        w.cancel();
        String offerId = w.offerOf(w.firstEntry);

        post(w.diary.clientToken(w.firstUser), offerPath(w.firstEntry, offerId, "decline"), null).then().statusCode(204);

        JsonPath first = w.entryAs(w.diary.chain.receptionist, w.firstEntry);
        assertEquals("WAITING", first.getString("status"));
        assertEquals(null, first.getString("offer"));
        JsonPath second = w.entryAs(w.diary.chain.receptionist, w.secondEntry);
        assertEquals("OFFERED", second.getString("status"));
        assertEquals(Diary.instant(w.slot), second.getString("offer.startsAt"));
        post(w.diary.chain.receptionist, offerPath(w.secondEntry, second.getString("offer.id"), "accept"), null)
                .then().statusCode(201).body("clientId", equalTo(w.second));
    }

    @Test
    void withdrawingAnEntryWithAnOfferPassesTheSlotOn() {
        Waiting w = new Waiting();
        w.cancel();
        String offerId = w.offerOf(w.firstEntry);

        given().auth().oauth2(w.diary.clientToken(w.firstUser)).delete("/api/v1/waitlist/" + w.firstEntry)
                .then().statusCode(204);

        assertEquals("WITHDRAWN", w.entryAs(w.diary.chain.receptionist, w.firstEntry).getString("status"));
        assertEquals("OFFERED", w.entryAs(w.diary.chain.receptionist, w.secondEntry).getString("status"));
        List<ConsumerRecord<String, String>> events = Diary.events(Topics.WAITLIST, w.firstEntry, 2);
        ConsumerRecord<String, String> ended = events.get(events.size() - 1);
        assertEquals(EventCatalogue.WAITLIST_OFFER_EXPIRED.type(), TestEvents.header(ended, CloudEventHeaders.TYPE));
        EventSchemas.assertValid(EventCatalogue.WAITLIST_OFFER_EXPIRED, ended.value());
        assertEquals("WITHDRAWN", new JsonPath(ended.value()).getString("reason"));
        assertEquals(offerId, new JsonPath(ended.value()).getString("offerId"));
        given().auth().oauth2(w.diary.chain.receptionist).delete("/api/v1/waitlist/" + w.firstEntry)
                .then().statusCode(409);
    }

    @Test
    void aSlotOutsideTheWindowOrOfAnotherTherapistIsNotOffered() {
        Diary diary = new Diary();
        String slot = Diary.at(30, 10);
        String sessionId = diary.booked(slot);
        String user = "waiting-" + UUID.randomUUID();
        String client = diary.client(user);
        Map<String, Object> later = entry(diary, client, Diary.at(40, 10));
        String lateEntry = join(diary.chain.receptionist, later);
        Map<String, Object> otherTherapist = entry(diary, client, slot);
        otherTherapist.put("therapistId", diary.chain.addTherapist("Ben Okafor"));
        String benEntry = join(diary.chain.receptionist, otherTherapist);

        diary.act(diary.chain.receptionist, sessionId, "cancel", Map.of("reason", "OTHER")).then().statusCode(200);

        for (String entryId : List.of(lateEntry, benEntry)) {
            given().auth().oauth2(diary.chain.receptionist).get("/api/v1/waitlist/" + entryId)
                    .then().statusCode(200).body("status", equalTo("WAITING")).body("offer", nullValue());
        }
        Diary.book(diary.chain.receptionist, diary.chain.booking(slot, null)).then().statusCode(201);
    }

    @Test
    void clientsSeeTheirOwnEntriesAndStaffThoseOfTheirLocations() {
        Waiting w = new Waiting();
        given().auth().oauth2(w.diary.clientToken(w.firstUser)).get("/api/v1/waitlist")
                .then().statusCode(200).body("items.id", equalTo(List.of(w.firstEntry)));
        given().auth().oauth2(w.diary.chain.receptionist).get("/api/v1/waitlist")
                .then().statusCode(200).body("items.id", equalTo(List.of(w.firstEntry, w.secondEntry)));
        given().auth().oauth2(w.diary.therapistToken()).queryParam("status", "WAITING").get("/api/v1/waitlist")
                .then().statusCode(200).body("items.id", equalTo(List.of(w.firstEntry, w.secondEntry)));
        Response page = given().auth().oauth2(w.diary.chain.admin).queryParam("limit", 1).get("/api/v1/waitlist");
        page.then().statusCode(200).body("items.id", equalTo(List.of(w.firstEntry))).body("nextCursor", notNullValue());
        given().auth().oauth2(w.diary.chain.admin).queryParam("cursor", page.jsonPath().getString("nextCursor"))
                .get("/api/v1/waitlist").then().body("items.id", equalTo(List.of(w.secondEntry)));
        String elsewhere = w.diary.chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        given().auth().oauth2(elsewhere).get("/api/v1/waitlist").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(w.diary.chain.receptionist).queryParam("status", "SLEEPING").get("/api/v1/waitlist")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void roleLocationAndTenantRulesOfTheWaitlist() {
        Waiting w = new Waiting();
        String elsewhere = w.diary.chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        String otherTenant = TestTokens.issue("admin-x", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        String firstClient = w.diary.clientToken(w.firstUser);

        // joining: a client only for themself; the front desk only at its locations; a therapist not at all
        post(firstClient, "/api/v1/waitlist", entry(w.diary, w.second, w.slot)).then().statusCode(403);
        post(elsewhere, "/api/v1/waitlist", entry(w.diary, w.second, w.slot)).then().statusCode(403);
        post(w.diary.therapistToken(), "/api/v1/waitlist", entry(w.diary, w.second, w.slot)).then().statusCode(403);
        post(otherTenant, "/api/v1/waitlist", entry(w.diary, w.second, w.slot)).then().statusCode(400)
                .body("errors.field", hasItem("locationId"));

        // reading: a client only their own entry; other locations and other chains never
        for (String stranger : List.of(firstClient, elsewhere, otherTenant)) {
            given().auth().oauth2(stranger).get("/api/v1/waitlist/" + w.secondEntry).then().statusCode(404);
            given().auth().oauth2(stranger).delete("/api/v1/waitlist/" + w.secondEntry).then().statusCode(404);
        }

        w.cancel();
        String offerId = w.offerOf(w.firstEntry);
        String secondClient = w.diary.clientToken(w.secondUser);
        post(secondClient, offerPath(w.firstEntry, offerId, "accept"), null).then().statusCode(404);
        post(otherTenant, offerPath(w.firstEntry, offerId, "accept"), null).then().statusCode(404);
        post(w.diary.therapistToken(), offerPath(w.firstEntry, offerId, "decline"), null).then().statusCode(403);
        post(firstClient, offerPath(w.firstEntry, UUID.randomUUID().toString(), "accept"), null).then().statusCode(404);
        assertEquals("OFFERED", w.entryAs(w.diary.chain.receptionist, w.firstEntry).getString("status"));
    }

    @Test
    void badEntriesAre400sNamingTheField() {
        Diary diary = new Diary();
        Map<String, Object> body = entry(diary, diary.chain.clientId, Diary.at(30, 10));
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("from", body.get("to"));
        backwards.put("to", body.get("from"));
        post(diary.chain.receptionist, "/api/v1/waitlist", backwards).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("to"));
        Map<String, Object> noClient = new HashMap<>(body);
        noClient.remove("clientId");
        post(diary.chain.receptionist, "/api/v1/waitlist", noClient).then().statusCode(400)
                .body("errors.field", hasItem("clientId"));
        Map<String, Object> badDate = new HashMap<>(body);
        badDate.put("from", "someday");
        post(diary.chain.receptionist, "/api/v1/waitlist", badDate).then().statusCode(400);
        Map<String, Object> unknownService = new HashMap<>(body);
        unknownService.put("serviceId", UUID.randomUUID().toString());
        post(diary.chain.receptionist, "/api/v1/waitlist", unknownService).then().statusCode(400)
                .body("errors.field", hasItem("serviceId"));
        given().auth().oauth2(diary.chain.receptionist).get("/api/v1/waitlist")
                .then().statusCode(200).body("items", not(hasItem(notNullValue())));
    }
}
