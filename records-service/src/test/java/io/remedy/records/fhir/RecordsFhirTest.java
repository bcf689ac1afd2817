package io.remedy.records.fhir;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.remedy.records.Clinic.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records' FHIR R4 resources: the mapping of each, the searches and their paging, the same roles and audit as the
 * JSON API, and refusals as OperationOutcomes.
 */
@QuarkusTest
class RecordsFhirTest {

    private static final String FHIR = "/api/v1/fhir/r4/";
    private static final String FHIR_JSON = "application/fhir+json";

    /** A FHIR read; the path is sent as written ({@code $everything} as FHIR clients send it, not %24). */
    private static JsonPath read(String token, String path, int status) {
        return given().urlEncodingEnabled(false).auth().oauth2(token).accept(FHIR_JSON).get(FHIR + path)
                .then().statusCode(status).contentType(startsWith(FHIR_JSON)).extract().jsonPath();
    }

    private static String assess(Clinic clinic, int nrs, List<Integer> odi, String assessedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", clinic.locationId);
        body.put("nrs", nrs);
        body.put("odiAnswers", odi);
        body.put("assessedAt", assessedAt);
        return as(clinic.therapist).body(body).post(clinic.client("assessments"))
                .then().statusCode(201).extract().path("id");
    }

    private static String plan(Clinic clinic) {
        return as(clinic.therapist).body(Map.of("locationId", clinic.locationId,
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6,
                                        "goals", List.of(Map.of("description", "Sit through a work shift without pain",
                                                "measure", "NRS", "target", 3, "met", false))),
                                Map.of("name", "Maintenance", "intervalWeeks", 4)),
                        "techniques", List.of("DEEP_TISSUE", "TRIGGER_POINT"),
                        "regions", List.of("GLUTEALS", "QUADRATUS_LUMBORUM"),
                        "homework", List.of(Map.of("title", "Knee-to-chest stretch",
                                "instructions", "Hold 30 seconds, three times each side", "timesPerDay", 2)),
                        "reviewDate", LocalDate.now().plusWeeks(6).toString()))
                .post(clinic.client("plans")).then().statusCode(201).extract().path("id");
    }

    @Test
    void showsAnAssessmentAsPainAndOdiObservationsWithTheBandAndTheChangeFromTheBaseline() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String first = assess(clinic, 6, Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-10-01T10:00:00Z");
            String later = assess(clinic, 3, Arrays.asList(1, 1, 1, 1, null, 1, 1, 1, 1, 1), "2026-11-01T10:00:00Z");

            JsonPath odi = read(clinic.therapist, "Observation/" + later + "-odi", 200);
            assertEquals("Observation", odi.getString("resourceType"));
            assertEquals("final", odi.getString("status"));
            assertEquals("http://loinc.org", odi.getString("code.coding[0].system"));
            assertEquals("97909-6", odi.getString("code.coding[0].code"));
            assertEquals("Patient/" + clinic.clientId, odi.getString("subject.reference"));
            assertEquals(20.0f, odi.getFloat("valueQuantity.value"));
            assertEquals("%", odi.getString("valueQuantity.code"));
            assertEquals("Minimal disability (0-20 %)",
                    odi.getString("component.find { it.code.text == 'ODI band' }.valueString"));
            assertEquals(-40.0f, odi.getFloat("component.find { it.code.text == 'Change from baseline' }"
                    + ".valueQuantity.value"));
            assertEquals(true, odi.getBoolean("component.find { it.code.text == "
                    + "'Clinically important change from baseline' }.valueBoolean"));
            assertEquals("QuestionnaireResponse/" + later, odi.getString("derivedFrom[0].reference"));

            JsonPath nrs = read(clinic.therapist, "Observation/" + later + "-nrs", 200);
            assertEquals("72514-3", nrs.getString("code.coding[0].code"));
            assertEquals(3, nrs.getInt("valueQuantity.value"));
            assertEquals(-3.0f, nrs.getFloat("component.find { it.code.text == 'Change from baseline' }"
                    + ".valueQuantity.value"));

            JsonPath baseline = read(clinic.therapist, "Observation/" + first + "-nrs", 200);
            assertNull(baseline.get("component"), "the baseline is compared with nothing");

            // the FHIR read is an audited clinical read, as the JSON API's
            assertTrue(Clinic.count("select count(*) from clinical_audit where tenant = ? and client_id = ? "
                    + "and action = 'READ' and resource = ?", clinic.tenant, clinic.clientId, "assessment/" + later) >= 2);
        }
    }

    @Test
    void searchesObservationsByPatientAndCodeAndPagesWithNextLinks() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String a = assess(clinic, 6, Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-09-01T10:00:00Z");
            String b = assess(clinic, 5, null, "2026-10-01T10:00:00Z");
            String c = assess(clinic, 4, Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), "2026-11-01T10:00:00Z");
            String patient = "patient=Patient/" + clinic.clientId;

            JsonPath all = read(clinic.therapist, "Observation?" + patient, 200);
            assertEquals(List.of(a + "-nrs", a + "-odi", b + "-nrs", c + "-nrs", c + "-odi"),
                    all.getList("entry.resource.id"));

            JsonPath odi = read(clinic.therapist, "Observation?" + patient + "&code=http://loinc.org%7C97909-6", 200);
            assertEquals(List.of(a + "-odi", c + "-odi"), odi.getList("entry.resource.id"));

            JsonPath page = read(clinic.therapist, "Observation?" + patient + "&code=72514-3&_count=2", 200);
            assertEquals(List.of(a + "-nrs", b + "-nrs"), page.getList("entry.resource.id"));
            String next = page.getString("link.find { it.relation == 'next' }.url");
            assertNotNull(next);
            JsonPath last = given().urlEncodingEnabled(false).auth().oauth2(clinic.therapist).accept(FHIR_JSON)
                    .get(next.substring(next.indexOf(FHIR))).then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(c + "-nrs"), last.getList("entry.resource.id"));
            assertNull(last.getString("link.find { it.relation == 'next' }"));
        }
    }

    @Test
    void readsTheOdiAnswersAgainstTheQuestionnaireWePublish() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String id = assess(clinic, 5, Arrays.asList(2, 3, 1, 2, null, 3, 2, 1, 4, 3), "2026-11-01T10:00:00Z");
            JsonPath answers = read(clinic.therapist, "QuestionnaireResponse/" + id, 200);
            assertEquals("completed", answers.getString("status"));
            assertEquals(OdiQuestionnaire.URL, answers.getString("questionnaire"));
            assertEquals(List.of("1", "2", "3", "4", "6", "7", "8", "9", "10"), answers.getList("item.linkId"));
            assertEquals(3, answers.getInt("item.find { it.linkId == '2' }.answer[0].valueInteger"));

            JsonPath questionnaire = read(clinic.client, "Questionnaire/" + OdiQuestionnaire.ID, 200);
            assertEquals(OdiQuestionnaire.URL, questionnaire.getString("url"));
            assertEquals(10, questionnaire.getList("item").size());
            read(clinic.client, "Questionnaire/another", 404);
        }
    }

    @Test
    void showsAPlanAsACarePlanWithItsGoalsPhasesAndHomework() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String plan = plan(clinic);
            JsonPath carePlan = read(clinic.client, "CarePlan/" + plan, 200);
            assertEquals("CarePlan", carePlan.getString("resourceType"));
            assertEquals("active", carePlan.getString("status"));
            assertEquals("plan", carePlan.getString("intent"));
            assertEquals(List.of("Goal/" + plan + "-p1g1"), carePlan.getList("goal.reference"));
            assertEquals(3, carePlan.getList("activity").size());
            assertEquals("Homework: Knee-to-chest stretch", carePlan.getString("activity[2].detail.code.text"));
            assertEquals(2, carePlan.getInt("activity[2].detail.scheduledTiming.repeat.frequency"));

            JsonPath goal = read(clinic.client, "Goal/" + plan + "-p1g1", 200);
            assertEquals("active", goal.getString("lifecycleStatus"));
            assertEquals("Sit through a work shift without pain", goal.getString("description.text"));
            assertEquals("72514-3", goal.getString("target[0].measure.coding[0].code"));
            read(clinic.client, "Goal/" + plan + "-p2g1", 404);

            JsonPath found = read(clinic.therapist, "CarePlan?patient=Patient/" + clinic.clientId, 200);
            assertEquals(List.of(plan), found.getList("entry.resource.id"));
        }
    }

    @Test
    void showsConsentsAndRedFlagsWithTheirStatusAndSeverity() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String consent = clinic.giveConsent("DATA_PROCESSING");
            JsonPath fhirConsent = read(clinic.client, "Consent/" + consent, 200);
            assertEquals("active", fhirConsent.getString("status"));
            assertEquals("patient-privacy", fhirConsent.getString("scope.coding[0].code"));
            assertEquals("Patient/" + clinic.clientId, fhirConsent.getString("patient.reference"));

            String flag = as(clinic.therapist).body(Map.of("locationId", clinic.locationId,
                            "findings", List.of("SADDLE_NUMBNESS"), "notes", "Reports numbness"))
                    .post(clinic.client("red-flags")).then().statusCode(201).extract().path("id");
            JsonPath condition = read(clinic.therapist, "Condition/" + flag, 200);
            assertEquals("active", condition.getString("clinicalStatus.coding[0].code"));
            assertEquals("SADDLE_NUMBNESS", condition.getString("code.coding[0].code"));
            assertThat(condition.getString("severity.text"), startsWith("URGENT"));
            read(clinic.client, "Condition/" + flag, 403);
        }
    }

    @Test
    void refusesWhomTheJsonApiRefusesAndAnotherChainsIdsAreNotFound() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String id = assess(clinic, 6, null, "2026-11-01T10:00:00Z");
            JsonPath refused = read(clinic.receptionist, "Observation/" + id + "-nrs", 403);
            assertEquals("OperationOutcome", refused.getString("resourceType"));
            assertEquals("forbidden", refused.getString("issue[0].code"));
            read(clinic.client, "Observation/" + id + "-nrs", 403);
            read(clinic.receptionist, "Observation?patient=Patient/" + clinic.clientId, 403);
            JsonPath unknown = read(clinic.otherTenantAdmin, "Observation/" + id + "-nrs", 404);
            assertEquals("not-found", unknown.getString("issue[0].code"));
            read(clinic.otherTenantAdmin, "Observation?patient=Patient/" + clinic.clientId, 404);
            read(clinic.admin, "Observation/" + id + "-odi", 404);
            read(clinic.admin, "Observation/" + id, 404);
            read(clinic.admin, "CarePlan/" + java.util.UUID.randomUUID(), 404);
            read(clinic.therapist, "AuditEvent?patient=Patient/" + clinic.clientId, 403);
        }
    }

    @Test
    void refusesABadSearchParameterWithAnOperationOutcomeNamingIt() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String patient = "patient=Patient/" + clinic.clientId;
            for (String[] bad : List.of(new String[] {"Observation", "patient"},
                    new String[] {"Observation?" + patient + "&category=survey", "category"},
                    new String[] {"Observation?patient=Practitioner/x", "patient"},
                    new String[] {"Observation?" + patient + "&code=http://loinc.org%7C", "code"},
                    new String[] {"Observation?" + patient + "&_count=500", "_count"},
                    new String[] {"CarePlan?" + patient + "&cursor=nonsense", "cursor"},
                    new String[] {"AuditEvent", "patient"})) {
                JsonPath outcome = read(clinic.admin, bad[0], 400);
                assertEquals("invalid", outcome.getString("issue[0].code"), bad[0]);
                assertEquals(List.of(bad[1]), outcome.getList("issue[0].expression"), bad[0]);
            }
        }
    }

    @Test
    void showsTheAccessLogAsAuditEventsToTheChainAdminAndTheClient() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String id = assess(clinic, 6, null, "2026-11-01T10:00:00Z");
            read(clinic.therapist, "Observation/" + id + "-nrs", 200);
            JsonPath log = read(clinic.admin, "AuditEvent?patient=Patient/" + clinic.clientId, 200);
            assertThat(log.getList("entry.resource.entity[0].description"), hasItem("assessment/" + id));
            assertThat(log.getList("entry.resource.resourceType"), not(hasItem("OperationOutcome")));
            read(clinic.client, "AuditEvent?patient=Patient/" + clinic.clientId, 200);
        }
    }

    @Test
    void givesTheGatewayWhatOfTheRecordTheCallerMayReadForEverything() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String id = assess(clinic, 6, Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "2026-11-01T10:00:00Z");
            String plan = plan(clinic);
            JsonPath staff = read(clinic.therapist, "Patient/" + clinic.clientId + "/$everything", 200);
            assertThat(staff.getList("entry.resource.id"), hasItems(id + "-nrs", id + "-odi", id, plan, plan + "-p1g1"));
            JsonPath own = read(clinic.client, "Patient/" + clinic.clientId + "/$everything", 200);
            assertThat(own.getList("entry.resource.resourceType"), hasItems("CarePlan", "Goal", "Consent"));
            assertThat(own.getList("entry.resource.resourceType"), not(hasItem("Observation")));
            read(clinic.otherClient, "Patient/" + clinic.clientId + "/$everything", 200);
        }
    }

    @Test
    void publishesItsPartOfTheCapabilityStatementAndEveryOperationInTheApiDocument() {
        try (Clinic clinic = new Clinic()) {
            JsonPath metadata = read(clinic.admin, "metadata", 200);
            assertThat(metadata.getList("rest[0].resource.type"), hasItems("Observation", "QuestionnaireResponse",
                    "Questionnaire", "CarePlan", "Goal", "Consent", "Condition", "AuditEvent"));
            JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("searchFhirObservations", api.getString("paths.'/api/v1/fhir/r4/Observation'.get.operationId"));
            assertEquals(List.of("FHIR"), api.getList("paths.'/api/v1/fhir/r4/Observation/{id}'.get.tags"));
            assertNull(api.get("paths.'/api/v1/fhir/r4/metadata'"));
            assertNull(api.get("paths.'/api/v1/fhir/r4/Patient/{id}/$everything'"));
        }
    }
}
