package io.remedy.gateway.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FHIR answers the gateway composes: one CapabilityStatement, a patient's $everything across services. */
@QuarkusTest
class FhirCompositionTest {

    private static final String FHIR = "/api/v1/fhir/r4";
    private static final String PATIENT = "0b7c6d2e-6a8f-4f7e-9d0c-2f3b1a4e5d6c";
    private static final String EVERYTHING = FHIR + "/Patient/" + PATIENT + "/$everything";

    private String token;

    @BeforeEach
    void standIns() {
        StandIns.resetAll();
        token = TestTokens.issue("admin-" + UUID.randomUUID(), "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
    }

    private static Map<String, Object> statement(String software, String... types) {
        return Map.of("resourceType", "CapabilityStatement", "status", "active", "date", "2026-12-03",
                "kind", "instance", "fhirVersion", "4.0.1", "format", List.of("application/fhir+json"),
                "software", Map.of("name", software), "implementation", Map.of("description", software),
                "rest", List.of(Map.of("mode", "server", "resource",
                        java.util.Arrays.stream(types).map(type -> Map.of("type", type)).toList())));
    }

    private static Map<String, Object> bundle(String... references) {
        return Map.of("resourceType", "Bundle", "type", "searchset", "entry", java.util.Arrays.stream(references)
                .map(reference -> Map.of("fullUrl", "http://gateway/api/v1/fhir/r4/" + reference,
                        "resource", Map.of("resourceType", reference.substring(0, reference.indexOf('/')),
                                "id", reference.substring(reference.indexOf('/') + 1)),
                        "search", Map.of("mode", "match"))).toList());
    }

    @Test
    void servesOneCapabilityStatementWithEveryServicesResourceTypes() {
        StandIns.booking().on("GET", FHIR + "/metadata").json(statement("booking", "Patient", "Appointment")).add();
        StandIns.records().on("GET", FHIR + "/metadata").json(statement("records", "Observation", "CarePlan")).add();
        given().auth().oauth2(token).get(FHIR + "/metadata").then().statusCode(200)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("software.name", equalTo("Remedy"))
                .body("rest[0].resource.type", contains("Patient", "Appointment", "Observation", "CarePlan"));
        for (StandIns service : List.of(StandIns.booking(), StandIns.records())) {
            JsonNode call = service.requestsTo(FHIR).get(0);
            assertEquals("Bearer " + token, call.path("headers").path("authorization").asText());
        }
    }

    @Test
    void composesAPatientsEverythingFromBookingAndRecordsWithTheCallersToken() {
        StandIns.booking().on("GET", EVERYTHING).json(bundle("Patient/" + PATIENT, "Appointment/a1")).add();
        StandIns.records().on("GET", EVERYTHING).json(bundle("Observation/o1-nrs", "CarePlan/p1")).add();
        given().auth().oauth2(token).urlEncodingEnabled(false).get(EVERYTHING).then().statusCode(200)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("total", equalTo(4))
                .body("entry.resource.resourceType", contains("Patient", "Appointment", "Observation", "CarePlan"))
                .body("link[0].relation", equalTo("self"));
        for (StandIns service : List.of(StandIns.booking(), StandIns.records())) {
            List<JsonNode> calls = service.requestsTo(FHIR);
            assertEquals(1, calls.size(), calls.toString());
            assertEquals("Bearer " + token, calls.get(0).path("headers").path("authorization").asText());
            assertTrue(calls.get(0).path("uri").asText().endsWith("/$everything"), calls.get(0).toString());
        }
    }

    @Test
    void answersBookingsRefusalAndSaysSoWhenRecordsIsMissing() {
        StandIns.booking().on("GET", EVERYTHING).status(404).header("Content-Type", "application/fhir+json")
                .body("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"not-found\"}]}")
                .add();
        StandIns.records().on("GET", EVERYTHING).json(bundle("CarePlan/p1")).add();
        given().auth().oauth2(token).urlEncodingEnabled(false).get(EVERYTHING).then().statusCode(404)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"));

        StandIns.resetAll();
        StandIns.booking().on("GET", EVERYTHING).json(bundle("Patient/" + PATIENT)).add();
        StandIns.records().on("GET", EVERYTHING).status(503).add();
        given().auth().oauth2(token).urlEncodingEnabled(false).get(EVERYTHING).then().statusCode(200)
                .body("entry.resource.resourceType", contains("Patient", "OperationOutcome"))
                .body("entry[1].search.mode", equalTo("outcome"))
                .body("entry[1].resource.issue[0].severity", equalTo("warning"));
    }

    @Test
    void publishesBothOperationsUnderTheFhirTag() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/fhir/r4/metadata'.get.operationId", equalTo("getFhirCapabilities"))
                .body("paths.'/api/v1/fhir/r4/Patient/{id}/$everything'.get.operationId",
                        equalTo("getFhirPatientEverything"))
                .body("paths.'/api/v1/fhir/r4/metadata'.get.tags", contains("FHIR"));
    }
}
