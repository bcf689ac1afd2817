package io.remedy.records.consent;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.remedy.records.Clinic.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ConsentTest {

    private static Map<String, Object> plan(Clinic clinic) {
        return Map.of("locationId", clinic.locationId, "reviewDate", "2026-12-18",
                "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6)));
    }

    @Test
    void withoutATreatmentConsentNoAssessmentPlanOrNoteIsWritten() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            clinic.giveConsent("DATA_PROCESSING");
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 5))
                    .post(clinic.client("assessments"))
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("consent"));
            as(clinic.therapist).body(plan(clinic)).post(clinic.client("plans"))
                    .then().statusCode(409).body("errors[0].field", equalTo("consent"));

            String consentId = clinic.giveConsent("TREATMENT");
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 5))
                    .post(clinic.client("assessments")).then().statusCode(201);

            as(clinic.client).post(clinic.client("consents/" + consentId + "/withdrawal"))
                    .then().statusCode(200).body("current", equalTo(false));
            as(clinic.client).post(clinic.client("consents/" + consentId + "/withdrawal")).then().statusCode(409);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 5))
                    .post(clinic.client("assessments"))
                    .then().statusCode(409).body("errors[0].field", equalTo("consent"));

            as(clinic.client).get(clinic.client("consents")).then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items[1].kind", equalTo("TREATMENT"))
                    .body("items[1].textVersion", equalTo("treatment-2026-01"))
                    .body("items[1].withdrawnAt", notNullValue());
        }
    }

    @Test
    void aConsentIsDatedTiedToItsTextAndNeverInTheFuture() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            as(clinic.client).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01",
                            "givenAt", "2026-11-01T09:30:00+01:00"))
                    .post(clinic.client("consents"))
                    .then().statusCode(201)
                    .body("givenAt", equalTo("2026-11-01T08:30:00Z"))
                    .body("current", equalTo(true));
            as(clinic.client).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01",
                            "givenAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                    .post(clinic.client("consents"))
                    .then().statusCode(400).body("errors[0].field", equalTo("givenAt"));
            as(clinic.client).body(Map.of("kind", "MASSAGE", "textVersion", "v1"))
                    .post(clinic.client("consents"))
                    .then().statusCode(400).body("errors[0].field", equalTo("kind"));
            as(clinic.client).body(Map.of("kind", "TREATMENT"))
                    .post(clinic.client("consents"))
                    .then().statusCode(400).body("errors[0].field", equalTo("textVersion"));
            as(clinic.otherClient).body(Map.of("kind", "TREATMENT", "textVersion", "v1"))
                    .post(clinic.client("consents")).then().statusCode(403);
            as(clinic.client).get(clinic.client("consents")).then().body("items", hasSize(1));
        }
    }

    @Test
    void aRetriedConsentWithTheSameIdempotencyKeyIsRecordedOnce() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            Map<String, Object> body = Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01");
            String first = as(clinic.client).header("Idempotency-Key", "consent-1").body(body)
                    .post(clinic.client("consents")).then().statusCode(201).extract().path("id");
            as(clinic.client).header("Idempotency-Key", "consent-1").body(body)
                    .post(clinic.client("consents")).then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("id", equalTo(first));
            as(clinic.client).get(clinic.client("consents")).then().body("items", hasSize(1));
        }
    }

    @Test
    void aNewVersionOfAConsentSupersedesTheCurrentOne() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            String first = clinic.giveConsent("TREATMENT");
            String privacy = clinic.giveConsent("DATA_PROCESSING");
            String second = as(clinic.client).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-02"))
                    .post(clinic.client("consents")).then().statusCode(201)
                    .body("current", equalTo(true)).extract().path("id");

            as(clinic.client).get(clinic.client("consents/" + first)).then().statusCode(200)
                    .body("current", equalTo(false))
                    .body("supersededBy", equalTo(second))
                    .body("supersededAt", notNullValue())
                    .body("withdrawnAt", nullValue());
            as(clinic.client).get(clinic.client("consents")).then().statusCode(200)
                    .body("items.findAll { it.current }.id", containsInAnyOrder(second, privacy));
            as(clinic.client).post(clinic.client("consents/" + first + "/withdrawal")).then().statusCode(409)
                    .body("errors[0].field", equalTo("consentId"));

            // withdrawing the current version leaves none: the superseded one does not come back
            as(clinic.client).post(clinic.client("consents/" + second + "/withdrawal")).then().statusCode(200);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 5))
                    .post(clinic.client("assessments"))
                    .then().statusCode(409).body("errors[0].field", equalTo("consent"));
        }
    }

    @Test
    void versionsGivenAtOnceLeaveExactlyOneCurrent() throws Exception {
        try (Clinic clinic = Clinic.withBookedClient()) {
            int versions = 6;
            ExecutorService pool = Executors.newFixedThreadPool(versions);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < versions; i++) {
                    String textVersion = "treatment-2026-" + (10 + i);
                    answers.add(pool.submit(() -> as(clinic.client)
                            .body(Map.of("kind", "TREATMENT", "textVersion", textVersion))
                            .post(clinic.client("consents")).statusCode()));
                }
                for (Future<Integer> answer : answers) {
                    assertEquals(201, answer.get(60, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(versions, Clinic.count("select count(*) from consent where client_id = ?", clinic.clientId));
            assertEquals(1, Clinic.count("select count(*) from consent where client_id = ? and kind = 'TREATMENT'"
                    + " and withdrawn_at is null and superseded_at is null", clinic.clientId));
            as(clinic.client).get(clinic.client("consents")).then().statusCode(200)
                    .body("items.findAll { it.current }", hasSize(1));
        }
    }
}
