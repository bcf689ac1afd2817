package io.remedy.booking.client;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Updating, finding and erasing clients, and the events those changes publish. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class ClientProfileTest {

    private static Map<String, Object> details(String givenName, String familyName, String email) {
        Map<String, Object> body = new HashMap<>(Map.of("givenName", givenName, "familyName", familyName,
                "preferredLanguage", "en-GB"));
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    private static Response put(String token, String clientId, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/clients/" + clientId);
    }

    /**
     * The client's events of one type, once {@code expected} arrived (or 30 s passed), plus any that follow them
     * closely (a duplicate).
     */
    private static List<ConsumerRecord<String, String>> events(String clientId, String type, int expected) {
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                found = events.read(Topics.CLIENTS, r -> clientId.equals(r.key())
                        && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(5));
            }
            return found;
        }
    }

    @Test
    void frontDeskUpdatesAClientWithIfMatchAndClientUpdatedCarriesTheNewDetails() {
        Chain chain = new Chain();
        String path = "/api/v1/clients/" + chain.clientId;
        Map<String, Object> moved = details("Samira", "Patel-Jones", "samira@" + chain.tenant + ".test");
        moved.put("phone", "+447700900456");
        moved.put("preferredLocationId", chain.locationId);

        put(chain.receptionist, chain.clientId, null, moved).then().statusCode(428);
        String etag = chain.etag(path);
        String after = put(chain.receptionist, chain.clientId, etag, moved)
                .then().statusCode(200)
                .body("givenName", equalTo("Samira")).body("phone", equalTo("+447700900456"))
                .body("preferredLocationId", equalTo(chain.locationId))
                .extract().header("ETag");
        put(chain.receptionist, chain.clientId, etag, moved).then().statusCode(412);
        given().auth().oauth2(chain.admin).get(path).then().header("ETag", equalTo(after))
                .body("familyName", equalTo("Patel-Jones"));

        List<ConsumerRecord<String, String>> updated = events(chain.clientId, EventCatalogue.CLIENT_UPDATED.type(), 1);
        assertEquals(1, updated.size(), "one client.updated per change");
        EventSchemas.assertValid(EventCatalogue.CLIENT_UPDATED, updated.get(0).value());
        JsonPath data = new JsonPath(updated.get(0).value());
        assertEquals("Samira", data.getString("givenName"));
        assertEquals("+447700900456", data.getString("phone"));
        assertEquals("reception-" + chain.tenant, data.getString("updatedBy"));
        assertEquals(chain.tenant, TestEvents.header(updated.get(0), CloudEventHeaders.TENANT));
    }

    @Test
    void aClientUpdatesTheirOwnRecordOnlyAndBadDetailsAre400() {
        Chain chain = new Chain();
        String path = "/api/v1/clients/" + chain.clientId;
        String self = chain.token(chain.clientUser, List.of(), "client");
        String someoneElse = chain.token("client-other", List.of(), "client");
        // a therapist of every location sees every client, and still changes none
        String therapist = chain.token(chain.therapistUser, List.of("*"), "therapist");
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        Map<String, Object> mine = details("Sam", "Patel", null);

        String etag = chain.etag(path);
        put(someoneElse, chain.clientId, etag, mine).then().statusCode(404);
        put(otherChain, chain.clientId, etag, mine).then().statusCode(404);
        put(therapist, chain.clientId, etag, mine).then().statusCode(403);
        Map<String, Object> badPhone = details("Sam", "Patel", null);
        badPhone.put("phone", "07700 900123");
        put(self, chain.clientId, etag, badPhone).then().statusCode(400).body("errors.field", hasItem("phone"));
        Map<String, Object> strangePlace = details("Sam", "Patel", null);
        strangePlace.put("preferredLocationId", UUID.randomUUID().toString());
        put(self, chain.clientId, etag, strangePlace).then().statusCode(400)
                .body("errors.field", hasItem("preferredLocationId"));
        put(self, chain.clientId, etag, Map.of("givenName", "Sam")).then().statusCode(400)
                .body("errors.field", hasItem("familyName"));

        put(self, chain.clientId, etag, mine).then().statusCode(200).body("email", nullValue());
        given().auth().oauth2(self).get("/api/v1/clients/me").then().statusCode(200).body("email", nullValue());
        // a client registered at no location and booked nowhere yet is nobody's: the front desk of any branch serves them
        String receptionistElsewhere = chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        put(receptionistElsewhere, chain.clientId, chain.etag(path), details("Sam", "Patel", "sam@new.test"))
                .then().statusCode(200).body("email", equalTo("sam@new.test"));
    }

    @Test
    void staffFindClientsByNameEmailOrPhoneAPageAtATime() {
        Chain chain = new Chain();
        for (String[] person : new String[][] {{"Amy", "Okafor", "amy.ok@mail.test", "+447700911111"},
                {"Bea", "Okafor", "bea@mail.test", "+447700922222"}, {"Cal", "Okafor-Smith", "cal@work.test", "+12125550100"}}) {
            Chain.create(chain.receptionist, "/api/v1/clients", Map.of("givenName", person[0], "familyName", person[1],
                    "email", person[2], "phone", person[3]));
        }

        Response first = given().auth().oauth2(chain.receptionist).queryParam("q", "okaf").queryParam("limit", 2)
                .get("/api/v1/clients");
        first.then().statusCode(200)
                .body("items.givenName", equalTo(List.of("Amy", "Bea")))
                .body("nextCursor", notNullValue());
        given().auth().oauth2(chain.receptionist).queryParam("q", "okaf").queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString()).get("/api/v1/clients")
                .then().statusCode(200)
                .body("items.givenName", equalTo(List.of("Cal")))
                .body("nextCursor", nullValue());

        given().auth().oauth2(chain.admin).queryParam("q", "WORK.test").get("/api/v1/clients")
                .then().statusCode(200).body("items.givenName", equalTo(List.of("Cal")));
        given().auth().oauth2(chain.admin).queryParam("q", "+44 7700 922").get("/api/v1/clients")
                .then().statusCode(200).body("items.givenName", equalTo(List.of("Bea")));
        given().auth().oauth2(chain.admin).queryParam("q", "amy okafor").get("/api/v1/clients")
                .then().statusCode(200).body("items.givenName", equalTo(List.of("Amy")));
        // a word with letters is no phone number, whatever digits it holds ("0100" is Cal's)
        given().auth().oauth2(chain.admin).queryParam("q", "ref-x0100y").get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(chain.admin).queryParam("q", "50%").get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        // a therapist finds the clients they treat (Sam, once booked with them), not the chain's other clients
        String therapist = chain.token(chain.therapistUser, List.of(), "therapist");
        given().auth().oauth2(therapist).queryParam("q", "patel")
                .get("/api/v1/clients").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON)
                .body(chain.booking(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(30)
                        .truncatedTo(java.time.temporal.ChronoUnit.DAYS).withHour(10).toString(), null))
                .post("/api/v1/sessions").then().statusCode(201);
        given().auth().oauth2(therapist).queryParam("q", "patel")
                .get("/api/v1/clients").then().statusCode(200).body("items.givenName", equalTo(List.of("Sam")));
        given().auth().oauth2(therapist).queryParam("q", "okafor")
                .get("/api/v1/clients").then().statusCode(200).body("items.size()", equalTo(0));

        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        given().auth().oauth2(otherChain).queryParam("q", "okafor").get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(chain.token(chain.clientUser, List.of(), "client")).get("/api/v1/clients")
                .then().statusCode(403);
        given().auth().oauth2(chain.admin).queryParam("cursor", "@@").get("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().auth().oauth2(chain.admin).queryParam("limit", "lots").get("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void staffReadTheClientsOfAListByTheirIdsInOneCall() {
        Chain chain = new Chain();
        String amy = Chain.create(chain.receptionist, "/api/v1/clients", Map.of("givenName", "Amy", "familyName", "Ids"));
        Chain.create(chain.receptionist, "/api/v1/clients", Map.of("givenName", "Bea", "familyName", "Ids"));
        String therapist = chain.token(chain.therapistUser, List.of(), "therapist");

        given().auth().oauth2(chain.receptionist).queryParam("id", amy).queryParam("id", chain.clientId)
                .get("/api/v1/clients")
                .then().statusCode(200).body("items.id", equalTo(List.of(amy, chain.clientId)));
        // the ids narrow what the caller may see, never widen it: a therapist who treats neither sees neither
        given().auth().oauth2(therapist).queryParam("id", amy).queryParam("id", chain.clientId)
                .get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        given().auth().oauth2(otherChain).queryParam("id", amy).get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(chain.admin).queryParam("id", "not-an-id").get("/api/v1/clients")
                .then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void aChainAdminErasesAClientWhoIsAnonymisedUnfindableAndClientErasedIsPublishedOnce() {
        Chain chain = new Chain();
        String path = "/api/v1/clients/" + chain.clientId;
        String self = chain.token(chain.clientUser, List.of(), "client");

        given().auth().oauth2(chain.receptionist).delete(path).then().statusCode(403);
        given().auth().oauth2(chain.token(chain.therapistUser, List.of("*"), "therapist")).delete(path).then().statusCode(403);
        given().auth().oauth2(chain.token("client-other", List.of(), "client")).delete(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin"))
                .delete(path).then().statusCode(404);

        given().auth().oauth2(chain.admin).delete(path).then().statusCode(204);
        given().auth().oauth2(chain.admin).delete(path).then().statusCode(204);

        given().auth().oauth2(chain.receptionist).get(path).then().statusCode(200)
                .body("givenName", equalTo("Erased")).body("email", nullValue()).body("phone", nullValue())
                .body("dateOfBirth", nullValue()).body("userId", nullValue()).body("erasedAt", notNullValue());
        given().auth().oauth2(chain.receptionist).queryParam("q", "patel").get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(chain.receptionist).queryParam("q", "erased").get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(self).get("/api/v1/clients/me").then().statusCode(404);
        put(chain.receptionist, chain.clientId, "*", details("Sam", "Patel", null)).then().statusCode(409);

        // the second erasure, had it published, would sit right behind the first
        List<ConsumerRecord<String, String>> erased = events(chain.clientId, EventCatalogue.CLIENT_ERASED.type(), 1);
        assertEquals(1, erased.size(), "erasing twice publishes once");
        EventSchemas.assertValid(EventCatalogue.CLIENT_ERASED, erased.get(0).value());
        JsonPath data = new JsonPath(erased.get(0).value());
        assertEquals(chain.clientUser, data.getString("userId"));
        assertEquals("admin-" + chain.tenant, data.getString("requestedBy"));
    }

    @Test
    void aClientErasesThemself() {
        Chain chain = new Chain();
        String self = chain.token(chain.clientUser, List.of(), "client");
        given().auth().oauth2(self).delete("/api/v1/clients/" + chain.clientId).then().statusCode(204);
        given().auth().oauth2(self).get("/api/v1/clients/me").then().statusCode(404);

        List<ConsumerRecord<String, String>> erased = events(chain.clientId, EventCatalogue.CLIENT_ERASED.type(), 1);
        assertEquals(1, erased.size());
        EventSchemas.assertValid(EventCatalogue.CLIENT_ERASED, erased.get(0).value());
        assertEquals(chain.clientUser, new JsonPath(erased.get(0).value()).getString("requestedBy"));
        assertNull(given().auth().oauth2(chain.admin).get("/api/v1/clients/" + chain.clientId)
                .then().statusCode(200).extract().path("email"));
    }
}
