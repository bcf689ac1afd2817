package io.remedy.booking.availability;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import io.remedy.platform.paging.Cursor;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.booking.Chain.entry;
import static io.remedy.booking.Chain.interval;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public availability through the API, on real data: two locations in different zones, bookings, paging, rules. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class AvailabilityTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** A day a month ahead: always in the future, far from today's bookings of other tests. */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(33);

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static Response search(String token, Map<String, ?> query) {
        return as(token).queryParams(query).get("/api/v1/availability");
    }

    private static OffsetDateTime local(LocalDate day, String time, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.parse(time), zone).toOffsetDateTime();
    }

    private static List<OffsetDateTime> starts(Response response) {
        return response.then().extract().<String>jsonPath().getList("items.startsAt", String.class).stream()
                .map(OffsetDateTime::parse).toList();
    }

    /** The chain with a second location in New York (one room), both open 09:00-11:00 that day, Ana rostered at both. */
    private static String twoLocations(Chain chain) {
        String jupiter = chain.addLocation("jupiter", "America/New_York");
        chain.addRoom(jupiter, "Room J");
        String day = DAY.getDayOfWeek().name();
        chain.openingHours(chain.locationId, List.of(interval(day, "09:00", "11:00")));
        chain.openingHours(jupiter, List.of(interval(day, "09:00", "11:00")));
        chain.roster(chain.therapistId, List.of(entry(chain.locationId, day, "09:00", "11:00"),
                entry(jupiter, day, "09:00", "11:00")));
        return jupiter;
    }

    @Test
    void findsSlotsAtTwoLocationsInTheirOwnZonesOrderedByStart() {
        Chain chain = new Chain();
        String jupiter = twoLocations(chain);
        String client = chain.token(chain.clientUser, List.of(), "client");

        Response found = search(client, Map.of("serviceId", chain.serviceId, "from", DAY.toString(), "to", DAY.toString()));
        found.then().statusCode(200)
                .body("nextCursor", nullValue())
                .body("items[0].locationId", equalTo(chain.locationId))
                .body("items[0].locationCode", equalTo(chain.locationCode))
                .body("items[0].therapistId", equalTo(chain.therapistId))
                .body("items[0].therapistName", equalTo("Ana Costa"))
                .body("items[0].roomId", equalTo(chain.roomA))
                .body("items[4].locationId", equalTo(jupiter))
                .body("items[4].locationCode", equalTo("jupiter"));
        // 60 min + 15 min buffer inside a 09:00-11:00 roster: 09:00 to 09:45, at each location on its own clock
        List<OffsetDateTime> expected = new ArrayList<>();
        for (ZoneId zone : List.of(LONDON, NEW_YORK)) {
            for (String time : List.of("09:00", "09:15", "09:30", "09:45")) {
                expected.add(local(DAY, time, zone));
            }
        }
        assertEquals(expected, starts(found), "with each location's own offset, in start order");
        assertEquals(local(DAY, "10:00", LONDON),
                OffsetDateTime.parse(found.then().extract().path("items[0].endsAt")));
    }

    @Test
    void aBookingTakesItsSlotsAndTheTherapistsTimeEverywhere() {
        Chain chain = new Chain();
        String jupiter = twoLocations(chain);
        Map<String, String> query = Map.of("serviceId", chain.serviceId, "from", DAY.toString(), "to", DAY.toString());

        as(chain.receptionist).contentType(ContentType.JSON)
                .body(chain.booking(local(DAY, "09:30", LONDON).toString(), null))
                .post("/api/v1/sessions").then().statusCode(201);

        Response after = search(chain.admin, query);
        after.then().statusCode(200).body("items.locationId", equalTo(List.of(jupiter, jupiter, jupiter, jupiter)));
        search(chain.admin, Map.of("serviceId", chain.serviceId, "from", DAY.toString(), "to", DAY.toString(),
                "locationId", chain.locationId)).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsOrGaps() {
        Chain chain = new Chain();
        twoLocations(chain);
        Map<String, String> query = Map.of("serviceId", chain.serviceId, "from", DAY.toString(), "to", DAY.toString());
        List<OffsetDateTime> all = starts(search(chain.receptionist, query));

        List<OffsetDateTime> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as(chain.receptionist).queryParams(query).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/availability");
            page.then().statusCode(200);
            paged.addAll(starts(page));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertEquals(8, all.size());
        assertEquals(all, paged);
        assertEquals(3, pages);
    }

    /** Every page of the search, {@code limit} at a time, following the cursor to the end. */
    private static List<Response> pages(String token, Map<String, ?> query, int limit) {
        List<Response> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/availability");
            page.then().statusCode(200);
            pages.add(page);
            cursor = page.path("nextCursor");
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    /** Each slot of a page as its start (an instant) and location id. */
    private static List<String> startAndLocation(Response page) {
        List<Map<String, Object>> items = page.then().extract().jsonPath().getList("items");
        return items.stream().map(item -> OffsetDateTime.parse((String) item.get("startsAt")).toInstant() + " "
                + item.get("locationId")).toList();
    }

    /** Opening hours (and the roster of the chain's therapist) 09:00-11:00 on the days DAY..DAY+days-1 only. */
    private static List<Map<String, Object>> ninesToElevens(int days) {
        List<Map<String, Object>> intervals = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            intervals.add(interval(DAY.plusDays(i).getDayOfWeek().name(), "09:00", "11:00"));
        }
        return intervals;
    }

    private static List<Map<String, Object>> rosteredNineToEleven(String location, int days) {
        return ninesToElevens(days).stream()
                .map(day -> entry(location, (String) day.get("dayOfWeek"), "09:00", "11:00")).toList();
    }

    @Test
    void aPageEndingMidRangeContinuesByCursorAcrossDaysWithoutGapOrRepeat() {
        Chain chain = new Chain();
        String jupiter = chain.addLocation("jupiter", "America/New_York");
        chain.addRoom(jupiter, "Room J");
        chain.openingHours(chain.locationId, ninesToElevens(3));
        chain.openingHours(jupiter, ninesToElevens(3));
        List<Map<String, Object>> roster = new ArrayList<>(rosteredNineToEleven(chain.locationId, 3));
        roster.addAll(rosteredNineToEleven(jupiter, 3));
        chain.roster(chain.therapistId, roster);
        Map<String, String> query = Map.of("serviceId", chain.serviceId, "from", DAY.toString(),
                "to", DAY.plusDays(2).toString());
        // each day: 09:00 to 09:45 in London, then the same on New York's clock (hours later)
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (ZoneId zone : List.of(LONDON, NEW_YORK)) {
                for (String time : List.of("09:00", "09:15", "09:30", "09:45")) {
                    expected.add(local(DAY.plusDays(i), time, zone).toInstant() + " " + (zone == LONDON
                            ? chain.locationId : jupiter));
                }
            }
        }

        // pages ending mid-day, at a location's last slot of a day, at the end of a day, and the whole range at once
        for (int limit : List.of(3, 4, 5, 8, 23, 24, 100)) {
            List<Response> pages = pages(chain.receptionist, query, limit);
            List<String> paged = new ArrayList<>();
            for (Response page : pages) {
                paged.addAll(startAndLocation(page));
            }
            assertEquals(expected, paged, "pages of " + limit + " give every slot once, in order");
            assertEquals((expected.size() + limit - 1) / limit, pages.size(), "pages of " + limit);
            assertTrue(pages.subList(0, pages.size() - 1).stream()
                    .allMatch(page -> page.<List<?>>path("items").size() == limit), "every page but the last is full");
        }
    }

    @Test
    void aPageAfterFullyBookedDaysIsStillFull() {
        Chain chain = new Chain();
        chain.openingHours(chain.locationId, ninesToElevens(4));
        chain.roster(chain.therapistId, rosteredNineToEleven(chain.locationId, 4));
        // a session at 09:00 (60 min and its 15-minute buffer) leaves no 75 minutes before 11:00 on its day
        for (int i = 0; i < 2; i++) {
            as(chain.receptionist).contentType(ContentType.JSON)
                    .body(chain.booking(local(DAY.plusDays(i), "09:00", LONDON).toString(), null))
                    .post("/api/v1/sessions").then().statusCode(201);
        }
        Map<String, Object> query = Map.of("serviceId", chain.serviceId, "from", DAY.toString(),
                "to", DAY.plusDays(3).toString(), "limit", 5);

        Response first = search(chain.admin, query);
        first.then().statusCode(200).body("nextCursor", notNullValue());
        List<OffsetDateTime> expected = new ArrayList<>();
        for (String time : List.of("09:00", "09:15", "09:30", "09:45")) {
            expected.add(local(DAY.plusDays(2), time, LONDON));
        }
        expected.add(local(DAY.plusDays(3), "09:00", LONDON));
        assertEquals(expected, starts(first), "two booked days, then a full page from the third and fourth");

        Map<String, Object> next = new HashMap<>(query);
        next.put("cursor", first.path("nextCursor"));
        Response second = search(chain.admin, next);
        second.then().statusCode(200).body("nextCursor", nullValue());
        assertEquals(List.of(local(DAY.plusDays(3), "09:15", LONDON), local(DAY.plusDays(3), "09:30", LONDON),
                local(DAY.plusDays(3), "09:45", LONDON)), starts(second));
    }

    @Test
    void limitsHoldOverAWeekAndBadLimitsOrCursorsAre400() {
        Chain chain = new Chain();
        Map<String, Object> week = Map.of("serviceId", chain.serviceId, "from", DAY.toString(),
                "to", DAY.plusDays(6).toString());
        // open and rostered round the clock: every start time of the week (96 a day, but on a change of the clocks)
        List<Instant> every = SlotFinder.startTimes(DAY, DAY.plusDays(6), LONDON, Duration.ofMinutes(15));
        search(chain.admin, week).then().statusCode(200).body("items.size()", equalTo(50))
                .body("nextCursor", notNullValue());
        Map<String, Object> most = new HashMap<>(week);
        most.put("limit", 500);
        Response first = search(chain.admin, most);
        first.then().statusCode(200).body("items.size()", equalTo(500)).body("nextCursor", notNullValue());
        most.put("cursor", first.path("nextCursor"));
        Response rest = search(chain.admin, most);
        rest.then().statusCode(200).body("items.size()", equalTo(every.size() - 500)).body("nextCursor", nullValue());
        List<Instant> paged = new ArrayList<>();
        for (Response page : List.of(first, rest)) {
            starts(page).forEach(start -> paged.add(start.toInstant()));
        }
        assertEquals(every, paged, "the week's first 500 slots, then the rest from the next one on");

        for (Object limit : List.of(0, -1, 501, "ten")) {
            Map<String, Object> bad = new HashMap<>(week);
            bad.put("limit", limit);
            search(chain.admin, bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
        }
        // another list's cursor, and one of the right shape whose start is no instant
        for (String cursor : List.of(Cursor.after(Instant.now(), UUID.randomUUID()),
                Cursor.of("next tuesday", chain.locationCode, chain.therapistId))) {
            Map<String, Object> bad = new HashMap<>(week);
            bad.put("cursor", cursor);
            search(chain.admin, bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("cursor"));
        }
    }

    @Test
    void narrowsToOneTherapistAndLeavesOutThoseWhoDoNotOfferTheService() {
        Chain chain = new Chain();
        String ben = chain.addTherapist("Ben Okafor");
        String day = DAY.toString();
        String dow = DAY.getDayOfWeek().name();
        chain.openingHours(chain.locationId, List.of(interval(dow, "09:00", "10:30")));

        search(chain.admin, Map.of("serviceId", chain.serviceId, "from", day, "to", day))
                .then().statusCode(200).body("items.therapistName", equalTo(namesInIdOrder(chain, ben, 3)));
        search(chain.admin, Map.of("serviceId", chain.serviceId, "from", day, "to", day, "therapistId", ben))
                .then().statusCode(200).body("items.therapistId", equalTo(List.of(ben, ben, ben)));

        String onlyAna = Chain.create(chain.admin, "/api/v1/services", Map.of("name", "Hot stones 30 min",
                "durationMinutes", 30, "priceCents", 5000, "currency", "GBP", "therapistIds", List.of(chain.therapistId)));
        search(chain.admin, Map.of("serviceId", onlyAna, "from", day, "to", day, "therapistId", ben))
                .then().statusCode(200).body("items.size()", equalTo(0));
        search(chain.admin, Map.of("serviceId", onlyAna, "from", day, "to", day))
                .then().statusCode(200).body("items.therapistId", hasItem(chain.therapistId))
                .body("items.findAll { it.therapistId == '" + ben + "' }.size()", equalTo(0));
    }

    /** Ana's and Ben's names at each start (09:00, 09:15, …), ordered by therapist id within a start. */
    private static List<String> namesInIdOrder(Chain chain, String ben, int starts) {
        List<String> names = new ArrayList<>();
        boolean anaFirst = chain.therapistId.compareTo(ben) < 0;
        for (int i = 0; i < starts; i++) {
            names.add(anaFirst ? "Ana Costa" : "Ben Okafor");
            names.add(anaFirst ? "Ben Okafor" : "Ana Costa");
        }
        return names;
    }

    @Test
    void aSpringForwardDayHasNoSlotInTheSkippedHour() {
        Chain chain = new Chain();
        ZoneOffsetTransition change = LONDON.getRules().nextTransition(Instant.now());
        while (!change.isGap()) {
            change = LONDON.getRules().nextTransition(change.getInstant());
        }
        LocalDate day = change.getDateTimeBefore().toLocalDate();
        Response found = search(chain.admin, Map.of("serviceId", chain.serviceId, "from", day.toString(),
                "to", day.toString(), "limit", 200));

        List<OffsetDateTime> starts = starts(found);
        assertEquals(92, starts.size(), "a 23-hour day, open round the clock");
        assertTrue(starts.contains(OffsetDateTime.parse(day + "T00:45:00Z")));
        assertTrue(starts.contains(OffsetDateTime.parse(day + "T02:00:00+01:00")));
        assertFalse(starts.stream().anyMatch(t -> t.getHour() == 1), "01:00-01:59 does not exist that day");
    }

    @Test
    void anyoneOfTheChainMaySearchButAnotherChainFindsNothingOfIt() {
        Chain chain = new Chain();
        String day = DAY.toString();
        Map<String, String> query = Map.of("serviceId", chain.serviceId, "from", day, "to", day);
        for (String token : List.of(chain.receptionist, chain.token(chain.clientUser, List.of(), "client"),
                chain.token(chain.therapistUser, List.of(), "therapist"),
                chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager"))) {
            search(token, query).then().statusCode(200).body("items.size()", equalTo(50)).body("nextCursor", notNullValue());
        }
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        search(otherChain, query).then().statusCode(404).contentType("application/problem+json");
        search(chain.admin, Map.of("serviceId", chain.serviceId, "from", day, "to", day,
                "locationId", UUID.randomUUID().toString())).then().statusCode(404);
        search(chain.admin, Map.of("serviceId", chain.serviceId, "from", day, "to", day,
                "therapistId", UUID.randomUUID().toString())).then().statusCode(404);
        given().queryParams(query).get("/api/v1/availability").then().statusCode(401);
    }

    @Test
    void badQuestionsAre400NamingTheParameter() {
        Chain chain = new Chain();
        String day = DAY.toString();
        Map<String, Map<String, ?>> refused = Map.of(
                "serviceId", Map.of("from", day, "to", day),
                "from", Map.of("serviceId", chain.serviceId, "from", "next tuesday", "to", day),
                "to", Map.of("serviceId", chain.serviceId, "from", day, "to", DAY.minusDays(1).toString()),
                "limit", Map.of("serviceId", chain.serviceId, "from", day, "to", day, "limit", 501),
                "cursor", Map.of("serviceId", chain.serviceId, "from", day, "to", day, "cursor", "nonsense"),
                "locationId", Map.of("serviceId", chain.serviceId, "from", day, "to", day, "locationId", "norwich"));
        refused.forEach((field, query) -> search(chain.admin, query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        search(chain.admin, Map.of("serviceId", chain.serviceId, "from", day, "to", DAY.plusDays(31).toString()))
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }
}
