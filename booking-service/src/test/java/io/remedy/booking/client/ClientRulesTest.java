package io.remedy.booking.client;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Who may change a client, who may link a client record to a login, and what each role sees of clients and
 * therapists. A chain with two branches: the fixture's own (its receptionist's) and {@code other}.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class ClientRulesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    /** The fixture's chain plus a second branch with a room. */
    private static final class TwoBranches {
        final Chain chain = new Chain();
        final String otherCode = "other" + Math.abs(chain.tenant.hashCode() % 1000);
        final String other = chain.addLocation(otherCode, "Europe/London");
        final String otherRoom = chain.addRoom(other, "Other room");
        final String otherReceptionist = chain.token("reception-other-" + chain.tenant, List.of(otherCode),
                "receptionist");

        /** A client registered at {@code location} (their home branch), without a login. */
        String clientAt(String location, String familyName) {
            return Chain.create(chain.admin, "/api/v1/clients", Map.of("givenName", "Jo", "familyName", familyName,
                    "email", "jo." + familyName.toLowerCase() + "@mail.test", "phone", "+447700933333",
                    "preferredLocationId", location));
        }

        /** Books the client with the fixture's therapist at {@code location} in a month, as the chain admin. */
        void bookAt(String location, String room, String clientId) {
            Map<String, Object> booking = chain.booking(OffsetDateTime.now(ZoneOffset.UTC).plusDays(30)
                    .truncatedTo(ChronoUnit.DAYS).withHour(11).toString(), room);
            booking.put("locationId", location);
            booking.put("clientId", clientId);
            given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(booking).post("/api/v1/sessions")
                    .then().statusCode(201);
        }
    }

    private static Response patch(String token, String clientId, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/clients/" + clientId);
    }

    private static Response put(String token, String clientId, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .put("/api/v1/clients/" + clientId);
    }

    @Test
    void frontDeskOfAnotherBranchMayNotChangeAClientRegisteredAndBookedElsewhereByPatchNorPut() {
        TwoBranches branches = new TwoBranches();
        Chain chain = branches.chain;
        String client = branches.clientAt(branches.other, "Elsewhere");
        String etag = chain.etag("/api/v1/clients/" + client);
        String manager = chain.token("manager-" + chain.tenant, List.of(chain.locationCode), "branch-manager");

        for (String token : List.of(chain.receptionist, manager)) {
            patch(token, client, etag, "{\"phone\":\"+447700900000\"}").then().statusCode(403)
                    .contentType("application/problem+json");
            put(token, client, etag, Map.of("givenName", "Jo", "familyName", "Replaced", "preferredLanguage", "en"))
                    .then().statusCode(403);
        }
        given().auth().oauth2(chain.admin).get("/api/v1/clients/" + client).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("familyName", equalTo("Elsewhere"))
                .body("phone", equalTo("+447700933333"));

        patch(branches.otherReceptionist, client, etag, "{\"phone\":\"+447700900001\"}").then().statusCode(200)
                .body("phone", equalTo("+447700900001"));
        patch(chain.admin, client, chain.etag("/api/v1/clients/" + client), "{\"phone\":\"+447700900002\"}")
                .then().statusCode(200);
    }

    @Test
    void aClientBookedAtTheirBranchMayBeChangedByThatFrontDesk() {
        TwoBranches branches = new TwoBranches();
        Chain chain = branches.chain;
        String client = branches.clientAt(branches.other, "Visiting");
        branches.bookAt(chain.locationId, chain.roomA, client);
        patch(chain.receptionist, client, chain.etag("/api/v1/clients/" + client), "{\"familyName\":\"Visitor\"}")
                .then().statusCode(200).body("familyName", equalTo("Visitor"));
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndNullRemovesAnOptionalField() {
        Chain chain = new Chain();
        String path = "/api/v1/clients/" + chain.clientId;
        String etag = chain.etag(path);

        patch(chain.receptionist, chain.clientId, null, "{\"phone\":\"+447700900777\"}").then().statusCode(428);
        patch(chain.receptionist, chain.clientId, "\"99\"", "{\"phone\":\"+447700900777\"}").then().statusCode(412);
        String next = patch(chain.receptionist, chain.clientId, etag, "{\"phone\":\"+447700900777\"}")
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("phone", equalTo("+447700900777"))
                .body("givenName", equalTo("Sam")).body("familyName", equalTo("Patel"))
                .body("email", equalTo("sam@" + chain.tenant + ".test"))
                .body("userId", equalTo(chain.clientUser))
                .extract().header("ETag");
        patch(chain.receptionist, chain.clientId, next, "{\"email\":null}").then().statusCode(200)
                .body("email", nullValue()).body("phone", equalTo("+447700900777"));

        // bad patches are 400 naming the field, and change nothing
        String current = chain.etag(path);
        patch(chain.receptionist, chain.clientId, current, "{\"givenName\":null}").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("givenName"));
        patch(chain.receptionist, chain.clientId, current, "{\"email\":\"not an address\"}").then().statusCode(400)
                .body("errors.field", hasItem("email"));
        patch(chain.receptionist, chain.clientId, current, "{\"userId\":\"someone-else\"}").then().statusCode(400)
                .body("errors.field", hasItem("userId"));
        patch(chain.receptionist, chain.clientId, current, "{\"dateOfBirth\":\"yesterday\"}").then().statusCode(400);
        patch(chain.receptionist, chain.clientId, current, "[1]").then().statusCode(400);
        given().auth().oauth2(chain.admin).get(path).then().header("ETag", equalTo(current))
                .body("givenName", equalTo("Sam")).body("userId", equalTo(chain.clientUser));
    }

    @Test
    void aClientPatchesTheirOwnRecordOnly() {
        Chain chain = new Chain();
        String me = chain.token(chain.clientUser, List.of(), "client");
        patch(me, chain.clientId, chain.etag("/api/v1/clients/" + chain.clientId), "{\"preferredLanguage\":\"es\"}")
                .then().statusCode(200).body("preferredLanguage", equalTo("es"));
        String stranger = Chain.create(chain.admin, "/api/v1/clients", Map.of("givenName", "Other", "familyName", "One"));
        patch(me, stranger, chain.etag("/api/v1/clients/" + stranger), "{\"familyName\":\"Mine\"}").then().statusCode(404);
    }

    @Test
    void onlyAChainAdminLinksARecordToALoginAndTheFrontDeskIsRefusedNamingUserId() {
        Chain chain = new Chain();
        String manager = chain.token("manager-" + chain.tenant, List.of(chain.locationCode), "branch-manager");
        String login = "login-" + UUID.randomUUID();
        for (String token : List.of(chain.receptionist, manager)) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("givenName", "Linked", "familyName", "ByDesk", "userId", login))
                    .post("/api/v1/clients").then().statusCode(403).contentType("application/problem+json")
                    .body("errors.field", hasItem("userId"));
        }
        given().auth().oauth2(chain.admin).queryParam("q", "bydesk").get("/api/v1/clients").then()
                .body("items.size()", equalTo(0));
        // the front desk registers without a login as before
        Chain.create(chain.receptionist, "/api/v1/clients", Map.of("givenName", "Plain", "familyName", "Desk"));
        // an admin may not link a therapist's login
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Not", "familyName", "Client", "userId", chain.therapistUser))
                .post("/api/v1/clients").then().statusCode(422).body("errors.field", hasItem("userId"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Twice", "familyName", "Linked", "userId", chain.clientUser))
                .post("/api/v1/clients").then().statusCode(409).body("errors.field", hasItem("userId"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("givenName", "Linked", "familyName", "ByAdmin", "userId", login))
                .post("/api/v1/clients").then().statusCode(201).body("userId", equalTo(login));
    }

    @Test
    void aClientSignsUpLinkingTheirOwnLogin() {
        Chain chain = new Chain();
        String login = "signup-" + UUID.randomUUID();
        String token = chain.token(login, List.of(), "client");
        Map<String, Object> me = new HashMap<>(Map.of("givenName", "New", "familyName", "Signup",
                "email", login + "@mail.test", "preferredLocationId", chain.locationId));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("givenName", "New", "familyName",
                "Signup", "userId", "somebody-else")).post("/api/v1/clients/me")
                .then().statusCode(422).body("errors.field", hasItem("userId"));
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(me).post("/api/v1/clients/me")
                .then().statusCode(201).body("userId", equalTo(login)).extract().path("id");
        given().auth().oauth2(token).get("/api/v1/clients/me").then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(me).post("/api/v1/clients/me")
                .then().statusCode(409).body("errors.field", hasItem("userId"));
        given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON).body(me).post("/api/v1/clients/me")
                .then().statusCode(403);
    }

    @Test
    void aClientSeesTherapistsNamesButNotTheirEmailOrLogin() {
        Chain chain = new Chain();
        String client = chain.token(chain.clientUser, List.of(), "client");
        given().auth().oauth2(client).get("/api/v1/therapists").then().statusCode(200)
                .body("items.displayName", hasItem("Ana Costa"))
                .body("items", everyItem(not(hasKey("email"))))
                .body("items", everyItem(not(hasKey("userId"))));
        given().auth().oauth2(client).get("/api/v1/therapists/" + chain.therapistId).then().statusCode(200)
                .body("$", not(hasKey("email"))).body("$", not(hasKey("userId")));
        given().auth().oauth2(chain.receptionist).get("/api/v1/therapists/" + chain.therapistId).then()
                .body("email", equalTo("ana@" + chain.tenant + ".test")).body("userId", equalTo(chain.therapistUser));
    }

    @Test
    void aTherapistSeesTheClientsTheyTreatOrOfTheirBranchesOnly() {
        TwoBranches branches = new TwoBranches();
        Chain chain = branches.chain;
        String here = branches.clientAt(chain.locationId, "Local");
        String elsewhere = branches.clientAt(branches.other, "Stranger");
        String treated = branches.clientAt(branches.other, "Treated");
        branches.bookAt(branches.other, branches.otherRoom, treated);
        String therapist = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");

        given().auth().oauth2(therapist).get("/api/v1/clients/" + here).then().statusCode(200);
        given().auth().oauth2(therapist).get("/api/v1/clients/" + treated).then().statusCode(200);
        given().auth().oauth2(therapist).get("/api/v1/clients/" + elsewhere).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(therapist).queryParam("q", "jo").get("/api/v1/clients").then().statusCode(200)
                .body("items.familyName", equalTo(List.of("Local", "Treated")));
        // another therapist of the other branch, who treats nobody, sees its registered clients only
        String colleague = chain.token("colleague-" + chain.tenant, List.of(branches.otherCode), "therapist");
        given().auth().oauth2(colleague).queryParam("q", "jo").get("/api/v1/clients").then().statusCode(200)
                .body("items.familyName", equalTo(List.of("Stranger", "Treated")));
        // the front desk still reads every client of the chain
        given().auth().oauth2(chain.receptionist).get("/api/v1/clients/" + elsewhere).then().statusCode(200);
    }
}
