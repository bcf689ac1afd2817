package io.remedy.records.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.TestEvents;
import io.remedy.records.Clinic;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.remedy.records.Clinic.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> plan(Clinic clinic) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", clinic.locationId);
        body.put("reviewDate", "2026-12-18");
        body.put("phases", List.of(
                Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6, "goals", List.of(
                        Map.of("description", "Sleep through the night", "measure", "NRS", "target", 3))),
                Map.of("name", "Restore", "intervalWeeks", 2, "sessionCount", 4),
                Map.of("name", "Maintain", "intervalWeeks", 4)));
        body.put("techniques", List.of("DEEP_TISSUE", "TRIGGER_POINT", "MUSCLE_ENERGY_TECHNIQUE"));
        body.put("regions", List.of("FEET", "CALVES", "HAMSTRINGS", "GLUTEALS", "QUADRATUS_LUMBORUM"));
        body.put("homework", List.of(Map.of("title", "Knee-to-chest stretch",
                "instructions", "Hold 30 seconds, three times each side", "timesPerDay", 2, "daysPerWeek", 7)));
        return body;
    }

    @Test
    void everyChangeIsANewVersionKeptWithWhoWhenAndWhy() throws Exception {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            ExtractableResponse<Response> created = as(clinic.therapist).body(plan(clinic))
                    .post(clinic.client("plans"))
                    .then().statusCode(201)
                    .body("version", equalTo(1))
                    .body("status", equalTo("ACTIVE"))
                    .body("therapistId", equalTo(clinic.therapistId.toString()))
                    .body("phases[0].goals[0].goalId", notNullValue())
                    .body("regions", contains("FEET", "CALVES", "HAMSTRINGS", "GLUTEALS", "QUADRATUS_LUMBORUM"))
                    .body("changeReason", equalTo("INITIAL_PLAN"))
                    .extract();
            String planId = created.path("id");
            String goalId = created.path("phases[0].goals[0].goalId");

            Map<String, Object> change = plan(clinic);
            change.put("status", "ACTIVE");
            change.put("changeReason", "PROGRESS");
            change.put("phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 4,
                    "goals", List.of(Map.of("goalId", goalId, "description", "Sleep through the night",
                            "measure", "NRS", "target", 3, "met", true)))));
            String path = clinic.client("plans/" + planId);
            as(clinic.therapist).body(change).put(path).then().statusCode(428);
            as(clinic.therapist).header("If-Match", "\"7\"").body(change).put(path).then().statusCode(412);
            as(clinic.therapist).header("If-Match", "\"1\"").body(change).put(path)
                    .then().statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("version", equalTo(2))
                    .body("phases[0].goals[0].goalId", equalTo(goalId))
                    .body("phases[0].goals[0].met", equalTo(true));
            as(clinic.therapist).header("If-Match", "\"1\"").body(change).put(path).then().statusCode(412);

            as(clinic.therapist).get(path + "/versions").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items[0].version", equalTo(1))
                    .body("items[0].changeReason", equalTo("INITIAL_PLAN"))
                    .body("items[0].phases", hasSize(3))
                    .body("items[1].version", equalTo(2))
                    .body("items[1].changeReason", equalTo("PROGRESS"))
                    .body("items[1].changedBy", equalTo(clinic.therapistUser))
                    .body("items[1].phases", hasSize(1));
            as(clinic.therapist).get(path).then().statusCode(200).header("ETag", "\"2\"");

            List<String> published = clinic.events().read(Topics.PLANS, r -> planId.equals(r.key())
                    && r.value().contains("\"version\":2")
                    && EventCatalogue.PLAN_UPDATED.type().equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(30)).stream().map(r -> r.value()).toList();
            assertEquals(1, published.size());
            EventSchemas.assertValid(EventCatalogue.PLAN_UPDATED, published.get(0));
            JsonNode whole = JSON.readTree(published.get(0));
            assertEquals("PROGRESS", whole.get("changeReason").asText());
            assertEquals(1, whole.get("phases").size());
            assertEquals(5, whole.get("regions").size());
            assertEquals(1, whole.get("homework").size());
            assertTrue(whole.get("therapistUserId").isNull(), "no consumer needs the therapist's login id");

            // the series alone travels too, for billing: where, which service, how many sessions; nothing clinical
            List<String> series = clinic.events().read(Topics.PLANS, r -> planId.equals(r.key())
                    && r.value().contains("\"version\":2")
                    && EventCatalogue.PLAN_SERIES_SET.type().equals(TestEvents.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(30)).stream().map(r -> r.value()).toList();
            assertEquals(1, series.size());
            EventSchemas.assertValid(EventCatalogue.PLAN_SERIES_SET, series.get(0));
            JsonNode counted = JSON.readTree(series.get(0));
            assertEquals(4, counted.get("sessionCount").asInt());
            assertEquals("ACTIVE", counted.get("status").asText());
            assertTrue(counted.get("phases") == null && counted.get("homework") == null, "nothing clinical");
        }
    }

    @Test
    void theClientReadsTheirPlanAndHomeworkButDoesNotWriteIt() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String planId = as(clinic.therapist).body(plan(clinic)).post(clinic.client("plans"))
                    .then().statusCode(201).extract().path("id");
            as(clinic.client).get(clinic.client("plans")).then().statusCode(200).body("items", hasSize(1));
            as(clinic.client).get(clinic.client("plans/" + planId)).then().statusCode(200)
                    .body("homework[0].title", equalTo("Knee-to-chest stretch"));
            as(clinic.client).get(clinic.client("homework")).then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].planId", equalTo(planId))
                    .body("items[0].instructions", equalTo("Hold 30 seconds, three times each side"));
            as(clinic.client).body(plan(clinic)).post(clinic.client("plans")).then().statusCode(403);
            as(clinic.otherClient).get(clinic.client("plans/" + planId)).then().statusCode(403);
        }
    }

    @Test
    void aPlanMustBeWholeAndItsCodesKnown() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            Map<String, Object> noPhases = plan(clinic);
            noPhases.put("phases", List.of());
            as(clinic.therapist).body(noPhases).post(clinic.client("plans"))
                    .then().statusCode(400).body("errors[0].field", equalTo("phases"));
            Map<String, Object> badTechnique = plan(clinic);
            badTechnique.put("techniques", List.of("DEEP_TISSUE", "REIKI"));
            as(clinic.therapist).body(badTechnique).post(clinic.client("plans"))
                    .then().statusCode(400).body("errors[0].field", equalTo("techniques[1]"));
            Map<String, Object> twice = plan(clinic);
            twice.put("techniques", List.of("SWEDISH", "SWEDISH"));
            as(clinic.therapist).body(twice).post(clinic.client("plans"))
                    .then().statusCode(400).body("errors[0].field", equalTo("techniques"));
            Map<String, Object> zeroInterval = plan(clinic);
            zeroInterval.put("phases", List.of(Map.of("name", "Relief", "intervalWeeks", 0)));
            as(clinic.therapist).body(zeroInterval).post(clinic.client("plans"))
                    .then().statusCode(400).body("errors[0].field", equalTo("phases[0].intervalWeeks"));
            Map<String, Object> nrsTarget = plan(clinic);
            nrsTarget.put("phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "goals",
                    List.of(Map.of("description", "Less pain", "measure", "NRS", "target", 30)))));
            as(clinic.therapist).body(nrsTarget).post(clinic.client("plans"))
                    .then().statusCode(400).body("errors[0].field", equalTo("phases[0].goals[0].target"));
            Map<String, Object> badRegion = plan(clinic);
            badRegion.put("regions", List.of("lower back"));
            as(clinic.therapist).body(badRegion).post(clinic.client("plans"))
                    .then().statusCode(400).body("errors[0].field", equalTo("regions[0]"));
            as(clinic.therapist).get(clinic.client("plans")).then().body("items", hasSize(0));
            assertEquals(0, Clinic.count("SELECT count(*) FROM treatment_plan WHERE client_id = ?", clinic.clientId));
        }
    }
}
