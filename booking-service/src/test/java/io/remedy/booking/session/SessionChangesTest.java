package io.remedy.booking.session;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.booking.Race;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.EventType;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class SessionChangesTest {

    @Test
    void reschedulesKeepingTheIdAndItsHistory() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 10));
        String otherRoom = Diary.get(diary.chain.admin, id).then().extract().<String>path("roomId")
                .equals(diary.chain.roomA) ? diary.chain.roomB : diary.chain.roomA;

        diary.act(diary.chain.receptionist, id, "reschedule", Map.of("startsAt", Diary.at(31, 14), "roomId", otherRoom))
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("startsAt", equalTo(Diary.instant(Diary.at(31, 14))))
                .body("roomId", equalTo(otherRoom))
                .body("status", equalTo("BOOKED"));

        given().auth().oauth2(diary.chain.receptionist).get("/api/v1/sessions/" + id + "/history")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("BOOKED", "RESCHEDULED")))
                .body("items[1].previous.startsAt", equalTo(Diary.instant(Diary.at(30, 10))))
                .body("items[1].current.startsAt", equalTo(Diary.instant(Diary.at(31, 14))))
                .body("items[1].current.roomId", equalTo(otherRoom))
                .body("nextCursor", nullValue());
    }

    @Test
    void rescheduleIntoATakenSlotIs409NamingTheTherapistAndChangesNothing() {
        Diary diary = new Diary();
        diary.booked(Diary.at(30, 10));
        String later = diary.booked(Diary.at(30, 13));
        String etag = diary.etag(later);

        Diary.act(diary.chain.receptionist, later, "reschedule", etag,
                        Map.of("startsAt", OffsetDateTime.parse(Diary.at(30, 10)).plusMinutes(30).toString()))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("therapistId"));

        Diary.get(diary.chain.receptionist, later).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("startsAt", equalTo(Diary.instant(Diary.at(30, 13))));
        given().auth().oauth2(diary.chain.receptionist).get("/api/v1/sessions/" + later + "/history")
                .then().body("items.kind", equalTo(List.of("BOOKED")));
    }

    @Test
    void rescheduleIntoATakenRoomIs409NamingTheRoomAndChangesNothing() {
        Diary diary = new Diary();
        String ben = diary.chain.addTherapist("Ben Okafor");
        // another client: one client is never in two sessions at once
        Map<String, Object> inRoomA = diary.bookingOf(diary.client("other-" + diary.chain.tenant), ben,
                Diary.at(30, 10), diary.chain.roomA);
        Diary.book(diary.chain.receptionist, inRoomA).then().statusCode(201);
        String mine = Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(30, 10), diary.chain.roomB))
                .then().statusCode(201).extract().path("id");

        diary.act(diary.chain.receptionist, mine, "reschedule", Map.of("roomId", diary.chain.roomA))
                .then().statusCode(409)
                .body("errors.field", hasItem("roomId"));
        Diary.get(diary.chain.admin, mine).then().body("roomId", equalTo(diary.chain.roomB)).body("version", equalTo(0));
    }

    @Test
    void clinicCancellationInsideTheNoticeWindowIsLate() {
        Diary diary = new Diary();
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(5).truncatedTo(ChronoUnit.HOURS).toString();
        String id = diary.booked(soon);

        diary.act(diary.chain.receptionist, id, "cancel", Map.of("reason", "THERAPIST_UNAVAILABLE"))
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("lateCancellation", equalTo(true))
                .body("cancelledBy", equalTo("CLINIC"))
                .body("cancellationReason", equalTo("THERAPIST_UNAVAILABLE"))
                .body("cancelledAt", notNullValue());
        // the slot is free again
        Diary.book(diary.chain.receptionist, diary.chain.booking(soon, null)).then().statusCode(201);
    }

    @Test
    void clientCancelsTheirOwnSessionInGoodTime() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 11));
        diary.act(diary.clientToken(), id, "cancel", Map.of("reason", "CLIENT_REQUEST"))
                .then().statusCode(200)
                .body("cancelledBy", equalTo("CLIENT"))
                .body("lateCancellation", equalTo(false));
        given().auth().oauth2(diary.clientToken()).get("/api/v1/sessions/" + id + "/history")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("BOOKED", "CANCELLED")))
                .body("items[1].reason", equalTo("CLIENT_REQUEST"))
                .body("items[1].late", equalTo(false));
    }

    @Test
    void checkInThenCompleteRecordsBothMoments() {
        Diary diary = new Diary();
        String id = diary.started(Diary.ago(1, 9));
        diary.act(diary.chain.receptionist, id, "check-in", null).then().statusCode(200)
                .body("status", equalTo("CHECKED_IN")).body("checkedInAt", notNullValue());
        diary.act(diary.therapistToken(), id, "complete", null).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedAt", notNullValue());
    }

    @Test
    void illegalTransitionsAre409ProblemsNamingTheStatus() {
        Diary diary = new Diary();
        String id = diary.started(Diary.ago(1, 9));
        diary.act(diary.chain.receptionist, id, "no-show", null).then().statusCode(200).body("status", equalTo("NO_SHOW"));
        for (String action : List.of("check-in", "complete", "no-show")) {
            diary.act(diary.chain.receptionist, id, action, null).then().statusCode(409)
                    .contentType("application/problem+json").body("errors.field", hasItem("status"));
        }
        diary.act(diary.chain.receptionist, id, "cancel", Map.of("reason", "OTHER")).then().statusCode(409);
        diary.act(diary.chain.receptionist, id, "reschedule", Map.of("startsAt", Diary.at(32, 9))).then().statusCode(409);
    }

    @Test
    void changesNeedTheCurrentVersionInIfMatch() {
        Diary diary = new Diary();
        String id = diary.started(Diary.ago(1, 15));
        Diary.act(diary.chain.receptionist, id, "check-in", null, null).then().statusCode(428)
                .contentType("application/problem+json");
        Diary.act(diary.chain.receptionist, id, "check-in", "\"7\"", null).then().statusCode(412)
                .contentType("application/problem+json");
        String first = diary.etag(id);
        Diary.act(diary.chain.receptionist, id, "check-in", first, null).then().statusCode(200);
        Diary.act(diary.chain.receptionist, id, "complete", first, null).then().statusCode(412);
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 16));
        diary.act(diary.chain.receptionist, id, "cancel", Map.of("reason", "BORED")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        diary.act(diary.chain.receptionist, id, "cancel", Map.of()).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        diary.act(diary.chain.receptionist, id, "reschedule", Map.of()).then().statusCode(400)
                .body("errors.field", hasItem("startsAt"));
        diary.act(diary.chain.receptionist, id, "reschedule", Map.of("startsAt", "next tuesday")).then().statusCode(400);
        diary.act(diary.chain.receptionist, id, "reschedule", Map.of("startsAt", "2020-01-01T10:00:00Z"))
                .then().statusCode(400).body("errors.field", hasItem("startsAt"));
        Diary.get(diary.chain.admin, id).then().body("status", equalTo("BOOKED")).body("version", equalTo(0));
    }

    @Test
    void everyChangePublishesExactlyOneSchemaValidEvent() {
        Diary diary = new Diary();
        String moved = diary.booked(Diary.at(30, 8));
        diary.act(diary.chain.receptionist, moved, "reschedule", Map.of("startsAt", Diary.at(30, 12))).then().statusCode(200);
        diary.act(diary.clientToken(), moved, "cancel", Map.of("reason", "ILLNESS")).then().statusCode(200);
        String completed = diary.started(Diary.ago(1, 8));
        diary.act(diary.chain.receptionist, completed, "check-in", null).then().statusCode(200);
        diary.act(diary.chain.receptionist, completed, "complete", null).then().statusCode(200);
        String missed = diary.started(Diary.ago(2, 8));
        diary.act(diary.therapistToken(), missed, "no-show", null).then().statusCode(200);

        assertPublished(moved, List.of(EventCatalogue.SESSION_BOOKED, EventCatalogue.SESSION_RESCHEDULED,
                EventCatalogue.SESSION_CANCELLED));
        assertPublished(completed, List.of(EventCatalogue.SESSION_BOOKED, EventCatalogue.SESSION_COMPLETED));
        assertPublished(missed, List.of(EventCatalogue.SESSION_BOOKED, EventCatalogue.SESSION_NO_SHOW));

        JsonPath cancelled = new JsonPath(Diary.events(Topics.SESSIONS, moved, 3).get(2).value());
        assertEquals("CLIENT", cancelled.getString("cancelledBy"));
        assertEquals("ILLNESS", cancelled.getString("reason"));
        JsonPath rescheduled = new JsonPath(Diary.events(Topics.SESSIONS, moved, 3).get(1).value());
        assertEquals(Diary.instant(Diary.at(30, 8)), rescheduled.getString("previous.startsAt"));
        assertEquals(Diary.instant(Diary.at(30, 12)), rescheduled.getString("current.startsAt"));
        JsonPath done = new JsonPath(Diary.events(Topics.SESSIONS, completed, 2).get(1).value());
        assertNotNull(done.getString("checkedInAt"));
        // billing invoices the completion at the service's price, in its currency
        JsonPath service = given().auth().oauth2(diary.chain.admin).get("/api/v1/services/" + diary.chain.serviceId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(service.getInt("priceCents"), done.getInt("priceCents"));
        assertEquals(service.getString("currency"), done.getString("currency"));
    }

    private static void assertPublished(String sessionId, List<EventType<?>> expected) {
        List<ConsumerRecord<String, String>> published = Diary.events(Topics.SESSIONS, sessionId, expected.size());
        List<String> types = published.stream().map(r -> TestEvents.header(r, CloudEventHeaders.TYPE)).toList();
        assertEquals(expected.stream().map(EventType::type).toList(), types, "one event per change, in order");
        for (int i = 0; i < published.size(); i++) {
            EventSchemas.assertValid(expected.get(i), published.get(i).value());
        }
    }

    @Test
    void theListPagesWithACursor() {
        Diary diary = new Diary();
        List<String> ids = new ArrayList<>();
        for (int hour = 8; hour < 18; hour += 2) {
            ids.add(diary.booked(Diary.at(30, hour)));
        }
        String from = Diary.at(30, 0);
        String to = OffsetDateTime.parse(from).plusDays(1).toString();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(diary.chain.receptionist).queryParam("from", from)
                    .queryParam("to", to).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/sessions");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(ids, seen);
        assertEquals(3, pages);
        given().auth().oauth2(diary.chain.receptionist).queryParam("from", from).queryParam("to", to)
                .queryParam("cursor", "garbage!").get("/api/v1/sessions")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void theListTakesWholeDaysInTheLocationsTimeZone() {
        Diary diary = new Diary();
        String first = diary.booked(Diary.at(30, 10));
        String second = diary.booked(Diary.at(31, 10));
        String day = OffsetDateTime.parse(Diary.at(30, 10)).toLocalDate().toString();
        String next = OffsetDateTime.parse(Diary.at(31, 10)).toLocalDate().toString();
        Function<Map<String, String>, Response> list = query -> given().auth().oauth2(diary.chain.receptionist)
                .queryParams(query).get("/api/v1/sessions");

        list.apply(Map.of("from", day, "to", day, "locationId", diary.chain.locationId)).then().statusCode(200)
                .body("items.id", equalTo(List.of(first))).body("nextCursor", nullValue());
        list.apply(Map.of("from", day, "to", next)).then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)));
        list.apply(Map.of("from", day, "to", Diary.at(31, 10))).then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        list.apply(Map.of("from", day, "to", "2026-13-01")).then().statusCode(400).body("errors.field", hasItem("to"));
        list.apply(Map.of("from", next, "to", day)).then().statusCode(400).body("errors.field", hasItem("to"));

        diary.chain.addLocation("ny" + diary.chain.locationCode, "America/New_York");
        list.apply(Map.of("from", day, "to", day)).then().statusCode(400).body("errors.field", hasItem("locationId"));
        list.apply(Map.of("from", day, "to", day, "locationId", diary.chain.locationId)).then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        list.apply(Map.of("from", Diary.at(30, 0), "to", Diary.at(32, 0))).then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)));
    }

    @Test
    void twentyRoundsOfFortyConcurrentBookingsOfOneRoomByDifferentTherapistsHaveOneWinnerEachAndNo5xx()
            throws Exception {
        Diary diary = new Diary();
        List<String> therapists = new ArrayList<>(List.of(diary.chain.therapistId));
        while (therapists.size() < SessionBookingTest.CONTENDERS) {
            therapists.add(diary.chain.addTherapist("Therapist " + therapists.size()));
        }
        List<String> clients = IntStream.range(0, SessionBookingTest.CONTENDERS)
                .mapToObj(i -> diary.client("roomracer-" + i + "-" + diary.chain.tenant)).toList();
        try (Race race = new Race(SessionBookingTest.CONTENDERS)) {
            for (int round = 0; round < SessionBookingTest.ROUNDS; round++) {
                String slot = Diary.at(30 + round, 9);
                List<Callable<Response>> contenders = IntStream.range(0, SessionBookingTest.CONTENDERS)
                        .<Callable<Response>>mapToObj(i -> () -> Diary.book(diary.chain.receptionist,
                                diary.bookingOf(clients.get(i), therapists.get(i), slot, diary.chain.roomA)))
                        .toList();
                race.round(contenders, r -> r.statusCode() == 201,
                        r -> r.statusCode() == 201 || Race.refusedAsTaken(r, "roomId"));
                assertEquals(1, diary.sessionsBetween(slot, 60), "one session in the room");
            }
            race.report("room race");
        }
    }

    /**
     * Bookings and reschedules race for one therapist's slot; every other round the slot is held for a waiting client
     * (a cancellation offered it) and their acceptance races as well. One of them gets the slot, the others a 409.
     */
    @Test
    void twentyRoundsOfBookingsReschedulesAndAWaitlistAcceptanceForOneSlotHaveOneWinnerEachAndNo5xx()
            throws Exception {
        Diary diary = new Diary();
        Chain chain = diary.chain;
        int bookers = 20;
        int movers = 20;
        List<String> clients = IntStream.range(0, bookers)
                .mapToObj(i -> diary.client("booker-" + i + "-" + chain.tenant)).toList();
        // sessions of other clients with the same therapist, two hours apart, far ahead: each round moves them
        List<String> moving = IntStream.range(0, movers).mapToObj(i -> Diary.book(chain.receptionist,
                        diary.bookingOf(diary.client("mover-" + i + "-" + chain.tenant), null,
                                Diary.at(80 + i / 12, (i % 12) * 2)))
                .then().statusCode(201).extract().<String>path("id")).toList();
        try (Race race = new Race(bookers + movers)) {
            for (int round = 0; round < SessionBookingTest.ROUNDS; round++) {
                String slot = Diary.at(30 + round, 10);
                List<Callable<Response>> contenders = new ArrayList<>();
                boolean held = round % 2 == 1;
                if (held) {
                    contenders.add(waitlistAcceptance(diary, slot, round));
                }
                for (int i = 0; i < bookers; i++) {
                    Map<String, Object> booking = diary.bookingOf(clients.get(i), null, slot);
                    contenders.add(() -> Diary.book(chain.receptionist, booking));
                }
                for (int i = held ? 1 : 0; i < movers; i++) {
                    String id = moving.get(i);
                    String etag = diary.etag(id);
                    contenders.add(() -> Diary.act(chain.receptionist, id, "reschedule", etag,
                            Map.of("startsAt", slot)));
                }
                race.round(contenders, r -> r.statusCode() == 201 || r.statusCode() == 200,
                        r -> r.statusCode() == 201 || r.statusCode() == 200
                                || Race.refusedAsTaken(r, "therapistId", "roomId"));
                assertEquals(1, diary.sessionsBetween(slot, 60), "one session in the slot");
            }
            race.report("bookings, reschedules and waitlist race");
        }
    }

    /** Holds {@code slot} for a new waiting client (a session there is cancelled and offered); their acceptance. */
    private static Callable<Response> waitlistAcceptance(Diary diary, String slot, int round) {
        Chain chain = diary.chain;
        String cancelled = diary.booked(slot);
        String waiter = "waiter-" + round + "-" + chain.tenant;
        String waiterId = diary.client(waiter);
        LocalDate day = OffsetDateTime.parse(slot).atZoneSameInstant(ZoneId.of("Europe/London")).toLocalDate();
        String entryId = given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON)
                .body(Map.of("clientId", waiterId, "locationId", chain.locationId, "serviceId", chain.serviceId,
                        "from", day.toString(), "to", day.plusDays(1).toString()))
                .post("/api/v1/waitlist").then().statusCode(201).extract().path("id");
        diary.act(chain.receptionist, cancelled, "cancel", Map.of("reason", "CLIENT_REQUEST")).then().statusCode(200);
        String offerId = given().auth().oauth2(chain.receptionist).get("/api/v1/waitlist/" + entryId)
                .then().statusCode(200).body("status", equalTo("OFFERED")).extract().path("offer.id");
        String token = diary.clientToken(waiter);
        return () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .post("/api/v1/waitlist/" + entryId + "/offers/" + offerId + "/accept");
    }
}
