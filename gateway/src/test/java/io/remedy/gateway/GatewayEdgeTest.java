package io.remedy.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.TestTokens;
import io.remedy.local.testing.TestTokensResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@WithTestResource(value = TestTokensResource.class, scope = TestResourceScope.GLOBAL)
class GatewayEdgeTest {

    @Test
    void refusesACallWithoutTokenBeforeItReachesAnyService() {
        given().get("/api/v1/locations").then().statusCode(401);
    }

    @Test
    void refusesATamperedToken() {
        String token = TestTokens.issue("rita", "harbour", List.of("norwich"), "receptionist");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        given().auth().oauth2(tampered).get("/api/v1/locations").then().statusCode(401);
    }

    @Test
    void forwardsAnAuthenticatedCallAndSaysSoWhenTheServiceIsDown() {
        // no booking-service runs in this test: the gateway answers for it instead of hanging or failing with 500
        String token = TestTokens.issue("rita", "harbour", List.of("norwich"), "receptionist");
        given().auth().oauth2(token).get("/api/v1/locations").then().statusCode(502);
    }

    @Test
    void isReadyAndServesItsApiDescription() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("$", hasKey("openapi"));
    }
}
