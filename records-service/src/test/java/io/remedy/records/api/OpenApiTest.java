package io.remedy.records.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpenApiTest {

    @Test
    void theApiDescriptionNamesEveryRecordsPathAndTheBearerScheme() {
        var document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200);
        for (String path : new String[] {
                "/api/v1/records/clients/{clientId}/intake", "/api/v1/records/clients/{clientId}/intake/versions",
                "/api/v1/records/clients/{clientId}/consents",
                "/api/v1/records/clients/{clientId}/consents/{consentId}/withdrawal",
                "/api/v1/records/clients/{clientId}/red-flags", "/api/v1/records/clients/{clientId}/red-flags/{flagId}/clear",
                "/api/v1/records/clients/{clientId}/assessments", "/api/v1/records/clients/{clientId}/progress",
                "/api/v1/records/clients/{clientId}/plans", "/api/v1/records/clients/{clientId}/plans/{planId}",
                "/api/v1/records/clients/{clientId}/plans/{planId}/versions",
                "/api/v1/records/clients/{clientId}/homework", "/api/v1/records/clients/{clientId}/audit",
                "/api/v1/records/clients/{clientId}/export", "/api/v1/records/sessions/{sessionId}/notes",
                "/api/v1/records/sessions/{sessionId}/notes/{noteId}/sign",
                "/api/v1/records/sessions/{sessionId}/notes/{noteId}/amendments",
                "/api/v1/records/notes/overdue", "/api/v1/records/reports"}) {
            document.body("paths", hasKey(path));
        }
        document.body("components.securitySchemes.jwt", notNullValue())
                .body("components.schemas.NewAssessment.properties.odiAnswers.description", notNullValue());
    }
}
