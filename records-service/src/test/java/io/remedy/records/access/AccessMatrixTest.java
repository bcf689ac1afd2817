package io.remedy.records.access;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.records.Clinic.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may read and write which part of a client's clinical record, every endpoint against every role. */
@QuarkusTest
class AccessMatrixTest {

    private static final List<String> READS = List.of("intake", "intake/versions", "consents", "red-flags",
            "assessments", "plans", "homework", "progress", "audit", "export");

    /** The status each part answers a reader with; parts not named answer 403. */
    private static Map<String, Integer> reads(int status, String... parts) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        READS.forEach(part -> expected.put(part, 403));
        for (String part : parts) {
            expected.put(part, status);
        }
        return expected;
    }

    private static Map<String, Integer> all(int status) {
        return reads(status, READS.toArray(String[]::new));
    }

    @Test
    void everyReadIsRefusedOrAllowedByRole() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            as(clinic.client).body(Map.of("occupation", "Nurse")).put(clinic.client("intake")).then().statusCode(201);
            Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
            matrix.put("treating therapist", reads(200, "intake", "intake/versions", "consents", "red-flags",
                    "assessments", "plans", "homework", "progress"));
            matrix.put("branch manager of the client's location", reads(200, "intake", "intake/versions",
                    "consents", "red-flags", "assessments", "plans", "homework", "progress"));
            matrix.put("chain admin", all(200));
            matrix.put("the client", reads(200, "intake", "intake/versions", "consents", "plans", "homework",
                    "progress", "audit", "export"));
            matrix.put("another client", all(403));
            matrix.put("receptionist", all(403));
            matrix.put("therapist without a session", all(403));
            matrix.put("branch manager of another location", all(403));
            matrix.put("chain admin of another chain", all(404));
            Map<String, String> tokens = Map.of("treating therapist", clinic.therapist,
                    "branch manager of the client's location", clinic.manager, "chain admin", clinic.admin,
                    "the client", clinic.client, "another client", clinic.otherClient,
                    "receptionist", clinic.receptionist, "therapist without a session", clinic.otherTherapist,
                    "branch manager of another location", clinic.otherManager,
                    "chain admin of another chain", clinic.otherTenantAdmin);

            List<String> wrong = new ArrayList<>();
            matrix.forEach((who, expected) -> expected.forEach((part, status) -> {
                int actual = as(tokens.get(who)).get(clinic.client(part)).statusCode();
                if (actual != status) {
                    wrong.add(who + " GET " + part + ": " + actual + " instead of " + status);
                }
            }));
            assertEquals(List.of(), wrong);
        }
    }

    @Test
    void onlyTheTreatingTherapistWritesClinicalDataAndTheClientTheirIntakeAndConsent() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Map<String, Object> flag = Map.of("locationId", clinic.locationId, "findings", List.of("FEVER"));
            Map<String, Object> assessment = Map.of("locationId", clinic.locationId, "nrs", 4);
            Map<String, Object> plan = Map.of("locationId", clinic.locationId, "reviewDate", "2026-12-18",
                    "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1)));
            Map<String, Object> consent = Map.of("kind", "DATA_PROCESSING", "textVersion", "data-2026-01");
            Map<String, Object> intake = Map.of("occupation", "Nurse");

            List<String> wrong = new ArrayList<>();
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("chain admin", clinic.admin);
            refused.put("branch manager", clinic.manager);
            refused.put("receptionist", clinic.receptionist);
            refused.put("therapist without a session", clinic.otherTherapist);
            refused.put("another client", clinic.otherClient);
            for (Map.Entry<String, String> who : refused.entrySet()) {
                expect(wrong, who.getKey() + " raises a red flag", 403,
                        as(who.getValue()).body(flag).post(clinic.client("red-flags")).statusCode());
                expect(wrong, who.getKey() + " records an assessment", 403,
                        as(who.getValue()).body(assessment).post(clinic.client("assessments")).statusCode());
                expect(wrong, who.getKey() + " writes a plan", 403,
                        as(who.getValue()).body(plan).post(clinic.client("plans")).statusCode());
                expect(wrong, who.getKey() + " gives consent", 403,
                        as(who.getValue()).body(consent).post(clinic.client("consents")).statusCode());
                expect(wrong, who.getKey() + " writes the intake", 403,
                        as(who.getValue()).body(intake).put(clinic.client("intake")).statusCode());
            }
            expect(wrong, "the client raises a red flag", 403,
                    as(clinic.client).body(flag).post(clinic.client("red-flags")).statusCode());
            expect(wrong, "the client records an assessment", 403,
                    as(clinic.client).body(assessment).post(clinic.client("assessments")).statusCode());
            expect(wrong, "another chain's admin writes the intake", 404,
                    as(clinic.otherTenantAdmin).body(intake).put(clinic.client("intake")).statusCode());
            expect(wrong, "another chain's admin raises a flag", 404,
                    as(clinic.otherTenantAdmin).body(flag).post(clinic.client("red-flags")).statusCode());

            expect(wrong, "the therapist raises a red flag", 201,
                    as(clinic.therapist).body(flag).post(clinic.client("red-flags")).statusCode());
            expect(wrong, "the therapist records an assessment", 201,
                    as(clinic.therapist).body(assessment).post(clinic.client("assessments")).statusCode());
            expect(wrong, "the therapist writes a plan", 201,
                    as(clinic.therapist).body(plan).post(clinic.client("plans")).statusCode());
            expect(wrong, "the client gives consent", 201,
                    as(clinic.client).body(consent).post(clinic.client("consents")).statusCode());
            expect(wrong, "the client writes their intake", 201,
                    as(clinic.client).body(intake).put(clinic.client("intake")).statusCode());
            assertEquals(List.of(), wrong);
        }
    }

    @Test
    void notesAreReadByTheClientsTherapistsAndManagersButNeverByClientsOrReceptionists() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            UUID sessionId = clinic.book(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
            String path = Clinic.BASE + "/sessions/" + sessionId + "/notes";
            await().atMost(Duration.ofSeconds(30)).until(() -> as(clinic.admin).get(path)
                    .then().extract().path("items.size()").equals(1));
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put(clinic.therapist, 200);
            expected.put(clinic.admin, 200);
            expected.put(clinic.manager, 200);
            expected.put(clinic.otherManager, 403);
            expected.put(clinic.otherTherapist, 403);
            expected.put(clinic.client, 403);
            expected.put(clinic.receptionist, 403);
            List<String> wrong = new ArrayList<>();
            expected.forEach((token, status) -> expect(wrong, "notes for token #" + List.copyOf(expected.keySet())
                    .indexOf(token), status, as(token).get(path).statusCode()));
            assertEquals(List.of(), wrong);
        }
    }

    private static void expect(List<String> wrong, String what, int expected, int actual) {
        if (expected != actual) {
            wrong.add(what + ": " + actual + " instead of " + expected);
        }
    }
}
