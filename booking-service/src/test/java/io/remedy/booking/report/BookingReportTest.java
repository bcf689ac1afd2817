package io.remedy.booking.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.booking.Chain.entry;
import static io.remedy.booking.Chain.interval;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The booking report's figures on data the test creates, and who may read which rows. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingReportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A day in the past: its sessions were completed, missed or called off (recorded as the chain's history). */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(40);
    private static final String PATH = "/api/v1/reports/booking";

    private static String at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), LONDON).toOffsetDateTime().toString();
    }

    /** Books a session to come as the front desk; records one that has started as the chain's admin. */
    private static String book(Chain chain, String clientId, String startsAt) {
        Map<String, Object> booking = chain.booking(startsAt, null);
        booking.put("clientId", clientId);
        boolean started = !OffsetDateTime.parse(startsAt).toInstant().isAfter(Instant.now());
        return given().auth().oauth2(started ? chain.admin : chain.receptionist).contentType(ContentType.JSON)
                .body(booking).post(started ? "/api/v1/sessions/past" : "/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }

    private static void act(Chain chain, String sessionId, String action, Map<String, ?> body) {
        String etag = given().auth().oauth2(chain.admin).get("/api/v1/sessions/" + sessionId)
                .then().statusCode(200).extract().header("ETag");
        var request = given().auth().oauth2(chain.receptionist).header("If-Match", etag).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        request.post("/api/v1/sessions/" + sessionId + "/" + action).then().statusCode(200);
    }

    private static String client(Chain chain, String name) {
        return Chain.create(chain.receptionist, "/api/v1/clients", Map.of("givenName", name, "familyName", "Reported"));
    }

    private static Response report(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get(PATH);
    }

    private static List<Map<String, Object>> everyDay(String start, String end) {
        List<Map<String, Object>> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(interval(day.name(), start, end));
        }
        return week;
    }

    @Test
    void countsSessionsUtilisationClientsAndRevenueOfALocationsDay() {
        Chain chain = new Chain();
        chain.openingHours(chain.locationId, everyDay("09:00", "17:00"));
        List<Map<String, Object>> roster = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            roster.add(entry(chain.locationId, day.name(), "09:00", "17:00"));
        }
        chain.roster(chain.therapistId, roster);
        String kim = client(chain, "Kim");
        String lee = client(chain, "Lee");
        // Sam came the day before: returning; Kim and Lee come for the first time (Kim's earlier booking is cancelled)
        book(chain, chain.clientId, at(DAY.minusDays(1), "10:00"));
        String samToday = book(chain, chain.clientId, at(DAY, "09:00"));
        String kimCancelled = book(chain, kim, at(DAY, "11:00"));
        String leeNoShow = book(chain, lee, at(DAY, "13:00"));
        book(chain, kim, at(DAY, "15:00"));
        act(chain, samToday, "complete", null);
        act(chain, kimCancelled, "cancel", Map.of("reason", "CLIENT_REQUEST"));
        act(chain, leeNoShow, "no-show", null);

        report(chain.admin, Map.of("from", DAY.toString(), "to", DAY.toString(), "locationId", chain.locationId))
                .then().statusCode(200)
                .body("from", equalTo(DAY.toString())).body("to", equalTo(DAY.toString()))
                .body("locations.size()", equalTo(1))
                .body("locations[0].locationId", equalTo(chain.locationId))
                .body("locations[0].locationCode", equalTo(chain.locationCode))
                .body("locations[0].timeZone", equalTo("Europe/London"))
                .body("locations[0].sessionsBooked", equalTo(4))
                .body("locations[0].sessionsCompleted", equalTo(1))
                .body("locations[0].sessionsCancelled", equalTo(1))
                // called off after its start: late
                .body("locations[0].lateCancellations", equalTo(1))
                .body("locations[0].noShows", equalTo(1))
                // live sessions: the completed 09:00 and the booked 15:00, 60 minutes each; 8 rostered hours, 2 rooms
                .body("locations[0].therapistUtilisation", equalTo(0.25f))
                .body("locations[0].roomUtilisation", equalTo(0.125f))
                .body("locations[0].newClients", equalTo(2))
                .body("locations[0].returningClients", equalTo(1))
                .body("locations[0].revenueCents", equalTo(7500))
                .body("locations[0].currency", equalTo("GBP"));
    }

    @Test
    void aCancellationInsideTheNoticeWindowCountsAsLateAndQuietLocationsHaveZeros() {
        Chain chain = new Chain();
        String quiet = chain.addLocation("quiet", "America/New_York");
        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        String late = book(chain, chain.clientId, soon.toString());
        act(chain, late, "cancel", Map.of("reason", "ILLNESS"));
        LocalDate day = soon.atZone(LONDON).toLocalDate();

        Response all = report(chain.admin, Map.of("from", day.toString(), "to", day.toString()));
        all.then().statusCode(200)
                .body("locations.locationCode", equalTo(List.of(chain.locationCode, "quiet")))
                .body("locations[0].sessionsBooked", equalTo(1))
                .body("locations[0].sessionsCancelled", equalTo(1))
                .body("locations[0].lateCancellations", equalTo(1))
                .body("locations[0].newClients", equalTo(0))
                .body("locations[0].revenueCents", equalTo(0))
                .body("locations[1].locationId", equalTo(quiet))
                .body("locations[1].sessionsBooked", equalTo(0))
                .body("locations[1].therapistUtilisation", equalTo(0.0f))
                .body("locations[1].roomUtilisation", nullValue());
    }

    @Test
    void managersReadTheirLocationsOnlyAndOthersNothing() {
        Chain chain = new Chain();
        String elsewhere = chain.addLocation("elsewhere", "Europe/London");
        String manager = chain.token("manager-" + chain.tenant, List.of(chain.locationCode), "branch-manager");
        Map<String, String> range = Map.of("from", DAY.toString(), "to", DAY.plusDays(6).toString());

        report(manager, range).then().statusCode(200).body("locations.locationId", equalTo(List.of(chain.locationId)));
        report(manager, Map.of("from", DAY.toString(), "to", DAY.toString(), "locationId", elsewhere))
                .then().statusCode(403).contentType("application/problem+json");
        report(chain.admin, range).then().statusCode(200)
                .body("locations.locationId", equalTo(List.of("elsewhere".compareTo(chain.locationCode) < 0
                        ? elsewhere : chain.locationId, "elsewhere".compareTo(chain.locationCode) < 0
                        ? chain.locationId : elsewhere)));
        for (String refused : List.of(chain.receptionist, chain.token(chain.therapistUser, List.of("*"), "therapist"),
                chain.token(chain.clientUser, List.of(), "client"))) {
            report(refused, range).then().statusCode(403);
        }
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        report(otherChain, Map.of("from", DAY.toString(), "to", DAY.toString(), "locationId", chain.locationId))
                .then().statusCode(404);
        report(otherChain, range).then().statusCode(200).body("locations.size()", equalTo(0));
    }

    @Test
    void badDatesAre400NamingTheField() {
        Chain chain = new Chain();
        Map<String, Map<String, ?>> refused = Map.of(
                "from", Map.of("to", DAY.toString()),
                "to", Map.of("from", DAY.toString(), "to", "2026-13-01"));
        refused.forEach((field, query) -> report(chain.admin, query).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        report(chain.admin, Map.of("from", DAY.toString(), "to", DAY.minusDays(1).toString()))
                .then().statusCode(400).body("errors.field", hasItem("to"));
        report(chain.admin, Map.of("from", DAY.toString(), "to", DAY.plusDays(366).toString()))
                .then().statusCode(400).body("errors.field", hasItem("to"));
        report(chain.admin, Map.of("from", DAY.toString(), "to", DAY.toString(), "locationId", "norwich"))
                .then().statusCode(400).body("errors.field", hasItem("locationId"));
    }
}
