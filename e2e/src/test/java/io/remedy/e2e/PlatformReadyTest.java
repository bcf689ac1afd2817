package io.remedy.e2e;

import io.remedy.local.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.path.json.JsonPath.from;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `./remedy up` promises: real tokens with the platform's claims, every service ready, the gateway closed. */
class PlatformReadyTest {

    @BeforeAll
    static void platform() {
        Platform.stack();
    }

    @Test
    void aReceptionistsTokenCarriesTenantLocationsAndRole() {
        Map<String, Object> claims = from(new String(Base64.getUrlDecoder()
                .decode(Api.token(Clinic.RECEPTION).split("\\.")[1]), StandardCharsets.UTF_8)).getMap("$");
        assertEquals("harbour", claims.get("tenant"));
        assertEquals(List.of("norwich"), claims.get("locations"));
        assertTrue(((List<?>) ((Map<?, ?>) claims.get("realm_access")).get("roles")).contains("receptionist"));
        assertTrue(((List<?>) claims.get("aud")).contains("remedy-api"));
        assertEquals("11111111-0000-4000-8000-000000000003", claims.get("sub"));
    }

    @Test
    void everyServiceIsReady() {
        for (PlatformService service : PlatformService.values()) {
            given().baseUri(Platform.stack().service(service).managementUrl()).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void metricsAndHealthAreServedOnTheManagementPortsOnly() {
        for (PlatformService service : PlatformService.values()) {
            given().baseUri(Platform.stack().service(service).managementUrl()).get("/q/metrics")
                    .then().statusCode(200);
            // not on the public port: the APIs know no such path; the console sends a stranger to sign in first
            int notThere = service == PlatformService.CONSOLE ? 302 : 404;
            given().redirects().follow(false).baseUri(Platform.stack().service(service).url()).get("/q/metrics")
                    .then().statusCode(notThere);
            given().redirects().follow(false).baseUri(Platform.stack().service(service).url()).get("/q/health/ready")
                    .then().statusCode(notThere);
        }
    }

    @Test
    void theGatewayRefusesCallsWithoutAToken() {
        Api.anonymous().get("/api/v1/locations").then().statusCode(401);
        Api.anonymous().get("/api/v1/records/sessions/00000000-0000-0000-0000-000000000000/notes").then().statusCode(401);
    }

    @Test
    void theDemoChainIsSeededThroughTheApi() {
        Api.as(Clinic.RECEPTION).get("/api/v1/locations").then().statusCode(200)
                .body("items.code", equalTo(List.of("jupiter", "norwich")))
                .body("nextCursor", equalTo(null));
        Api.as(Clinic.SUMMIT_ADMIN).get("/api/v1/locations").then().statusCode(200)
                .body("items.code", equalTo(List.of("leeds")))
                .body("nextCursor", equalTo(null));
        Api.as("sam.client@harbour.test").get("/api/v1/clients/me").then().statusCode(200)
                .body("email", equalTo("sam.client@harbour.test"));
    }
}
