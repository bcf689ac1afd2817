package io.remedy.booking.location;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.remedy.booking.Chain.interval;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Locations' opening hours and closures through the API, with who may read and change them. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class LocationScheduleTest {

    private static String hoursPath(String locationId) {
        return "/api/v1/locations/" + locationId + "/opening-hours";
    }

    private static Response putHours(String token, String locationId, String ifMatch, Object intervals) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("intervals", intervals));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(hoursPath(locationId));
    }

    private static String manager(Chain chain) {
        return chain.token("manager-" + chain.tenant, List.of(chain.locationCode), "branch-manager");
    }

    @Test
    void aNewLocationOpensWeekdaysAndSaturdaysUntilItsHoursAreChanged() {
        Chain chain = new Chain();
        String id = Chain.create(chain.admin, "/api/v1/locations", Map.of("code", "fresh", "name", "Fresh",
                "timeZone", "America/New_York"));

        given().auth().oauth2(chain.receptionist).get(hoursPath(id))
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("timeZone", equalTo("America/New_York"))
                .body("intervals.dayOfWeek", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                        "SATURDAY")))
                .body("intervals[0].start", equalTo("08:00")).body("intervals[0].end", equalTo("20:00"))
                .body("intervals[5].start", equalTo("09:00")).body("intervals[5].end", equalTo("17:00"));
    }

    @Test
    void managerReplacesTheWeekWithIfMatchAndSeveralIntervalsADay() {
        Chain chain = new Chain();
        String manager = manager(chain);
        List<Map<String, Object>> week = List.of(interval("MONDAY", "08:00", "12:00"),
                interval("MONDAY", "13:00", "18:30"), interval("SUNDAY", "10:00", "24:00"));

        putHours(manager, chain.locationId, null, week).then().statusCode(428)
                .contentType("application/problem+json");
        putHours(manager, chain.locationId, "\"999\"", week).then().statusCode(412)
                .contentType("application/problem+json");
        String before = chain.etag(hoursPath(chain.locationId));
        String after = putHours(manager, chain.locationId, before, week)
                .then().statusCode(200)
                .body("intervals.start", equalTo(List.of("08:00", "13:00", "10:00")))
                .extract().header("ETag");
        assertNotEquals(before, after);
        putHours(manager, chain.locationId, before, week).then().statusCode(412);

        given().auth().oauth2(TestTokens.issue("someone", chain.tenant, List.of(), "client")).get(hoursPath(chain.locationId))
                .then().statusCode(200)
                .header("ETag", equalTo(after))
                .body("intervals.end", equalTo(List.of("12:00", "18:30", "24:00")));
        given().auth().oauth2(chain.admin).get("/api/v1/locations/" + chain.locationId)
                .then().statusCode(200).header("ETag", equalTo(after));
    }

    @Test
    void hoursThatDoNotReadOrOverlapAre400NamingTheIntervalAndChangeNothing() {
        Chain chain = new Chain();
        String etag = chain.etag(hoursPath(chain.locationId));

        putHours(chain.admin, chain.locationId, etag, List.of(interval("MONDAY", "12:00", "09:00")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("intervals[0].end"));
        putHours(chain.admin, chain.locationId, etag, List.of(interval("MONDAY", "25:00", "26:00")))
                .then().statusCode(400).body("errors.field", hasItem("intervals[0].start"));
        putHours(chain.admin, chain.locationId, etag, List.of(interval("MONDAY", "09:00", "12:00"),
                        interval("MONDAY", "11:00", "14:00")))
                .then().statusCode(400).body("errors.field", hasItem("intervals[1]"));
        putHours(chain.admin, chain.locationId, etag, List.of(interval("FUNDAY", "09:00", "12:00")))
                .then().statusCode(400).contentType("application/problem+json");
        putHours(chain.admin, chain.locationId, etag, "every day")
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(chain.admin).get(hoursPath(chain.locationId))
                .then().statusCode(200).header("ETag", equalTo(etag)).body("intervals.size()", equalTo(7));
    }

    @Test
    void onlyAdminsAndTheLocationsManagersChangeHoursAndAnotherChainSeesNothing() {
        Chain chain = new Chain();
        String etag = chain.etag(hoursPath(chain.locationId));
        List<Map<String, Object>> week = List.of(interval("MONDAY", "09:00", "17:00"));
        String managerElsewhere = chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager");
        String receptionistElsewhere = chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        String therapist = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");
        String client = chain.token(chain.clientUser, List.of(), "client");
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");

        for (String refused : List.of(chain.receptionist, receptionistElsewhere, managerElsewhere, therapist, client)) {
            putHours(refused, chain.locationId, etag, week).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        putHours(otherChain, chain.locationId, "*", week).then().statusCode(404);
        given().auth().oauth2(otherChain).get(hoursPath(chain.locationId)).then().statusCode(404);
        given().auth().oauth2(chain.admin).get(hoursPath(chain.locationId))
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void managerRenamesTheLocationAndMovesItsZoneWithIfMatch() {
        Chain chain = new Chain();
        String path = "/api/v1/locations/" + chain.locationId;
        Map<String, Object> change = Map.of("name", "Norwich Riverside", "timeZone", "Europe/Dublin", "noticeHours", 12);

        given().auth().oauth2(manager(chain)).contentType(ContentType.JSON).body(change).put(path)
                .then().statusCode(428);
        given().auth().oauth2(manager(chain)).header("If-Match", chain.etag(path)).contentType(ContentType.JSON)
                .body(change).put(path)
                .then().statusCode(200).body("name", equalTo("Norwich Riverside"))
                .body("timeZone", equalTo("Europe/Dublin")).body("noticeHours", equalTo(12))
                .body("code", equalTo(chain.locationCode));
        for (String zone : List.of("Mars/Olympus", "+01:00")) {
            given().auth().oauth2(chain.admin).header("If-Match", chain.etag(path)).contentType(ContentType.JSON)
                    .body(Map.of("name", "X", "timeZone", zone, "noticeHours", 24)).put(path)
                    .then().statusCode(400).body("errors.field", hasItem("timeZone"));
        }
        for (String refused : List.of(chain.receptionist,
                chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager"),
                chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist"),
                chain.token(chain.clientUser, List.of(), "client"))) {
            given().auth().oauth2(refused).header("If-Match", "*").contentType(ContentType.JSON)
                    .body(change).put(path).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin"))
                .header("If-Match", "*").contentType(ContentType.JSON).body(change).put(path).then().statusCode(404);
        given().auth().oauth2(chain.admin).get(path).then().body("timeZone", equalTo("Europe/Dublin"));
    }

    @Test
    void closuresAreAddedListedAPageAtATimeAndRemoved() {
        Chain chain = new Chain();
        String path = "/api/v1/locations/" + chain.locationId + "/closures";
        String manager = manager(chain);
        String christmas = Chain.create(manager, path, Map.of("from", "2027-12-24", "to", "2027-12-26",
                "reason", "Christmas"));
        Chain.create(manager, path, Map.of("date", "2027-01-01", "reason", "New Year"));
        Chain.create(chain.admin, path, Map.of("date", "2027-08-30"));

        Response first = given().auth().oauth2(chain.receptionist).queryParam("limit", 2).get(path);
        first.then().statusCode(200)
                .body("items.from", equalTo(List.of("2027-01-01", "2027-08-30")))
                .body("items[0].to", equalTo("2027-01-01"))
                .body("nextCursor", notNullValue());
        given().auth().oauth2(chain.receptionist).queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString()).get(path)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(christmas)))
                .body("items[0].to", equalTo("2027-12-26"))
                .body("items[0].reason", equalTo("Christmas"))
                .body("nextCursor", nullValue());
        given().auth().oauth2(chain.receptionist).queryParam("from", "2027-06-01").queryParam("to", "2027-12-24")
                .get(path).then().statusCode(200).body("items.from", equalTo(List.of("2027-08-30", "2027-12-24")));

        given().auth().oauth2(manager).delete(path + "/" + christmas).then().statusCode(204);
        given().auth().oauth2(manager).delete(path + "/" + christmas).then().statusCode(404);
        given().auth().oauth2(chain.receptionist).get(path)
                .then().statusCode(200).body("items.id", not(hasItem(christmas))).body("items.size()", equalTo(2));
    }

    @Test
    void closuresRemovedAtTheSameTimeAreAllRemoved() throws Exception {
        Chain chain = new Chain();
        String path = "/api/v1/locations/" + chain.locationId + "/closures";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(Chain.create(chain.admin, path, Map.of("date", LocalDate.of(2028, 1, 3).plusDays(i).toString())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> removals = new ArrayList<>();
            for (String id : ids) {
                removals.add(pool.submit(() -> given().auth().oauth2(chain.admin).delete(path + "/" + id).statusCode()));
            }
            for (Future<Integer> removal : removals) {
                assertEquals(204, removal.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void closuresNeedADateOrARangeAndOnlyManagersAddThem() {
        Chain chain = new Chain();
        String path = "/api/v1/locations/" + chain.locationId + "/closures";
        Map<String, Map<String, Object>> refused = Map.of(
                "date", Map.of("date", "2027-01-01", "from", "2027-01-01"),
                "from", Map.of("reason", "no dates"),
                "to", Map.of("from", "2027-01-05", "to", "2027-01-01"));
        refused.forEach((field, body) -> given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(Map.of("date", "christmas"))
                .post(path).then().statusCode(400).contentType("application/problem+json");
        String kept = Chain.create(chain.admin, path, Map.of("date", "2027-05-03"));
        for (String notManager : List.of(chain.receptionist,
                chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager"),
                chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist"),
                chain.token(chain.clientUser, List.of(), "client"))) {
            given().auth().oauth2(notManager).contentType(ContentType.JSON).body(Map.of("date", "2027-01-01"))
                    .post(path).then().statusCode(403);
            given().auth().oauth2(notManager).delete(path + "/" + kept).then().statusCode(403);
        }
        given().auth().oauth2(chain.admin).queryParam("cursor", "not-a-cursor").get(path)
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(chain.admin).queryParam("limit", "0").get(path)
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().auth().oauth2(chain.admin).queryParam("from", "someday").get(path)
                .then().statusCode(400).body("errors.field", hasItem("from"));
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        given().auth().oauth2(otherChain).get(path).then().statusCode(404);
        given().auth().oauth2(otherChain).delete(path + "/" + kept).then().statusCode(404);
        given().auth().oauth2(otherChain).contentType(ContentType.JSON).body(Map.of("date", "2027-01-01"))
                .post(path).then().statusCode(404);
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(kept)));
    }
}
