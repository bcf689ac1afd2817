package io.remedy.booking.session;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The diary's endpoints are in the OpenAPI document front-end developers read, each with a summary and the bearer. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class DiaryOpenApiTest {

    @Test
    void everyDiaryOperationIsDescribedAndSecured() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> operations = Map.ofEntries(
                Map.entry("/api/v1/sessions/{id}/reschedule", List.of("post")),
                Map.entry("/api/v1/sessions/{id}/cancel", List.of("post")),
                Map.entry("/api/v1/sessions/{id}/check-in", List.of("post")),
                Map.entry("/api/v1/sessions/{id}/complete", List.of("post")),
                Map.entry("/api/v1/sessions/{id}/no-show", List.of("post")),
                Map.entry("/api/v1/sessions/{id}/history", List.of("get")),
                Map.entry("/api/v1/sessions/proposals", List.of("get")),
                Map.entry("/api/v1/sessions/proposals/{proposalId}/confirm", List.of("post")),
                Map.entry("/api/v1/locations/{locationId}/rooms/{roomId}/hires", List.of("get", "post")),
                Map.entry("/api/v1/locations/{locationId}/hires", List.of("get")),
                Map.entry("/api/v1/waitlist/{entryId}/offers/{offerId}/accept", List.of("post")));
        operations.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> operation = api.getMap("paths.'" + path + "'." + method);
            assertNotNull(operation, method + " " + path);
            assertFalse(String.valueOf(operation.get("summary")).isBlank(), "summary of " + method + " " + path);
            assertNotNull(operation.get("security"), "security of " + method + " " + path);
        }));
        assertEquals(List.of("delete", "get"), api.getMap("paths.'/api/v1/waitlist/{entryId}'").keySet().stream()
                .filter(k -> !k.equals("parameters")).sorted().toList());
    }
}
