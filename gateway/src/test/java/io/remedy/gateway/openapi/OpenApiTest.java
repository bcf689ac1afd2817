package io.remedy.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.StandIns;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One API document at the gateway: its own paths and every service's public ones, merged without clobbering. */
@QuarkusTest
class OpenApiTest {

    private static final String BOOKING_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"Remedy booking API","version":"1"},
             "tags":[{"name":"Locations"}],
             "paths":{
               "/api/v1/locations":{"get":{"operationId":"list","tags":["Locations"],
                  "responses":{"200":{"description":"The locations","content":{"application/json":{"schema":
                    {"type":"array","items":{"$ref":"#/components/schemas/Location"}}}}},
                   "403":{"description":"Refused","content":{"application/problem+json":{"schema":
                    {"$ref":"#/components/schemas/Problem"}}}}},
                  "security":[{"SecurityScheme":[]}]}},
               "/q/health":{"get":{"responses":{"200":{"description":"health"}}}}},
             "components":{
               "schemas":{
                 "Location":{"type":"object","properties":{"id":{"type":"string"},"code":{"type":"string","examples":["norwich"]}}},
                 "Problem":{"type":"object","properties":{"type":{"type":"string"},"status":{"type":"integer"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
            """;

    private static final String NOTIFICATION_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"Remedy notification API","version":"1"},
             "paths":{
               "/api/v1/notifications/inbox":{"get":{"operationId":"list",
                  "responses":{"200":{"description":"The inbox","content":{"application/json":{"schema":
                    {"$ref":"#/components/schemas/Message"}}}},
                   "400":{"description":"Bad","content":{"application/problem+json":{"schema":
                    {"$ref":"#/components/schemas/Problem"}}}}}}}},
             "components":{"schemas":{
               "Message":{"type":"object","properties":{"text":{"type":"string"},
                   "error":{"$ref":"#/components/schemas/Problem"}}},
               "Problem":{"type":"object","properties":{"title":{"type":"string"}}}}}}
            """;

    private static final String BILLING_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"Remedy billing API","version":"1"},
             "paths":{"/api/v1/billing/invoices":{"get":{"operationId":"listInvoices",
                  "responses":{"200":{"description":"Invoices"}}}}}}
            """;

    @BeforeEach
    void standInDocuments() {
        StandIns.resetAll();
        StandIns.booking().on("GET", "/q/openapi").header("Content-Type", "application/json")
                .body(BOOKING_DOCUMENT).add();
        StandIns.notification().on("GET", "/q/openapi").header("Content-Type", "application/json")
                .body(NOTIFICATION_DOCUMENT).add();
        StandIns.billing().on("GET", "/q/openapi").header("Content-Type", "application/json")
                .body(BILLING_DOCUMENT).add();
        StandIns.records().on("GET", "/q/openapi").status(503).add();
    }

    private static JsonPath mergedDocument() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                    .extract().jsonPath();
            return document.getMap("paths").containsKey("/api/v1/locations")
                    && document.getMap("paths").containsKey("/api/v1/notifications/inbox")
                    && document.getMap("paths").containsKey("/api/v1/billing/invoices");
        });
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void coversTheGatewaysOwnPathsAndEveryServicesPublicOnes() {
        JsonPath document = mergedDocument();
        Map<String, Object> paths = document.getMap("paths");
        assertTrue(paths.containsKey("/api/v1/reports/branches"), "the gateway's own report is missing");
        assertTrue(paths.containsKey("/api/v1/locations"));
        assertTrue(paths.containsKey("/api/v1/notifications/inbox"));
        assertFalse(paths.containsKey("/q/health"), "a service's management path became public");
        assertEquals("booking-service", document.getString("paths.'/api/v1/locations'.get.x-remedy-service"));
        assertEquals("Locations", document.getString("tags.find { it.name == 'Locations' }.name"));
    }

    @Test
    void keepsBothComponentsWhenTwoServicesUseOneNameForDifferentThings() {
        JsonPath document = mergedDocument();
        assertEquals("string", document.getString("components.schemas.Problem.properties.type.type"));
        assertEquals("string", document.getString("components.schemas.Notification_Problem.properties.title.type"));
        assertEquals("#/components/schemas/Notification_Problem", document.getString(
                "paths.'/api/v1/notifications/inbox'.get.responses.'400'.content.'application/problem+json'.schema.$ref"));
        assertEquals("#/components/schemas/Notification_Problem",
                document.getString("components.schemas.Message.properties.error.$ref"));
        assertEquals("#/components/schemas/Problem", document.getString(
                "paths.'/api/v1/locations'.get.responses.'403'.content.'application/problem+json'.schema.$ref"));
        assertEquals("list", document.getString("paths.'/api/v1/locations'.get.operationId"));
        assertEquals("notification_list", document.getString("paths.'/api/v1/notifications/inbox'.get.operationId"));
    }

    @Test
    void requiresTheGatewaysBearerOrKeycloakSignInOnEveryApiOperation() {
        JsonPath document = mergedDocument();
        assertEquals("bearer", document.getString("components.securitySchemes.bearer.scheme"));
        assertEquals("http://localhost:18080/realms/remedy/protocol/openid-connect/auth", document.getString(
                "components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl"));
        assertFalse(document.getMap("components.securitySchemes").containsKey("SecurityScheme"));
        for (String path : List.of("/api/v1/locations", "/api/v1/notifications/inbox", "/api/v1/reports/branches")) {
            List<Map<String, Object>> security = document.getList("paths.'" + path + "'.get.security");
            assertNotNull(security, path);
            assertEquals(List.of("bearer", "keycloak"),
                    security.stream().flatMap(requirement -> requirement.keySet().stream()).toList(), path);
        }
    }

    @Test
    void saysWhichServiceIsMissingAndStillServesTheOthers() {
        JsonPath document = mergedDocument();
        assertEquals(List.of("records-service"), document.getList("x-remedy-missing"));
        assertEquals("missing", document.getString("x-remedy-sources.records-service.status"));
        assertEquals("merged", document.getString("x-remedy-sources.booking-service.status"));
        assertTrue(document.getString("info.description").contains("records-service"));
    }

    @Test
    void servesTheSameDocumentAsYaml() {
        mergedDocument();
        given().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("/api/v1/notifications/inbox:"))
                .body(containsString("x-remedy-missing:"));
    }

    @Test
    void offersSwaggerUiWithSignInThroughTheWebClient() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("remedy-swagger-ui"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }
}
