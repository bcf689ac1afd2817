package io.remedy.records.access;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.TestTokens;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.records.Clinic.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clinical data is written only at a location the writer may act at: a write naming another branch would open the
 * record to that branch's managers.
 */
@QuarkusTest
class WriteLocationScopeTest {

    /** A second branch of the clinic's chain (Jupiter), known to records from a session of another client there. */
    private static UUID jupiter(Clinic clinic) {
        UUID jupiter = UUID.randomUUID();
        Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        clinic.publish(new SessionBooked(UUID.randomUUID(), jupiter, "jupiter", "Jupiter", "America/New_York",
                UUID.randomUUID(), "Remedial massage 60 min", 60, UUID.randomUUID(), "Ben Okafor",
                "ben-" + UUID.randomUUID(), UUID.randomUUID(), "Room 1", UUID.randomUUID(), null, startsAt,
                startsAt.plus(60, ChronoUnit.MINUTES), null, "reception", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Clinic.count(
                "select count(*) from known_location where tenant = ? and id = ?", clinic.tenant, jupiter) == 1);
        return jupiter;
    }

    private static Map<String, Object> plan(UUID locationId) {
        return Map.of("locationId", locationId, "reviewDate", "2026-12-18",
                "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6)));
    }

    @Test
    void aTherapistWritesNoClinicalRecordAtABranchOutsideTheirLocations() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            UUID jupiter = jupiter(clinic);

            as(clinic.therapist).body(Map.of("locationId", jupiter, "nrs", 5)).post(clinic.client("assessments"))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("locationId"));
            as(clinic.therapist).body(plan(jupiter)).post(clinic.client("plans"))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("locationId"));
            as(clinic.therapist).body(Map.of("locationId", jupiter, "findings", List.of("NIGHT_PAIN")))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("locationId"));

            String planId = as(clinic.therapist).body(plan(clinic.locationId)).post(clinic.client("plans"))
                    .then().statusCode(201).extract().path("id");
            Map<String, Object> moved = new HashMap<>(plan(jupiter));
            moved.put("status", "ACTIVE");
            moved.put("changeReason", "OTHER");
            as(clinic.therapist).header("If-Match", "\"1\"").body(moved).put(clinic.client("plans/" + planId))
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("locationId"));

            assertEquals(0, Clinic.count("select count(*) from assessment where client_id = ?", clinic.clientId));
            assertEquals(0, Clinic.count("select count(*) from red_flag where client_id = ?", clinic.clientId));
            assertEquals(1, Clinic.count("select count(*) from treatment_plan where client_id = ? and location_id = ?",
                    clinic.clientId, clinic.locationId));
            // the Jupiter manager still does not reach the client
            as(clinic.otherManager).get(clinic.client("plans")).then().statusCode(403);
        }
    }

    @Test
    void aTherapistOfBothBranchesWritesAtEither() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            UUID jupiter = jupiter(clinic);
            String both = TestTokens.issue(clinic.therapistUser, clinic.tenant,
                    List.of(clinic.locationCode, "jupiter"), "therapist");
            as(both).body(Map.of("locationId", jupiter, "nrs", 5)).post(clinic.client("assessments"))
                    .then().statusCode(201);
        }
    }
}
