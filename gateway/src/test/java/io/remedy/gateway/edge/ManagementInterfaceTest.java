package io.remedy.gateway.edge;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.support.Management;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Metrics and health are served on the management interface only: the public port does not answer them. */
@QuarkusTest
class ManagementInterfaceTest {

    @Test
    void servesMetricsAndHealthOnTheManagementPort() {
        given().get(Management.url("/q/metrics")).then().statusCode(200).body(containsString("remedy_gateway_circuit_state"));
        given().get(Management.url("/q/health/live")).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void doesNotServeMetricsOrHealthOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }
}
