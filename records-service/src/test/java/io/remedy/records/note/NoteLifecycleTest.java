package io.remedy.records.note;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.records.Clinic;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.records.Clinic.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class NoteLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OverdueNotes overdueNotes;

    private static Map<String, Object> soap(String subjective) {
        return Map.of("subjective", subjective, "objective", "Tight left QL", "assessment", "Muscular",
                "plan", "Weekly", "techniques", List.of("DEEP_TISSUE", "TRIGGER_POINT"), "pressure", "FIRM",
                "regions", List.of("GLUTEALS", "QUADRATUS_LUMBORUM"), "clientResponse", "Eased by the end",
                "sorenessAdvice", "Soreness settles within two days", "homeworkGiven", List.of("Knee-to-chest"));
    }

    private static String notes(UUID sessionId) {
        return Clinic.BASE + "/sessions/" + sessionId + "/notes";
    }

    private static void awaitNote(Clinic clinic, UUID sessionId, String field, Object value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(clinic.therapist).get(notes(sessionId))
                .then().statusCode(200).body("items[0]." + field, equalTo(value)));
    }

    @Test
    void aCompletedSessionsNoteIsWrittenSignedLockedAndThenOnlyAmended() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Instant startsAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            UUID sessionId = clinic.book(startsAt);
            awaitNote(clinic, sessionId, "status", "DUE");
            as(clinic.therapist).header("If-Match", "\"0\"").body(soap("Sore back")).put(notes(sessionId))
                    .then().statusCode(409).body("detail", equalTo("The session is not completed yet"));

            clinic.complete(sessionId, startsAt, Instant.now());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(clinic.therapist).get(notes(sessionId))
                    .then().body("items[0].sessionCompletedAt", notNullValue()));
            String noteId = as(clinic.therapist).get(notes(sessionId)).then().extract().path("items[0].id");
            int version = as(clinic.therapist).get(notes(sessionId)).then().extract().path("items[0].version");

            as(clinic.therapist).body(soap("Sore back")).put(notes(sessionId)).then().statusCode(428);
            as(clinic.therapist).header("If-Match", "\"" + version + "\"").body(soap("Sore back after night shifts"))
                    .put(notes(sessionId))
                    .then().statusCode(200)
                    .header("ETag", "\"" + (version + 1) + "\"")
                    .body("status", equalTo("DRAFT"))
                    .body("pressure", equalTo("FIRM"))
                    .body("regions[1]", equalTo("QUADRATUS_LUMBORUM"));
            as(clinic.therapist).header("If-Match", "\"" + version + "\"").body(soap("stale")).put(notes(sessionId))
                    .then().statusCode(412);

            as(clinic.therapist).post(notes(sessionId) + "/" + noteId + "/sign")
                    .then().statusCode(200).body("status", equalTo("SIGNED")).body("signedAt", notNullValue());
            as(clinic.therapist).header("If-Match", "\"" + (version + 2) + "\"").body(soap("Changed my mind"))
                    .put(notes(sessionId))
                    .then().statusCode(409).contentType("application/problem+json");
            as(clinic.therapist).post(notes(sessionId) + "/" + noteId + "/sign").then().statusCode(409);

            as(clinic.therapist).body(Map.of("reason", "Wrong side", "text", "Tight RIGHT QL, not left"))
                    .post(notes(sessionId) + "/" + noteId + "/amendments")
                    .then().statusCode(201).body("reason", equalTo("Wrong side"));
            as(clinic.therapist).get(notes(sessionId) + "/" + noteId + "/amendments").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].text", equalTo("Tight RIGHT QL, not left"));
            as(clinic.therapist).get(notes(sessionId)).then().statusCode(200)
                    .body("items[0].subjective", equalTo("Sore back after night shifts"))
                    .body("items[0].objective", equalTo("Tight left QL"))
                    .body("items[0].status", equalTo("SIGNED"));
        }
    }

    @Test
    void onlyTheSessionsTherapistWritesItsNote() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Instant startsAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            UUID sessionId = clinic.book(startsAt);
            clinic.complete(sessionId, startsAt, Instant.now());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(clinic.therapist).get(notes(sessionId))
                    .then().body("items[0].sessionCompletedAt", notNullValue()));
            for (String other : List.of(clinic.otherTherapist, clinic.admin, clinic.manager, clinic.client,
                    clinic.receptionist)) {
                as(other).header("If-Match", "\"0\"").body(soap("x")).put(notes(sessionId)).then().statusCode(403);
            }
            as(clinic.otherTenantAdmin).header("If-Match", "\"0\"").body(soap("x")).put(notes(sessionId))
                    .then().statusCode(403);
            as(clinic.therapist).get(notes(sessionId)).then().body("items[0].status", equalTo("DUE"));
        }
    }

    @Test
    void aCancelledSessionDropsItsNoteWithoutDeletingIt() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            UUID sessionId = clinic.book(startsAt);
            awaitNote(clinic, sessionId, "status", "DUE");
            clinic.cancel(sessionId, startsAt);
            awaitNote(clinic, sessionId, "status", "CANCELLED");
        }
    }

    @Test
    void anUnsignedNoteIsAnnouncedOverdueOnceAndListedForItsManagers() throws Exception {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Instant startsAt = Instant.now().minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            UUID sessionId = clinic.book(startsAt);
            clinic.complete(sessionId, startsAt, startsAt.plus(1, ChronoUnit.HOURS));
            awaitNote(clinic, sessionId, "overdue", true);
            String noteId = as(clinic.therapist).get(notes(sessionId)).then().extract().path("items[0].id");

            List<String> announced = clinic.published(Topics.NOTES, noteId);
            assertEquals(1, announced.size());
            EventSchemas.assertValid(EventCatalogue.NOTE_OVERDUE, announced.get(0));
            assertEquals(clinic.timeZone, JSON.readTree(announced.get(0)).get("timeZone").asText());

            // later scans (here, or on another replica) do not announce it again
            overdueNotes.scan().await().atMost(Duration.ofSeconds(10));
            overdueNotes.scan().await().atMost(Duration.ofSeconds(10));
            assertEquals(1, Clinic.count("SELECT count(*) FROM remedy_platform.outbox WHERE subject = ? AND type = ?",
                    noteId, EventCatalogue.NOTE_OVERDUE.type()));

            as(clinic.manager).get(Clinic.BASE + "/notes/overdue").then().statusCode(200)
                    .body("items.noteId", hasItem(noteId));
            as(clinic.therapist).get(Clinic.BASE + "/notes/overdue").then().statusCode(200)
                    .body("items.noteId", hasItem(noteId));
            as(clinic.otherManager).get(Clinic.BASE + "/notes/overdue").then().statusCode(200)
                    .body("items.noteId", not(hasItem(noteId)));
            as(clinic.otherTenantAdmin).get(Clinic.BASE + "/notes/overdue").then().statusCode(200)
                    .body("items.noteId", not(hasItem(noteId)));
            as(clinic.receptionist).get(Clinic.BASE + "/notes/overdue").then().statusCode(403);
            as(clinic.client).get(Clinic.BASE + "/notes/overdue").then().statusCode(403);
        }
    }
}
