package io.remedy.notification.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestMailbox.Mail;
import io.remedy.notification.Fixture;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chain's settings: reminder offsets and the voice of its messages, changed by its admins only. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class ChainSettingsTest {

    static final String PATH = "/api/v1/notifications/settings";

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
    void chainAdminsReadTheDefaultsAndReplaceThem() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).get(PATH).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("reminderOffsets", equalTo(List.of("PT24H", "PT2H")))
                .body("tone", equalTo("FRIENDLY"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [\"PT2H\", \"P2D\"], \"chainName\": \"Harbour Remedial Massage\","
                        + " \"signature\": \"Warm regards, the Harbour team\", \"tone\": \"FORMAL\"}")
                .put(PATH).then().statusCode(200).header("ETag", "\"1\"")
                .body("reminderOffsets", equalTo(List.of("PT48H", "PT2H")));
        given().auth().oauth2(admin).get(PATH).then().statusCode(200)
                .header("ETag", "\"1\"").body("chainName", equalTo("Harbour Remedial Massage"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [], \"tone\": \"FRIENDLY\"}").put(PATH).then().statusCode(412);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"reminderOffsets\": [], \"tone\": \"FRIENDLY\"}").put(PATH).then().statusCode(428);
    }

    @Test
    void onlyChainAdminsMayReadOrChangeThem() {
        for (String role : List.of("branch-manager", "receptionist", "therapist")) {
            given().auth().oauth2(fixture.staff(role)).get(PATH).then().statusCode(403);
        }
        given().auth().oauth2(fixture.token("sam", List.of(), "client")).get(PATH).then().statusCode(403);
        given().auth().oauth2(fixture.staff("branch-manager")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [], \"tone\": \"FRIENDLY\"}").put(PATH).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
    }

    @Test
    void badOffsetsAreA400NamingThem() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [\"PT2H\", \"soon\", \"PT0S\", \"P30D\", \"PT2H\"], \"tone\": \"FRIENDLY\"}")
                .put(PATH).then().statusCode(400)
                .body("errors.field", equalTo(List.of("reminderOffsets[1]", "reminderOffsets[2]",
                        "reminderOffsets[3]", "reminderOffsets[4]")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [\"PT2H\"], \"tone\": \"SARCASTIC\"}")
                .put(PATH).then().statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"tone\": \"FRIENDLY\"}")
                .put(PATH).then().statusCode(400).body("errors.field", hasItem("reminderOffsets"));
        given().auth().oauth2(admin).get(PATH).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void newBookingsGetTheChainsOffsetsAndMessagesSpeakInItsVoice() {
        String admin = fixture.admin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reminderOffsets\": [\"PT48H\"], \"chainName\": \"Harbour Remedial Massage\","
                        + " \"signature\": \"Warm regards, the Harbour team\", \"tone\": \"FORMAL\"}")
                .put(PATH).then().statusCode(200);

        String email = Fixture.email("sam");
        UUID clientId = fixture.client(email, null, null, "en-GB");
        SessionBooked booked = fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null);
        fixture.publish(booked);

        List<Mail> mails = await().atMost(Duration.ofSeconds(30)).until(() -> fixture.mailbox.messagesTo(email),
                found -> !found.isEmpty());
        String text = mails.get(0).text();
        assertTrue(text.startsWith("Dear Sam Patel,"), text);
        assertTrue(text.contains("Warm regards, the Harbour team"), text);
        given().auth().oauth2(admin).queryParam("sessionId", booked.sessionId().toString())
                .get("/api/v1/notifications/reminders").then().statusCode(200)
                .body("items.offset", equalTo(List.of("PT48H")))
                .body("items.dueAt", equalTo(List.of("2027-06-29T09:00:00Z")));
        assertEquals(1, mails.size());
    }
}
