package io.remedy.notification.inapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.records.NoteOverdue;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored inbox: messages to the caller and to their role at their locations; read marks; pages. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class InboxTest {

    static final String INBOX = "/api/v1/notifications/inbox";

    @Inject
    ObjectMapper json;

    private Fixture fixture;
    private String therapistId;
    private String therapist;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
        therapistId = "ben-" + UUID.randomUUID();
        therapist = fixture.token(therapistId, List.of(fixture.locationCode), "therapist");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private NoteOverdue overdueNote() {
        Instant session = Instant.parse("2026-03-02T10:00:00Z");
        return new NoteOverdue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                therapistId, fixture.locationId, fixture.locationCode, "Europe/London", session,
                session.plus(1, ChronoUnit.DAYS));
    }

    private JsonPath inbox(String token, int size) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get(INBOX)
                .then().statusCode(200).extract().jsonPath(), found -> found.getList("items").size() >= size);
    }

    @Test
    void anOverdueNoteReachesTheTherapistAndTheBranchManagersOfItsLocationOnly() {
        NoteOverdue note = overdueNote();
        fixture.publish(note);

        JsonPath mine = inbox(therapist, 1);
        assertEquals("NOTE_OVERDUE", mine.getString("items[0].kind"));
        assertEquals(note.noteId().toString(), mine.getString("items[0].aboutId"));
        assertTrue(mine.getString("items[0].body").contains("10:00"), "the session's time in London");
        assertNull(mine.get("items[0].readAt"));

        String manager = fixture.staff("branch-manager");
        assertEquals("NOTE_OVERDUE", inbox(manager, 1).getString("items[0].kind"));
        String elsewhere = fixture.token("m-" + UUID.randomUUID(), List.of("another-place"), "branch-manager");
        String receptionist = fixture.staff("receptionist");
        String otherChain = new Fixture(json).token("m-" + UUID.randomUUID(), List.of(fixture.locationCode),
                "branch-manager");
        for (String nobody : List.of(elsewhere, receptionist, otherChain)) {
            assertEquals(List.of(), given().auth().oauth2(nobody).get(INBOX).then().statusCode(200)
                    .extract().jsonPath().getList("items"));
        }
        String admin = fixture.admin();
        assertEquals(List.of(), given().auth().oauth2(admin).get(INBOX).then().statusCode(200)
                .extract().jsonPath().getList("items"), "a chain admin is not a branch manager");
    }

    @Test
    void eachReaderMarksAMessageReadForThemself() {
        fixture.publish(overdueNote());
        String managerA = fixture.staff("branch-manager");
        String managerB = fixture.staff("branch-manager");
        String id = inbox(managerA, 1).getString("items[0].id");

        given().auth().oauth2(managerA).post(INBOX + "/{id}/read", id).then().statusCode(200)
                .body("readAt", notNullValue());
        given().auth().oauth2(managerA).post(INBOX + "/{id}/read", id).then().statusCode(200);
        assertNotNull(given().auth().oauth2(managerA).get(INBOX).then().extract().jsonPath().get("items[0].readAt"));
        assertEquals(List.of(), given().auth().oauth2(managerA).queryParam("unread", true).get(INBOX)
                .then().statusCode(200).extract().jsonPath().getList("items"));
        assertEquals(List.of(id), given().auth().oauth2(managerB).queryParam("unread", true).get(INBOX)
                .then().statusCode(200).extract().jsonPath().getList("items.id"), "still unread for B");

        given().auth().oauth2(therapist).post(INBOX + "/{id}/read", id).then().statusCode(404);
        given().auth().oauth2(new Fixture(json).staff("branch-manager")).post(INBOX + "/{id}/read", id)
                .then().statusCode(404);
        given().auth().oauth2(managerA).post(INBOX + "/{id}/read", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theInboxIsReadPageByPageNewestFirst() {
        for (int i = 0; i < 3; i++) {
            fixture.publish(overdueNote());
        }
        List<String> all = inbox(therapist, 3).getList("items.id");
        assertEquals(3, all.size());

        JsonPath first = given().auth().oauth2(therapist).queryParam("limit", 2).get(INBOX)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(all.subList(0, 2), first.getList("items.id"));
        String cursor = first.getString("nextCursor");
        assertNotNull(cursor);
        JsonPath second = given().auth().oauth2(therapist).queryParam("limit", 2).queryParam("cursor", cursor)
                .get(INBOX).then().statusCode(200).extract().jsonPath();
        assertEquals(all.subList(2, 3), second.getList("items.id"));
        assertNull(second.getString("nextCursor"));

        given().auth().oauth2(therapist).queryParam("cursor", "not-ours").get(INBOX).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(therapist).queryParam("limit", 0).get(INBOX).then().statusCode(400);
        given().auth().oauth2(therapist).queryParam("limit", 1000).get(INBOX).then().statusCode(400);
        given().get(INBOX).then().statusCode(401);
    }
}
