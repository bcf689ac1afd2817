package io.remedy.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of error answers {@code application/problem+json} with a stable type and, where it can, the field. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ProblemResponsesTest {

    private static final String BASE = "https://remedy.io/problems/";
    private static final String GOOD = """
            {"location":"norwich","startsAt":"2026-05-01T10:00:00+01:00","kind":"MASSAGE","minutes":60}""";

    @TestHTTPResource("/test/appointments")
    URI appointments;

    private RequestSpecification asReceptionist() {
        return given().auth().oauth2(Stack.token("problems", List.of("norwich"), "receptionist"));
    }

    @Test
    void malformedJsonIs400WithThePosition() {
        asReceptionist().contentType(ContentType.JSON).body("{\"location\": \"norwich\",,}")
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "malformed-request"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 1"));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("60", "\"sixty\""))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "malformed-request"))
                .body("errors.field", hasItem("minutes"));
    }

    @Test
    void unknownEnumValueIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("MASSAGE", "SAUNA"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("errors.message[0]", containsString("MASSAGE"));
    }

    @Test
    void unparsableInstantIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("2026-05-01T10:00:00+01:00", "soon"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"));
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("}", ",\"colour\":\"blue\"}"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void missingFieldIsAValidationProblemNamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("\"startsAt\":\"2026-05-01T10:00:00+01:00\",", ""))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "validation"))
                .body("errors.field", hasItem("startsAt"))
                .body("instance", equalTo("/test/appointments"));
    }

    @Test
    void unknownPathIs404() {
        asReceptionist().when().get("/test/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(BASE + "not-found"));
    }

    @Test
    void unknownIdIs404() {
        asReceptionist().when().get("/test/appointments/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(BASE + "not-found"))
                .body("detail", containsString("Appointment"));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        asReceptionist().when().delete("/test/appointments/whoami")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo(BASE + "method-not-allowed"));
    }

    @Test
    void wrongMediaTypeIs415() {
        asReceptionist().contentType(ContentType.TEXT).body("hello")
                .when().post("/test/appointments")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(BASE + "unsupported-media-type"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        asReceptionist().accept("application/xml")
                .when().get("/test/appointments/whoami")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo(BASE + "not-acceptable"));
    }

    @Test
    void tooLargeBodyIs413() {
        asReceptionist().contentType(ContentType.JSON).body("{\"location\":\"" + "x".repeat(40_000) + "\"}")
                .when().post("/test/appointments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(BASE + "payload-too-large"));
    }

    @Test
    void anotherLocationIs403() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("norwich", "jupiter"))
                .when().post("/test/appointments")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(BASE + "forbidden"))
                .body("detail", containsString("jupiter"));
    }

    @Test
    void missingRoleIs403() {
        asReceptionist().when().get("/test/appointments/managers-only")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(BASE + "forbidden"));
    }

    @Test
    void noTokenIs401WithChallenge() {
        given().when().get("/test/appointments/whoami")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(BASE + "unauthenticated"))
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void invalidTokenIs401WithChallenge() {
        given().auth().oauth2("not.a.token").when().get("/test/appointments/whoami")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(BASE + "unauthenticated"))
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void tokenWithoutTenantIs403() {
        given().auth().oauth2(TestTokens.issue("no-tenant", "", List.of("norwich"), "receptionist"))
                .when().get("/test/appointments/whoami")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(BASE + "forbidden"))
                .body("detail", containsString("tenant"));
    }

    @Test
    void callerComesFromTheVerifiedToken() {
        given().auth().oauth2(TestTokens.issue("ana", "harbour", List.of("norwich", "jupiter"), "therapist"))
                .when().get("/test/appointments/whoami")
                .then().statusCode(200)
                .body("userId", equalTo("ana"))
                .body("tenant", equalTo("harbour"))
                .body("locations", hasItem("jupiter"))
                .body("roles", hasItem("therapist"));
    }

    @Test
    void conflictNamesWhatIsTaken() {
        asReceptionist().contentType(ContentType.JSON).body("{}").when().post("/test/appointments/taken")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(BASE + "conflict"))
                .body("errors.field", hasItem("therapistId"));
    }

    @Test
    void staleVersionIs412AndMissingIfMatchIs428() {
        String id = asReceptionist().contentType(ContentType.JSON).body(GOOD)
                .when().post("/test/appointments").then().statusCode(201).extract().path("id");
        asReceptionist().contentType(ContentType.JSON).body("{\"note\":\"x\"}")
                .when().put("/test/appointments/" + id + "/note")
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo(BASE + "precondition-required"));
        asReceptionist().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"note\":\"x\"}")
                .when().put("/test/appointments/" + id + "/note")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo(BASE + "stale-version"));
        asReceptionist().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"x\"}")
                .when().put("/test/appointments/" + id + "/note")
                .then().statusCode(200).body("note", equalTo("x"));
    }

    @Test
    void serverFaultIsAGeneric500WithCorrelationId() {
        asReceptionist().when().get("/test/appointments/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("type", equalTo(BASE + "server-error"))
                .body("correlationId", not(emptyOrNullString()))
                .body(not(containsString("secret")))
                .body(not(containsString("Exception")));
    }

    @Test
    void nulByteInATextIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("norwich", "nor\\u0000wich"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "malformed-request"))
                .body("errors.field", hasItem("location"))
                .body("errors.message[0]", containsString("U+0000"));
    }

    @Test
    void loneSurrogateInATextIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("norwich", "norwich\\ud800"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("location"));
    }

    @Test
    void fractionForAnIntegerIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("60", "60.5"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("minutes"));
    }

    @Test
    void textForAnIntegerIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("60", "\"60\""))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("minutes"));
    }

    @Test
    void secondDocumentAfterTheBodyIs400() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD + GOOD)
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "malformed-request"));
    }

    @Test
    void duplicateKeyIs400NamingTheKey() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("}", ",\"minutes\":90}"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("minutes"));
    }

    @Test
    void numberForAnInstantIs400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("\"2026-05-01T10:00:00+01:00\"", "1777626000"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"));
    }

    @Test
    void instantInYear10000Is400NamingTheField() {
        asReceptionist().contentType(ContentType.JSON).body(GOOD.replace("2026-05-01", "+10000-05-01"))
                .when().post("/test/appointments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("startsAt"));
    }

    @Test
    void bodyWithoutContentTypeIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(appointments)
                .header("Authorization", "Bearer " + Stack.token("problems", List.of("norwich"), "receptionist"))
                .POST(HttpRequest.BodyPublishers.ofString(GOOD)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains(BASE + "unsupported-media-type"), response.body());
    }

    @Test
    void nulByteInAQueryParameterIs400NamingIt() {
        asReceptionist().queryParam("q", "Pat\u0000el").when().get("/test/appointments/whoami")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }
}
