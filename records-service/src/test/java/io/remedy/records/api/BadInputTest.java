package io.remedy.records.api;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.remedy.records.Clinic.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Malformed requests are answered 4xx with a problem, never 5xx, whatever the endpoint. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedRequestsAreProblemsNotFaults() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            List<String> wrong = new ArrayList<>();
            check(wrong, "version=abc", as(clinic.therapist).get(clinic.client("intake") + "?version=abc"));
            check(wrong, "version=0", as(clinic.therapist).get(clinic.client("intake") + "?version=0"));
            check(wrong, "limit=abc", as(clinic.therapist).get(clinic.client("consents") + "?limit=abc"));
            check(wrong, "limit=0", as(clinic.therapist).get(clinic.client("consents") + "?limit=0"));
            check(wrong, "limit=1000", as(clinic.therapist).get(clinic.client("plans") + "?limit=1000"));
            check(wrong, "cursor", as(clinic.therapist).get(clinic.client("assessments") + "?cursor=%%%"));
            check(wrong, "overdue locationId", as(clinic.manager).get(Clinic.BASE + "/notes/overdue?locationId=x"));
            check(wrong, "report locationId", as(clinic.admin).get(Clinic.BASE
                    + "/reports?from=2026-01-01&to=2026-01-02&locationId=x"));
            check(wrong, "client id", as(clinic.therapist).get(Clinic.BASE + "/clients/not-a-uuid/intake"));
            check(wrong, "empty body", as(clinic.therapist).post(clinic.client("assessments")));
            check(wrong, "array body", as(clinic.therapist).body("[]").post(clinic.client("red-flags")));
            check(wrong, "huge nrs", as(clinic.therapist).body("{\"locationId\":\"" + clinic.locationId
                    + "\",\"nrs\":99999999999}").post(clinic.client("assessments")));
            check(wrong, "bad date", as(clinic.therapist).body(Map.of("locationId", clinic.locationId,
                    "reviewDate", "2026-02-30", "phases", List.of(Map.of("name", "x", "intervalWeeks", 1))))
                    .post(clinic.client("plans")));
            check(wrong, "bad instant", as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 3,
                    "assessedAt", "yesterday")).post(clinic.client("assessments")));
            check(wrong, "intake enum", as(clinic.client).body(Map.of("painRadiates", "SIDEWAYS"))
                    .put(clinic.client("intake")));
            check(wrong, "intake nested", as(clinic.client).body(Map.of("symptoms",
                    Map.of("morningStiffnessMinutes", -3))).put(clinic.client("intake")));
            check(wrong, "text body", as(clinic.therapist).contentType("text/plain").body("hello")
                    .post(clinic.client("red-flags")));
            check(wrong, "idempotency key", as(clinic.client).header("Idempotency-Key", "x".repeat(300))
                    .body(Map.of("kind", "TREATMENT", "textVersion", "v1")).post(clinic.client("consents")));
            assertEquals(List.of(), wrong);
        }
    }

    private static void check(List<String> wrong, String what, Response response) {
        int status = response.statusCode();
        String type = response.contentType();
        if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " " + type + " " + response.asString());
        }
    }
}
