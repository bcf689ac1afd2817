package io.remedy.booking.therapist;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.booking.Chain.entry;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Therapists' weekly rosters and their leave through the API, with who may read and change them. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class RosterTest {

    private static String rosterPath(String therapistId) {
        return "/api/v1/therapists/" + therapistId + "/roster";
    }

    private static Response putRoster(String token, String therapistId, String ifMatch, List<Map<String, Object>> entries) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("entries", entries));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(rosterPath(therapistId));
    }

    private static String manager(Chain chain) {
        return chain.token("manager-" + chain.tenant, List.of(chain.locationCode), "branch-manager");
    }

    @Test
    void frontDeskAndTheTherapistReadTheRosterButNotOthers() {
        Chain chain = new Chain();
        String path = rosterPath(chain.therapistId);
        String ownTherapist = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");
        String otherTherapist = chain.token("therapist-other", List.of(chain.locationCode), "therapist");
        String client = chain.token(chain.clientUser, List.of(), "client");
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");

        String receptionistElsewhere = chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        for (String reader : List.of(chain.receptionist, receptionistElsewhere, ownTherapist, manager(chain), chain.admin)) {
            given().auth().oauth2(reader).get(path).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("therapistId", equalTo(chain.therapistId))
                    .body("entries.size()", equalTo(7))
                    .body("entries[0].start", equalTo("00:00")).body("entries[0].end", equalTo("24:00"));
        }
        given().auth().oauth2(otherTherapist).get(path).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(client).get(path).then().statusCode(403);
        given().auth().oauth2(otherChain).get(path).then().statusCode(404);
    }

    @Test
    void aManagerChangesTheRosterAtTheirLocationOnly() {
        Chain chain = new Chain();
        String elsewhere = chain.addLocation("elsewhere", "America/New_York");
        String path = rosterPath(chain.therapistId);
        List<Map<String, Object>> atElsewhere = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            atElsewhere.add(entry(elsewhere, day, "00:00", "24:00"));
        }
        List<Map<String, Object>> mine = new ArrayList<>(atElsewhere);
        mine.add(entry(chain.locationId, "TUESDAY", "09:00", "13:00"));
        mine.add(entry(chain.locationId, "TUESDAY", "14:00", "17:30"));

        putRoster(manager(chain), chain.therapistId, null, mine).then().statusCode(428);
        String etag = putRoster(manager(chain), chain.therapistId, chain.etag(path), mine)
                .then().statusCode(200)
                .body("entries.size()", equalTo(9))
                .extract().header("ETag");

        List<Map<String, Object>> touchingElsewhere = List.of(entry(chain.locationId, "TUESDAY", "09:00", "13:00"));
        putRoster(manager(chain), chain.therapistId, etag, touchingElsewhere)
                .then().statusCode(403).contentType("application/problem+json");
        for (String refused : List.of(chain.receptionist,
                chain.token("manager-other", List.of("elsewhere"), "branch-manager"),
                chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist"),
                chain.token(chain.clientUser, List.of(), "client"))) {
            putRoster(refused, chain.therapistId, etag, touchingElsewhere).then().statusCode(403);
        }
        putRoster(TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin"),
                chain.therapistId, "*", mine).then().statusCode(404);
        putRoster(chain.admin, chain.therapistId, etag, touchingElsewhere).then().statusCode(200)
                .body("entries.size()", equalTo(1));
        putRoster(chain.admin, chain.therapistId, etag, mine).then().statusCode(412);
    }

    @Test
    void entriesThatDoNotReadOverlapOrNameAStrangePlaceAre400NamingTheEntry() {
        Chain chain = new Chain();
        String etag = chain.etag(rosterPath(chain.therapistId));
        String loc = chain.locationId;

        putRoster(chain.admin, chain.therapistId, etag, List.of(entry(UUID.randomUUID().toString(), "MONDAY", "09:00", "17:00")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("entries[0].locationId"));
        putRoster(chain.admin, chain.therapistId, etag, List.of(entry(loc, "MONDAY", "09:00", "17:00"),
                        entry(loc, "MONDAY", "16:00", "18:00")))
                .then().statusCode(400).body("errors.field", hasItem("entries[1]"));
        putRoster(chain.admin, chain.therapistId, etag, List.of(entry(loc, "MONDAY", "17:00", "09:00")))
                .then().statusCode(400).body("errors.field", hasItem("entries[0].end"));
        putRoster(chain.admin, chain.therapistId, etag, List.of(entry(loc, "MONDAY", "9am", "17:00")))
                .then().statusCode(400).body("errors.field", hasItem("entries[0].start"));
        given().auth().oauth2(chain.admin).get(rosterPath(chain.therapistId))
                .then().statusCode(200).header("ETag", equalTo(etag)).body("entries.size()", equalTo(7));
    }

    @Test
    void managersRecordLeaveThatIsListedAPageAtATimeAndRemoved() {
        Chain chain = new Chain();
        String path = rosterPath(chain.therapistId) + "/exceptions";
        String manager = manager(chain);
        String annual = Chain.create(manager, path, Map.of("from", "2027-07-01T00:00:00+01:00",
                "to", "2027-07-15T00:00:00+01:00", "reason", "Annual leave"));
        String sick = Chain.create(chain.admin, path, Map.of("from", "2027-02-01T09:00:00Z",
                "to", "2027-02-01T17:00:00Z", "reason", "Sick", "locationId", chain.locationId));

        Response first = given().auth().oauth2(chain.receptionist).queryParam("limit", 1).get(path);
        first.then().statusCode(200)
                .body("items.id", equalTo(List.of(sick)))
                .body("items[0].locationId", equalTo(chain.locationId))
                .body("items[0].from", equalTo("2027-02-01T09:00:00Z"))
                .body("nextCursor", notNullValue());
        given().auth().oauth2(chain.token(chain.therapistUser, List.of(), "therapist"))
                .queryParam("cursor", first.path("nextCursor").toString()).get(path)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(annual)))
                .body("items[0].from", equalTo("2027-06-30T23:00:00Z"))
                .body("items[0].locationId", nullValue())
                .body("nextCursor", nullValue());
        given().auth().oauth2(chain.admin).queryParam("from", "2027-03-01T00:00:00Z").get(path)
                .then().statusCode(200).body("items.id", equalTo(List.of(annual)));

        given().auth().oauth2(chain.receptionist).delete(path + "/" + annual).then().statusCode(403);
        given().auth().oauth2(chain.token("manager-other", List.of("elsewhere"), "branch-manager"))
                .delete(path + "/" + annual).then().statusCode(403);
        given().auth().oauth2(manager).delete(path + "/" + annual).then().statusCode(204);
        given().auth().oauth2(manager).delete(path + "/" + annual).then().statusCode(404);
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200).body("items.id", equalTo(List.of(sick)));
    }

    @Test
    void leaveIsRecordedOnlyByAdminsAndManagersWhereTheTherapistWorks() {
        Chain chain = new Chain();
        String path = rosterPath(chain.therapistId) + "/exceptions";
        Map<String, Object> leave = Map.of("from", "2027-07-01T00:00:00Z", "to", "2027-07-02T00:00:00Z");
        Map<String, Object> leaveHere = Map.of("from", "2027-07-01T00:00:00Z", "to", "2027-07-02T00:00:00Z",
                "locationId", chain.locationId);
        String managerElsewhere = chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager");
        String therapist = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");
        String client = chain.token(chain.clientUser, List.of(), "client");
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");

        for (String refused : List.of(chain.receptionist, therapist, client, managerElsewhere)) {
            given().auth().oauth2(refused).contentType(ContentType.JSON).body(leave).post(path).then().statusCode(403);
        }
        given().auth().oauth2(managerElsewhere).contentType(ContentType.JSON).body(leaveHere).post(path)
                .then().statusCode(403);
        given().auth().oauth2(otherChain).contentType(ContentType.JSON).body(leave).post(path).then().statusCode(404);
        given().auth().oauth2(client).get(path).then().statusCode(403);
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2027-07-02T00:00:00Z", "to", "2027-07-01T00:00:00Z")).post(path)
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("from", "2027-07-01T00:00:00Z", "to", "2027-07-02T00:00:00Z",
                        "locationId", UUID.randomUUID().toString())).post(path)
                .then().statusCode(400).body("errors.field", hasItem("locationId"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("from", "next week", "to", "2027-07-02T00:00:00Z")).post(path)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
