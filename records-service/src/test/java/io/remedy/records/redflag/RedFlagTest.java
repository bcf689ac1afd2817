package io.remedy.records.redflag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.records.Clinic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.records.Clinic.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "records"))
class RedFlagTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void urgentFlagIsAnnouncedFromTheTransactionThatAnswered201() throws Exception {
        try (Clinic clinic = Clinic.withBookedClient()) {
            String flagId = as(clinic.therapist)
                    .body(Map.of("locationId", clinic.locationId, "findings", List.of("SADDLE_NUMBNESS", "FEVER"),
                            "notes", "New saddle numbness since Tuesday"))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(201)
                    .body("severity", equalTo("URGENT"))
                    .body("status", equalTo("OPEN"))
                    .body("findings", contains("SADDLE_NUMBNESS", "FEVER"))
                    .extract().path("id");

            // the outbox row committed with the flag: it is there the moment the 201 is
            assertEquals(1, Clinic.count("SELECT count(*) FROM remedy_platform.outbox WHERE subject = ? AND type = ?",
                    flagId, EventCatalogue.RED_FLAG_RAISED.type()));

            List<ConsumerRecord<String, String>> published = clinic.events().read(Topics.RED_FLAGS,
                    r -> flagId.equals(r.key()), Duration.ofSeconds(30));
            assertEquals(1, published.size());
            ConsumerRecord<String, String> record = published.get(0);
            assertEquals(EventCatalogue.RED_FLAG_RAISED.type(), TestEvents.header(record, CloudEventHeaders.TYPE));
            assertEquals(clinic.tenant, TestEvents.header(record, CloudEventHeaders.TENANT));
            EventSchemas.assertValid(EventCatalogue.RED_FLAG_RAISED, record.value());
            JsonNode event = JSON.readTree(record.value());
            assertEquals("URGENT", event.get("severity").asText());
            assertEquals(clinic.locationCode, event.get("locationCode").asText());
            assertEquals(clinic.therapistUser, event.get("therapistUserId").asText());
            assertEquals(clinic.therapistId.toString(), event.get("therapistId").asText());
            assertEquals(clinic.clientId.toString(), event.get("clientId").asText());
            assertEquals(false, event.has("notes"), "clinical notes never leave records");
        }
    }

    @Test
    void aRefusedFlagWritesAndPublishesNothing() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "findings", List.of("SADDLE")))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("findings[0]"));
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "findings", List.of()))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(400).body("errors[0].field", equalTo("findings"));
            as(clinic.therapist).body(Map.of("locationId", UUID.randomUUID(), "findings", List.of("FEVER")))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(400).body("errors[0].field", equalTo("locationId"));
            as(clinic.receptionist).body(Map.of("locationId", clinic.locationId, "findings", List.of("FEVER")))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(403);

            as(clinic.therapist).get(clinic.client("red-flags")).then().statusCode(200).body("items", hasSize(0));
            assertEquals(0, Clinic.count("SELECT count(*) FROM red_flag WHERE client_id = ?", clinic.clientId));
            assertEquals(0, Clinic.count("SELECT count(*) FROM remedy_platform.outbox WHERE topic = ? AND tenant = ?",
                    Topics.RED_FLAGS, clinic.tenant));
        }
    }

    @Test
    void aClinicianClearsAReferFlagWithTheOutcomeOnce() throws Exception {
        try (Clinic clinic = Clinic.withBookedClient()) {
            String flagId = as(clinic.therapist)
                    .body(Map.of("locationId", clinic.locationId, "findings", List.of("NIGHT_PAIN")))
                    .post(clinic.client("red-flags"))
                    .then().statusCode(201).body("severity", equalTo("REFER")).extract().path("id");

            as(clinic.therapist).body(Map.of("clearance", "MEDICAL_CLEARANCE", "outcome", "GP cleared for massage"))
                    .post(clinic.client("red-flags/" + flagId + "/clear"))
                    .then().statusCode(200)
                    .body("status", equalTo("CLEARED"))
                    .body("clearance", equalTo("MEDICAL_CLEARANCE"))
                    .body("outcome", equalTo("GP cleared for massage"));
            as(clinic.therapist).body(Map.of("clearance", "MEDICAL_CLEARANCE", "outcome", "again"))
                    .post(clinic.client("red-flags/" + flagId + "/clear"))
                    .then().statusCode(409);
            as(clinic.therapist).body(Map.of("clearance", "WHATEVER", "outcome", "x"))
                    .post(clinic.client("red-flags/" + flagId + "/clear"))
                    .then().statusCode(400).body("errors[0].field", equalTo("clearance"));

            List<ConsumerRecord<String, String>> published = clinic.events().read(Topics.RED_FLAGS,
                    r -> flagId.equals(r.key()) && EventCatalogue.RED_FLAG_CLEARED.type()
                            .equals(TestEvents.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(30));
            assertEquals(1, published.size());
            EventSchemas.assertValid(EventCatalogue.RED_FLAG_CLEARED, published.get(0).value());
            assertEquals("MEDICAL_CLEARANCE", JSON.readTree(published.get(0).value()).get("clearance").asText());
        }
    }

    @Test
    void intakeAnswersRaiseTheSameFlagsOnce() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            Map<String, Object> intake = Map.of("occupation", "Ward nurse", "painRadiates", "BOTH_LEGS",
                    "symptoms", Map.of("newBladderDysfunction", true, "fever", false));
            as(clinic.client).body(intake).put(clinic.client("intake"))
                    .then().statusCode(201)
                    .body("findings", contains("BLADDER_DYSFUNCTION", "BILATERAL_LEG_SYMPTOMS"));

            as(clinic.therapist).get(clinic.client("red-flags")).then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].source", equalTo("INTAKE"))
                    .body("items[0].severity", equalTo("URGENT"))
                    .body("items[0].locationId", equalTo(clinic.locationId.toString()))
                    .body("items[0].therapistId", equalTo(clinic.therapistId.toString()));

            // the same answers again raise nothing new while the flag is open
            as(clinic.client).header("If-Match", "\"1\"").body(intake).put(clinic.client("intake"))
                    .then().statusCode(200).body("version", equalTo(2));
            as(clinic.therapist).get(clinic.client("red-flags")).then().body("items", hasSize(1));
            String flagId = as(clinic.therapist).get(clinic.client("red-flags")).then().extract().path("items[0].id");
            assertEquals(1, clinic.published(Topics.RED_FLAGS, flagId).size());
        }
    }
}
