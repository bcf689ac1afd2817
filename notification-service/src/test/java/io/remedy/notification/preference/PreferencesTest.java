package io.remedy.notification.preference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A user's own preferences: read, replaced with If-Match, validated. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class PreferencesTest {

    static final String PATH = "/api/v1/notifications/preferences";
    static final String CHOICES = """
            {"channels": {"SESSION_REMINDER": ["SMS"], "POST_SESSION_CARE": ["EMAIL", "IN_APP"]},
             "optOuts": ["HOMEWORK"],
             "quietHours": {"start": "21:00", "end": "08:00"},
             "timeZone": "Europe/Madrid",
             "language": "es"}""";

    @Inject
    ObjectMapper json;

    private Fixture fixture;
    private String sam;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
        sam = fixture.token("sam-" + UUID.randomUUID(), List.of(), "client");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void defaultsUntilTheUserChoosesThenWhatTheyChose() {
        given().auth().oauth2(sam).get(PATH).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("quietHours", nullValue())
                .body("optOuts", equalTo(List.of()));

        given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CHOICES)
                .put(PATH).then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(sam).get(PATH).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("channels.SESSION_REMINDER", equalTo(List.of("SMS")))
                .body("optOuts", equalTo(List.of("HOMEWORK")))
                .body("quietHours.start", equalTo("21:00:00"))
                .body("quietHours.end", equalTo("08:00:00"))
                .body("timeZone", equalTo("Europe/Madrid"))
                .body("language", equalTo("es"));

        given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"channels\": {}, \"optOuts\": [], \"quietHours\": null}")
                .put(PATH).then().statusCode(200).header("ETag", "\"2\"").body("language", nullValue());
    }

    @Test
    void eachUserHasTheirOwn() {
        given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CHOICES)
                .put(PATH).then().statusCode(200);
        given().auth().oauth2(fixture.token("lee-" + UUID.randomUUID(), List.of(), "client")).get(PATH)
                .then().statusCode(200).header("ETag", "\"0\"").body("optOuts", equalTo(List.of()));
        given().auth().oauth2(fixture.staff("therapist")).get(PATH).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aChangeNeedsTheVersionLastRead() {
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(CHOICES).put(PATH).then().statusCode(428);
        given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CHOICES)
                .put(PATH).then().statusCode(200);
        given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(CHOICES)
                .put(PATH).then().statusCode(412);
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        put("{\"timeZone\": \"Mars/Olympus\"}").body("errors.field", hasItem("timeZone"));
        put("{\"language\": \"tlh\"}").body("errors.field", hasItem("language"));
        put("{\"quietHours\": {\"start\": \"22:00\", \"end\": \"22:00\"}}").body("errors.field", hasItem("quietHours.end"));
        put("{\"quietHours\": {\"start\": \"25:00\", \"end\": \"07:00\"}}");
        put("{\"quietHours\": {\"start\": \"22:00\"}}");
        put("{\"optOuts\": [\"SPAM\"]}");
        put("{\"channels\": {\"SESSION_REMINDER\": [\"PIGEON\"]}}");
        put("{\"channels\": {\"NOT_A_KIND\": [\"SMS\"]}}");
        put("{\"colour\": \"blue\"}");
        put("{\"language\": ");
        given().auth().oauth2(sam).get(PATH).then().statusCode(200).header("ETag", "\"0\"");
    }

    private io.restassured.response.ValidatableResponse put(String body) {
        return given().auth().oauth2(sam).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aCallerWithoutATokenIsRefused() {
        given().get(PATH).then().statusCode(401);
    }
}
