package io.remedy.notification.message;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** The chain's message templates and a preview of each in the chain's voice, for its admins only. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class TemplatePreviewTest {

    static final String PATH = "/api/v1/notifications/templates";

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void everyKindOfMessagePreviewsInEveryLanguage() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).get(PATH).then().statusCode(200)
                .body("items", hasSize(MessageKind.values().length))
                .body("items.find { it.kind == 'SESSION_CANCELLED' }.mayBeOptedOut", equalTo(false))
                .body("items.find { it.kind == 'BOOKING_CONFIRMATION' }.defaultChannels",
                        equalTo(List.of("EMAIL", "IN_APP")))
                .body("nextCursor", equalTo(null));
        for (MessageKind kind : MessageKind.values()) {
            for (String language : List.of("en", "es")) {
                given().auth().oauth2(admin).queryParam("kind", kind.name()).queryParam("language", language)
                        .get(PATH + "/preview").then().statusCode(200)
                        .body("kind", equalTo(kind.name()))
                        .body("subject", not(emptyOrNullString()))
                        .body("text", not(emptyOrNullString()))
                        .body("inApp", not(emptyOrNullString()));
            }
        }
    }

    @Test
    void aPreviewSpeaksInTheVoiceAboutToBeSavedOrTheSavedOne() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).queryParam("tone", "FORMAL").queryParam("chainName", "Quayside Clinics")
                .queryParam("signature", "Kind regards, the Quayside team")
                .get(PATH + "/preview").then().statusCode(200)
                .body("text", containsString("Dear Sam Patel,"))
                .body("text", containsString("Kind regards, the Quayside team"))
                .body("sms", containsString("Quayside Clinics"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [\"PT24H\"], \"chainName\": \"Harbour\", \"tone\": \"FORMAL\"}")
                .put("/api/v1/notifications/settings").then().statusCode(200);
        given().auth().oauth2(admin).queryParam("language", "es").get(PATH + "/preview").then().statusCode(200)
                .body("text", containsString("Sam Patel"))
                .body("sms", containsString("Harbour"));
        // blank: no chain name, so the message names its location
        given().auth().oauth2(admin).queryParam("chainName", "").queryParam("tone", "FRIENDLY")
                .get(PATH + "/preview").then().statusCode(200)
                .body("sms", containsString("Riverside"))
                .body("text", containsString("Hi Sam,"));
    }

    @Test
    void unknownKindsLanguagesTonesAndZonesAreNamed() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).queryParam("kind", "LOVE_LETTER").get(PATH + "/preview").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().auth().oauth2(admin).queryParam("language", "fr").get(PATH + "/preview").then().statusCode(400)
                .body("errors.field", hasItem("language"));
        given().auth().oauth2(admin).queryParam("tone", "CHEEKY").get(PATH + "/preview").then().statusCode(400)
                .body("errors.field", hasItem("tone"));
        given().auth().oauth2(admin).queryParam("timeZone", "GMT+1").get(PATH + "/preview").then().statusCode(400)
                .body("errors.field", hasItem("timeZone"));
    }

    @Test
    void onlyChainAdminsSeeThem() {
        for (String role : List.of("branch-manager", "receptionist", "therapist")) {
            given().auth().oauth2(fixture.staff(role)).get(PATH).then().statusCode(403);
            given().auth().oauth2(fixture.staff(role)).get(PATH + "/preview").then().statusCode(403);
        }
    }
}
