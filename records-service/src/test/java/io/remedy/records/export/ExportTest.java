package io.remedy.records.export;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
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
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ExportTest {

    @Test
    void theExportHoldsTheWholeClinicalRecord() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            as(clinic.client).body(Map.of("occupation", "Plumber")).put(clinic.client("intake")).then().statusCode(201);
            as(clinic.client).header("If-Match", "\"1\"").body(Map.of("occupation", "Plumber", "dailyLoad",
                    List.of("MANUAL_TRADES"))).put(clinic.client("intake")).then().statusCode(200);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "findings", List.of("FEVER")))
                    .post(clinic.client("red-flags")).then().statusCode(201);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 6))
                    .post(clinic.client("assessments")).then().statusCode(201);
            String planId = as(clinic.therapist).body(Map.of("locationId", clinic.locationId,
                            "reviewDate", "2026-12-18", "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1))))
                    .post(clinic.client("plans")).then().statusCode(201).extract().path("id");

            Instant startsAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            UUID sessionId = clinic.book(startsAt);
            clinic.complete(sessionId, startsAt, Instant.now());
            String notes = Clinic.BASE + "/sessions/" + sessionId + "/notes";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(clinic.therapist).get(notes)
                    .then().body("items[0].sessionCompletedAt", notNullValue()));
            int version = as(clinic.therapist).get(notes).then().extract().path("items[0].version");
            String noteId = as(clinic.therapist).header("If-Match", "\"" + version + "\"")
                    .body(Map.of("subjective", "Sore after lifting")).put(notes)
                    .then().statusCode(200).extract().path("id");
            as(clinic.therapist).post(notes + "/" + noteId + "/sign").then().statusCode(200);
            as(clinic.therapist).body(Map.of("reason", "Typo", "text", "Sore after lifting boilers"))
                    .post(notes + "/" + noteId + "/amendments").then().statusCode(201);

            as(clinic.client).get(clinic.client("export")).then().statusCode(200)
                    .body("exportedAt", notNullValue())
                    .body("client.clientId", equalTo(clinic.clientId.toString()))
                    .body("client.givenName", equalTo("Sam"))
                    .body("intake", hasSize(2))
                    .body("consents", hasSize(1))
                    .body("redFlags", hasSize(1))
                    .body("assessments", hasSize(1))
                    .body("plans", hasSize(1))
                    .body("plans[0].plan.id", equalTo(planId))
                    .body("plans[0].versions", hasSize(1))
                    .body("notes.note.subjective", hasItem("Sore after lifting"))
                    .body("notes.find { it.note.id == '" + noteId + "' }.amendments", hasSize(1))
                    .body("sessions", hasSize(2))
                    .body("audit.action", hasItem("EXPORT"))
                    .body("audit.action", hasItem("SIGN"));
            as(clinic.admin).get(clinic.client("export")).then().statusCode(200);
            as(clinic.therapist).get(clinic.client("export")).then().statusCode(403);
            as(clinic.otherTenantAdmin).get(clinic.client("export")).then().statusCode(404);
        }
    }
}
