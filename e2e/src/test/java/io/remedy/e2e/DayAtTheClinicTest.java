package io.remedy.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A day at the clinic, through the gateway with every actor's own token: a new client signs up on their phone, finds a
 * free slot and books it (checking in weeks ahead is refused); the visit followed here is one that has begun (nobody
 * books the past, so the chain's admin records it, as history is carried over): the front desk checks them in; their
 * therapist records consent and an assessment (ODI), writes a treatment plan with homework, completes the session and
 * signs the note; the client reads the homework in their in-app inbox; the chain's admin sees the session, the
 * assessment and the new client in the branch report.
 */
class DayAtTheClinicTest {

    private static final String INITIAL_ASSESSMENT = "Initial assessment 75 min";

    private static Clinic clinic;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
    }

    @Test
    void aClientIsBookedSeenAssessedTreatedAndCountedInTheBranchReport() {
        RealmAdmin.User phone = RealmAdmin.createUser("day-client", "harbour", List.of(), "client");
        // the client signs up on their phone: their record is linked to their own login
        String clientId = Api.as(phone.username()).body(Map.of("givenName", "Dana", "familyName", "Day " + UUID.randomUUID(),
                        "email", phone.username(), "phone", "+447700900999", "preferredLocationId", clinic.norwich))
                .post("/api/v1/clients/me").then().statusCode(201).body("userId", equalTo(phone.id()))
                .extract().path("id");
        String service = Api.idOf(Clinic.RECEPTION, "/api/v1/services", "name", INITIAL_ASSESSMENT);

        // the client looks for a slot with Ana at Norwich in the weeks ahead and books it
        LocalDate today = LocalDate.now(Clinic.NORWICH_TIME);
        Map<String, Object> slot = Api.as(phone.username())
                .queryParam("serviceId", service).queryParam("locationId", clinic.norwich)
                .queryParam("therapistId", clinic.ana)
                .queryParam("from", today.plusDays(1).toString()).queryParam("to", today.plusDays(21).toString())
                .queryParam("limit", 1)
                .get("/api/v1/availability")
                .then().statusCode(200).body("items", not(empty()))
                .extract().jsonPath().getMap("items[0]");
        String booked = Api.as(phone.username()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("locationId", clinic.norwich, "serviceId", service, "therapistId", clinic.ana,
                        "roomId", slot.get("roomId"), "clientId", clientId, "startsAt", slot.get("startsAt")))
                .post("/api/v1/sessions")
                .then().statusCode(201).body("status", equalTo("BOOKED"))
                .extract().path("id");
        String etag = Api.as(Clinic.RECEPTION).get("/api/v1/sessions/" + booked).then().statusCode(200)
                .extract().header("ETag");
        Api.as(Clinic.RECEPTION).header("If-Match", etag).post("/api/v1/sessions/" + booked + "/check-in")
                .then().statusCode(409).body("errors.field", hasItem("startsAt"));

        // the visit followed here has begun: the same weekday and time some weeks back, when Ana was free
        LocalDate from = today.minusWeeks(13);
        JsonPath before = branchReport(from, today);
        String sessionId = clinic.recordVisitWeeksBack(OffsetDateTime.parse((String) slot.get("startsAt")), service,
                clientId);

        // the front desk checks the client in
        etag = Api.as(Clinic.RECEPTION).get("/api/v1/sessions/" + sessionId).then().statusCode(200)
                .extract().header("ETag");
        Api.as(Clinic.RECEPTION).header("If-Match", etag).post("/api/v1/sessions/" + sessionId + "/check-in")
                .then().statusCode(200).body("status", equalTo("CHECKED_IN"));

        // the therapist: consent, an assessment with the ODI, a plan with homework
        String record = "/api/v1/records/clients/" + clientId;
        String notes = "/api/v1/records/sessions/" + sessionId + "/notes";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(record + "/consents").then().statusCode(200));
        // records hears of the visit from booking's event (opening its note): only then can it be assessed in
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.as(Clinic.ANA).get(notes).then().statusCode(200).body("items", not(empty())));
        Api.as(Clinic.ANA).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents").then().statusCode(201);
        Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich, "sessionId", sessionId, "nrs", 6,
                        "odiAnswers", List.of(3, 2, 3, 2, 2, 3, 2, 2, 1, 2)))
                .post(record + "/assessments")
                .then().statusCode(201)
                .body("odi.score", equalTo(44.0f))
                .body("odi.band", equalTo("SEVERE"));
        Api.as(Clinic.ANA).body(Map.of("locationId", clinic.norwich,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6)),
                        "techniques", List.of("TRIGGER_POINT", "MYOFASCIAL_RELEASE"),
                        "regions", List.of("GLUTEALS", "QUADRATUS_LUMBORUM"),
                        "homework", List.of(Map.of("title", "Knee-to-chest stretch",
                                "instructions", "Lie on your back, draw one knee to your chest, hold 30 seconds",
                                "timesPerDay", 2, "daysPerWeek", 7)),
                        "reviewDate", today.plusWeeks(6).toString()))
                .post(record + "/plans").then().statusCode(201);

        // ... completes the session and signs its note
        etag = Api.as(Clinic.ANA).get("/api/v1/sessions/" + sessionId).then().statusCode(200).extract().header("ETag");
        Api.as(Clinic.ANA).header("If-Match", etag).post("/api/v1/sessions/" + sessionId + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(Clinic.ANA).get(notes)
                .then().statusCode(200).body("items[0].sessionCompletedAt", notNullValue()));
        JsonPath note = Api.as(Clinic.ANA).get(notes).then().extract().jsonPath();
        String noteId = note.getString("items[0].id");
        String draft = Api.as(Clinic.ANA).header("If-Match", "\"" + note.getLong("items[0].version") + "\"")
                .body(Map.of("subjective", "Lower back pain since lifting at work",
                        "objective", "Tight left quadratus lumborum",
                        "assessment", "Mechanical lower back pain",
                        "plan", "Weekly for six weeks",
                        "techniques", List.of("TRIGGER_POINT"),
                        "pressure", "MODERATE",
                        "regions", List.of("GLUTEALS", "QUADRATUS_LUMBORUM"),
                        "sorenessAdvice", "Some soreness for a day or two is normal",
                        "homeworkGiven", List.of("Knee-to-chest stretch")))
                .put(notes).then().statusCode(200).extract().header("ETag");
        Api.as(Clinic.ANA).header("If-Match", draft).post(notes + "/" + noteId + "/sign")
                .then().statusCode(200).body("status", equalTo("SIGNED"));

        // the client reads the homework in the app
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(phone.username())
                .get("/api/v1/notifications/inbox")
                .then().statusCode(200).body("items.kind", hasItem("HOMEWORK")));
        String homework = Api.as(phone.username()).get("/api/v1/notifications/inbox").then().extract().jsonPath()
                .param("k", "HOMEWORK").getString("items.find { it.kind == k }.body");
        assertTrue(homework.contains("Knee-to-chest stretch"), homework);
        Api.as(phone.username()).get(record + "/homework")
                .then().statusCode(200).body("items.title", hasItem("Knee-to-chest stretch"));

        // the admin sees the day in the branch report
        JsonPath after = branchReport(from, today);
        assertEquals(figure(before, "booking.sessionsCompleted") + 1, figure(after, "booking.sessionsCompleted"));
        assertEquals(figure(before, "booking.newClients") + 1, figure(after, "booking.newClients"));
        assertEquals(figure(before, "booking.revenueCents") + 9000, figure(after, "booking.revenueCents"));
        assertEquals(figure(before, "records.clientsAssessed") + 1, figure(after, "records.clientsAssessed"));
        assertFalse(after.getList("missing").iterator().hasNext(), "every service answered: " + after.prettify());
    }

    /** The branch report of Norwich between two days, as the chain's admin reads it. */
    private static JsonPath branchReport(LocalDate from, LocalDate to) {
        return Api.as(Clinic.ADMIN).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/reports/branches")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private static long figure(JsonPath report, String path) {
        Object value = report.param("code", "norwich").get("locations.find { it.locationCode == code }." + path);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
