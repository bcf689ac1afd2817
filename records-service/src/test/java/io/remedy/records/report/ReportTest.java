package io.remedy.records.report;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.records.Clinic.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ReportTest {

    private static final String REPORT = Clinic.BASE + "/reports";

    private static void assess(Clinic clinic, UUID client, int nrs, Integer odiAnswer, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", clinic.locationId);
        body.put("nrs", nrs);
        body.put("assessedAt", at.toString());
        if (odiAnswer != null) {
            body.put("odiAnswers", Collections.nCopies(10, odiAnswer));
        }
        as(clinic.therapist).body(body).post(Clinic.BASE + "/clients/" + client + "/assessments")
                .then().statusCode(201);
    }

    @Test
    void reportsOutcomesRedFlagsAndOverdueNotesPerLocationAndTherapist() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Instant now = Instant.now();
            // Sam: NRS 7 → 4 and ODI 60 → 40, a clinically important improvement
            assess(clinic, clinic.clientId, 7, 3, now.minus(60, ChronoUnit.DAYS));
            assess(clinic, clinic.clientId, 4, 2, now.minus(30, ChronoUnit.DAYS));
            // Kim: NRS 5 → 5, no ODI
            UUID kim = UUID.randomUUID();
            clinic.book(UUID.randomUUID(), kim, null, clinic.therapistId, clinic.therapistUser,
                    now.plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
            clinic.awaitTherapistReaches(kim);
            as(clinic.therapist).body(Map.of("kind", "TREATMENT", "textVersion", "paper-2026"))
                    .post(Clinic.BASE + "/clients/" + kim + "/consents").then().statusCode(201);
            assess(clinic, kim, 5, null, now.minus(50, ChronoUnit.DAYS));
            assess(clinic, kim, 5, null, now.minus(20, ChronoUnit.DAYS));
            // red flags: one urgent and cleared, one to refer
            String urgent = as(clinic.therapist).body(Map.of("locationId", clinic.locationId,
                    "findings", List.of("SADDLE_NUMBNESS"))).post(clinic.client("red-flags"))
                    .then().statusCode(201).extract().path("id");
            as(clinic.therapist).body(Map.of("clearance", "MEDICAL_CLEARANCE", "outcome", "Cleared at A&E"))
                    .post(clinic.client("red-flags/" + urgent + "/clear")).then().statusCode(200);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "findings", List.of("NIGHT_PAIN")))
                    .post(clinic.client("red-flags")).then().statusCode(201);
            // an overdue note
            Instant startsAt = now.minus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            UUID session = clinic.book(startsAt);
            clinic.complete(session, startsAt, startsAt.plus(1, ChronoUnit.HOURS));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(clinic.therapist)
                    .get(Clinic.BASE + "/sessions/" + session + "/notes").then().body("items[0].overdue", equalTo(true)));

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String range = "?from=" + today.minusDays(90) + "&to=" + today.plusDays(1);
            as(clinic.manager).get(REPORT + range).then().statusCode(200)
                    .body("from", equalTo(today.minusDays(90).toString()))
                    .body("locations", hasSize(1))
                    .body("locations[0].locationId", equalTo(clinic.locationId.toString()))
                    .body("locations[0].clientsAssessed", equalTo(2))
                    .body("locations[0].meanNrsChange", equalTo(-1.5f))
                    .body("locations[0].meanOdiChange", equalTo(-20.0f))
                    .body("locations[0].clinicallyImportantShare", equalTo(0.5f))
                    .body("locations[0].redFlagsRaised", equalTo(2))
                    .body("locations[0].urgentRedFlags", equalTo(1))
                    .body("locations[0].meanHoursToClearance", notNullValue())
                    .body("locations[0].overdueNotes", equalTo(1))
                    .body("locations[0].therapists", hasSize(1))
                    .body("locations[0].therapists[0].therapistId", equalTo(clinic.therapistId.toString()))
                    .body("locations[0].therapists[0].clientsAssessed", equalTo(2))
                    .body("locations[0].therapists[0].redFlagsRaised", equalTo(2))
                    .body("locations[0].therapists[0].overdueNotes", equalTo(1));

            // a range with nothing in it still lists the location, with zeros
            as(clinic.admin).get(REPORT + "?from=2020-01-01&to=2020-01-31").then().statusCode(200)
                    .body("locations[0].clientsAssessed", equalTo(0))
                    .body("locations[0].meanNrsChange", nullValue())
                    .body("locations[0].clinicallyImportantShare", nullValue())
                    .body("locations[0].therapists", hasSize(0));
        }
    }

    @Test
    void onlyAdminsAndTheLocationsManagersReadItAndBadDatesAreRefused() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            String range = "?from=2026-01-01&to=2026-01-31";
            as(clinic.admin).get(REPORT + range).then().statusCode(200).body("locations", hasSize(1));
            as(clinic.otherManager).get(REPORT + range).then().statusCode(200).body("locations", hasSize(0));
            as(clinic.otherManager).get(REPORT + range + "&locationId=" + clinic.locationId).then().statusCode(403);
            as(clinic.otherTenantAdmin).get(REPORT + range).then().statusCode(200).body("locations", hasSize(0));
            as(clinic.otherTenantAdmin).get(REPORT + range + "&locationId=" + clinic.locationId).then().statusCode(404);
            for (String token : List.of(clinic.receptionist, clinic.therapist, clinic.client)) {
                as(token).get(REPORT + range).then().statusCode(403);
            }
            as(clinic.admin).get(REPORT + "?to=2026-01-31").then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
            as(clinic.admin).get(REPORT + "?from=2026-13-01&to=2026-12-31").then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
            as(clinic.admin).get(REPORT + "?from=2026-02-01&to=2026-01-31").then().statusCode(400)
                    .body("errors[0].field", equalTo("to"));
            as(clinic.admin).get(REPORT + "?from=2025-01-01&to=2026-01-31").then().statusCode(400)
                    .body("errors[0].field", equalTo("to"));
        }
    }
}
