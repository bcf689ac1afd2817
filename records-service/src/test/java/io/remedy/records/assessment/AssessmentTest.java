package io.remedy.records.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.remedy.records.Clinic.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AssessmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> assessment(Clinic clinic, int nrs, List<Integer> odi) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", clinic.locationId);
        body.put("nrs", nrs);
        body.put("odiAnswers", odi);
        return body;
    }

    @Test
    void recordsAnAssessmentWithItsOdiScoreAndBandAndAnnouncesTheFigures() throws Exception {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Map<String, Object> body = assessment(clinic, 6, Arrays.asList(2, 3, 1, 2, null, 3, 2, 1, 4, 3));
            body.put("rom", Map.of("lumbarFlexion", 60, "lumbarExtension", 15));
            body.put("tests", List.of(Map.of("test", "STRAIGHT_LEG_RAISE", "side", "LEFT", "result", "POSITIVE",
                    "angleDegrees", 45)));
            body.put("triggerPoints", List.of(Map.of("muscle", "QUADRATUS_LUMBORUM", "side", "LEFT")));
            String id = as(clinic.therapist).body(body).post(clinic.client("assessments"))
                    .then().statusCode(201)
                    .body("odi.score", equalTo(46.7f))
                    .body("odi.band", equalTo("SEVERE"))
                    .body("odi.answered", equalTo(9))
                    .body("nrs", equalTo(6))
                    .body("baseline", equalTo(true))
                    .body("rom.lumbarFlexion", equalTo(60))
                    .body("tests[0].test", equalTo("STRAIGHT_LEG_RAISE"))
                    .body("triggerPoints[0].muscle", equalTo("QUADRATUS_LUMBORUM"))
                    .extract().path("id");

            List<String> published = clinic.published(Topics.ASSESSMENTS, id);
            assertEquals(1, published.size());
            EventSchemas.assertValid(EventCatalogue.ASSESSMENT_RECORDED, published.get(0));
            JsonNode event = JSON.readTree(published.get(0));
            assertEquals(46.7, event.get("odiScore").asDouble());
            assertEquals("SEVERE", event.get("odiBand").asText());
            assertEquals(9, event.get("odiSectionsAnswered").asInt());
            assertEquals(clinic.therapistId.toString(), event.get("therapistId").asText());
            assertEquals(true, event.get("baseline").asBoolean());

            as(clinic.therapist).body(assessment(clinic, 3, null)).post(clinic.client("assessments"))
                    .then().statusCode(201).body("baseline", equalTo(false)).body("odi", nullValue());
            as(clinic.therapist).get(clinic.client("assessments")).then().statusCode(200)
                    .body("items", hasSize(2)).body("items[0].id", equalTo(id));
        }
    }

    @Test
    void outOfRangeInputIsRefusedNamingTheFieldAndWritesNothing() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            List<Integer> fine = Collections.nCopies(10, 2);
            List<Integer> six = new ArrayList<>(fine);
            six.set(3, 6);
            refused(clinic, assessment(clinic, 11, fine), "nrs");
            refused(clinic, assessment(clinic, -1, fine), "nrs");
            refused(clinic, assessment(clinic, 5, six), "odiAnswers[3]");
            refused(clinic, assessment(clinic, 5, Collections.nCopies(9, 2)), "odiAnswers");
            refused(clinic, assessment(clinic, 5, Collections.nCopies(11, 2)), "odiAnswers");
            refused(clinic, assessment(clinic, 5, Collections.nCopies(10, (Integer) null)), "odiAnswers");
            Map<String, Object> negative = assessment(clinic, 5, fine);
            negative.put("rom", Map.of("lumbarFlexion", -5));
            refused(clinic, negative, "rom.lumbarFlexion");
            Map<String, Object> unknownTest = assessment(clinic, 5, fine);
            unknownTest.put("tests", List.of(Map.of("test", "TOE_TOUCH", "result", "POSITIVE")));
            refused(clinic, unknownTest, "tests[0].test");
            Map<String, Object> unknownField = assessment(clinic, 5, fine);
            unknownField.put("pain", 5);
            refused(clinic, unknownField, "pain");
            as(clinic.therapist).body("{\"locationId\": ").post(clinic.client("assessments"))
                    .then().statusCode(400).contentType("application/problem+json");

            as(clinic.therapist).get(clinic.client("assessments")).then().statusCode(200).body("items", hasSize(0));
            assertEquals(0, Clinic.count("SELECT count(*) FROM assessment WHERE client_id = ?", clinic.clientId));
        }
    }

    private static void refused(Clinic clinic, Map<String, Object> body, String field) {
        as(clinic.therapist).body(body).post(clinic.client("assessments"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void progressShowsTheChangeSinceTheBaselineAndWhetherItMatters() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Map<String, Object> first = assessment(clinic, 7, Collections.nCopies(10, 3));
            first.put("assessedAt", "2026-01-05T10:00:00Z");
            as(clinic.therapist).body(first).post(clinic.client("assessments")).then().statusCode(201);
            Map<String, Object> latest = assessment(clinic, 4, Collections.nCopies(10, 2));
            latest.put("assessedAt", "2026-02-02T10:00:00Z");
            as(clinic.therapist).body(latest).post(clinic.client("assessments")).then().statusCode(201);

            as(clinic.client).get(clinic.client("progress")).then().statusCode(200)
                    .body("points", hasSize(2))
                    .body("nrs.baseline", equalTo(7.0f))
                    .body("nrs.latest", equalTo(4.0f))
                    .body("nrs.change", equalTo(-3.0f))
                    .body("nrs.clinicallyImportant", equalTo(true))
                    .body("nrs.importantImprovement", equalTo(true))
                    .body("odi.baseline", equalTo(60.0f))
                    .body("odi.latest", equalTo(40.0f))
                    .body("odi.change", equalTo(-20.0f))
                    .body("odi.importantImprovement", equalTo(true));
        }
    }
}
