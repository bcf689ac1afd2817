package io.remedy.booking.session;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.booking.Race;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class SessionBookingTest {

    /** Rounds of each race, and requests let go at once in each round. */
    static final int ROUNDS = 20;
    static final int CONTENDERS = 40;

    /** A start time a few weeks ahead at a whole hour, different for each call so tests never collide. */
    private static String startsAt(int hour) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.DAYS).withHour(hour).toString();
    }

    private static Response book(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/sessions");
    }

    @Test
    void receptionistBooksASessionAndSessionBookedIsPublished() {
        Chain chain = new Chain();
        String sessionId = book(chain.receptionist, chain.booking(startsAt(10), null))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("BOOKED"))
                .body("therapistId", equalTo(chain.therapistId))
                .extract().path("id");

        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> published = events.read(Topics.SESSIONS,
                    r -> sessionId.equals(r.key()), Duration.ofSeconds(30));
            assertEquals(1, published.size(), "one session.booked per booking");
            ConsumerRecord<String, String> record = published.get(0);
            assertEquals(EventCatalogue.SESSION_BOOKED.type(), TestEvents.header(record, CloudEventHeaders.TYPE));
            assertEquals(chain.tenant, TestEvents.header(record, CloudEventHeaders.TENANT));
            assertEquals("/booking", TestEvents.header(record, CloudEventHeaders.SOURCE));
        }
    }

    @Test
    void refusesOverlappingSessionForSameTherapistInsideTheBuffer() {
        Chain chain = new Chain();
        book(chain.receptionist, chain.booking(startsAt(10), chain.roomA)).then().statusCode(201);
        // 60 min + 15 min buffer: 11:00 in the other room still needs the same therapist
        OffsetDateTime inBuffer = OffsetDateTime.parse(startsAt(11)).plusMinutes(10);
        book(chain.receptionist, chain.booking(inBuffer.toString(), chain.roomB))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("therapistId"));
    }

    @Test
    void refusesOverlappingSessionForSameRoom() {
        Chain chain = new Chain();
        book(chain.receptionist, chain.booking(startsAt(14), chain.roomA)).then().statusCode(201);
        String otherTherapist = chain.addTherapist("Ben Okafor");
        Map<String, Object> sameRoom = chain.booking(startsAt(14), chain.roomA);
        sameRoom.put("therapistId", otherTherapist);
        book(chain.receptionist, sameRoom)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("roomId"));
    }

    @Test
    void twentyRoundsOfFortyConcurrentBookingsOfOneTherapistsSlotHaveOneWinnerEachAndNo5xx()
            throws Exception {
        Diary diary = new Diary();
        Chain chain = diary.chain;
        // forty clients in both rooms (or any room): only the therapist is the same for all of them
        List<String> clients = IntStream.range(0, CONTENDERS)
                .mapToObj(i -> diary.client("racer-" + i + "-" + chain.tenant)).toList();
        List<String> rooms = java.util.Arrays.asList(chain.roomA, chain.roomB, null);
        try (Race race = new Race(CONTENDERS)) {
            for (int round = 0; round < ROUNDS; round++) {
                String slot = Diary.at(30 + round, 9);
                List<Callable<Response>> contenders = IntStream.range(0, CONTENDERS)
                        .<Callable<Response>>mapToObj(i -> () -> book(chain.receptionist,
                                diary.bookingOf(clients.get(i), null, slot, rooms.get(i % rooms.size()))))
                        .toList();
                race.round(contenders, r -> r.statusCode() == 201,
                        r -> r.statusCode() == 201 || Race.refusedAsTaken(r, "therapistId", "roomId"));
                assertEquals(1, diary.sessionsBetween(slot, 60), "one session in the slot");
            }
            race.report("therapist race");
        }
    }

    @Test
    void refusesTheSameClientAtTheSameTimeWithAnotherTherapist() {
        Diary diary = new Diary();
        Chain chain = diary.chain;
        String otherTherapist = chain.addTherapist("Ben Okafor");
        String sessionId = book(chain.receptionist, chain.booking(startsAt(10), chain.roomA))
                .then().statusCode(201).extract().path("id");
        Map<String, Object> sameClient = chain.booking(OffsetDateTime.parse(startsAt(10)).plusMinutes(30).toString(),
                chain.roomB);
        sameClient.put("therapistId", otherTherapist);
        book(chain.receptionist, sameClient)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("clientId"));

        // a later session of theirs cannot be moved onto the first one either
        Map<String, Object> later = chain.booking(startsAt(13), chain.roomB);
        later.put("therapistId", otherTherapist);
        String laterId = book(chain.receptionist, later).then().statusCode(201).extract().path("id");
        diary.act(chain.receptionist, laterId, "reschedule", Map.of("startsAt", startsAt(10)))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("clientId"));

        // the client is free when their treatment ends, though the first therapist's buffer runs on
        Map<String, Object> backToBack = chain.booking(startsAt(11), chain.roomB);
        backToBack.put("therapistId", otherTherapist);
        book(chain.receptionist, backToBack).then().statusCode(201);

        // once the first is cancelled, the time is the client's again
        diary.act(chain.receptionist, sessionId, "cancel", Map.of("reason", "CLIENT_REQUEST")).then().statusCode(200);
        book(chain.receptionist, chain.booking(startsAt(10), chain.roomA)).then().statusCode(201);
    }

    @Test
    void aClientIsNeverInTwoSessionsAtOnceHoweverConcurrentlyTheyAreBooked() throws Exception {
        Diary diary = new Diary();
        Chain chain = diary.chain;
        int contenders = 10;
        List<String> therapists = new java.util.ArrayList<>(List.of(chain.therapistId));
        List<String> rooms = new java.util.ArrayList<>(List.of(chain.roomA, chain.roomB));
        while (therapists.size() < contenders) {
            therapists.add(chain.addTherapist("Therapist " + therapists.size()));
        }
        while (rooms.size() < contenders) {
            rooms.add(chain.addRoom(chain.locationId, "Room " + rooms.size()));
        }
        try (Race race = new Race(contenders)) {
            for (int round = 0; round < 5; round++) {
                String slot = Diary.at(30 + round, 15);
                List<Callable<Response>> attempts = IntStream.range(0, contenders)
                        .<Callable<Response>>mapToObj(i -> () -> book(chain.receptionist,
                                diary.bookingOf(chain.clientId, therapists.get(i), slot, rooms.get(i))))
                        .toList();
                race.round(attempts, r -> r.statusCode() == 201,
                        r -> r.statusCode() == 201 || Race.refusedAsTaken(r, "clientId"));
                assertEquals(1, diary.sessionsBetween(slot, 60), "one session of the client in the slot");
            }
            race.report("client race");
        }
    }

    @Test
    void sameIdempotencyKeyReturnsTheFirstSession() {
        Chain chain = new Chain();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = chain.booking(startsAt(16), null);
        String first = given().auth().oauth2(chain.receptionist).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(chain.receptionist).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        body.put("startsAt", startsAt(17));
        given().auth().oauth2(chain.receptionist).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/sessions")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void malformedBookingIsA400ProblemNamingTheFieldAndWritesNothing() {
        Chain chain = new Chain();
        Map<String, Object> body = chain.booking("tomorrow at ten", null);
        book(chain.receptionist, body)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"));
        body.remove("startsAt");
        book(chain.receptionist, body)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"));
        given().auth().oauth2(chain.receptionist)
                .queryParam("from", startsAt(0)).queryParam("to", OffsetDateTime.parse(startsAt(0)).plusDays(1).toString())
                .get("/api/v1/sessions")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void anotherChainNeverSeesTheSession() {
        Chain chain = new Chain();
        String sessionId = book(chain.receptionist, chain.booking(startsAt(12), null))
                .then().statusCode(201).extract().path("id");
        String otherAdmin = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        given().auth().oauth2(otherAdmin).get("/api/v1/sessions/" + sessionId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(chain.admin).get("/api/v1/sessions/" + sessionId)
                .then().statusCode(200).body("id", equalTo(sessionId));
    }

    @Test
    void aClientBooksOnlyForThemself() {
        Chain chain = new Chain();
        String client = chain.token(chain.clientUser, List.of(), "client");
        book(client, chain.booking(startsAt(15), null)).then().statusCode(201);
        String stranger = chain.token("someone-else", List.of(), "client");
        book(stranger, chain.booking(startsAt(18), null)).then().statusCode(403);
    }

    @Test
    void receptionistOfAnotherLocationMayNotBookHere() {
        Chain chain = new Chain();
        String elsewhere = chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        book(elsewhere, chain.booking(startsAt(13), null)).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void listsOnlyTheSessionsTheCallerMaySee() {
        Chain chain = new Chain();
        String here = book(chain.receptionist, chain.booking(startsAt(10), null))
                .then().statusCode(201).extract().path("id");
        String elsewhereLocation = chain.addLocation("elsewhere", "America/New_York");
        chain.addRoom(elsewhereLocation, "Room E");
        Map<String, Object> there = chain.booking(startsAt(14), null);
        there.put("locationId", elsewhereLocation);
        String away = book(chain.admin, there).then().statusCode(201).extract().path("id");
        String from = startsAt(0);
        String to = OffsetDateTime.parse(from).plusDays(1).toString();

        given().auth().oauth2(chain.receptionist).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/sessions").then().statusCode(200).body("items.id", equalTo(List.of(here)));
        given().auth().oauth2(chain.admin).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/sessions").then().statusCode(200).body("items.id", equalTo(List.of(here, away)));
        given().auth().oauth2(chain.token(chain.therapistUser, List.of(), "therapist"))
                .queryParam("from", from).queryParam("to", to)
                .get("/api/v1/sessions").then().statusCode(200).body("items.id", equalTo(List.of(here, away)));
        given().auth().oauth2(chain.token("another-therapist", List.of(), "therapist"))
                .queryParam("from", from).queryParam("to", to)
                .get("/api/v1/sessions").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void callWithoutTokenIs401() {
        given().get("/api/v1/locations").then().statusCode(401);
    }
}
