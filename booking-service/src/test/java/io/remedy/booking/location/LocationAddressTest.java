package io.remedy.booking.location;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A location's postal address: given when it opens, kept when a change leaves it out, removed when blank. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class LocationAddressTest {

    @Test
    void aLocationKeepsItsAddressUntilAChangeGivesAnotherOrABlankOne() {
        Chain chain = new Chain();
        String code = "addr-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Chain.create(chain.admin, "/api/v1/locations", Map.of("code", code, "name", "Quayside",
                "address", "  12 Quay Street\nNorwich NR1 1AA  ", "timeZone", "Europe/London"));
        String path = "/api/v1/locations/" + id;
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .body("address", equalTo("12 Quay Street\nNorwich NR1 1AA"));
        change(chain, path, Map.of("name", "Quayside", "timeZone", "Europe/London", "noticeHours", 12))
                .then().statusCode(200).body("address", equalTo("12 Quay Street\nNorwich NR1 1AA"));
        change(chain, path, Map.of("name", "Quayside", "address", "3 Elm Hill, Norwich", "timeZone", "Europe/London",
                "noticeHours", 12)).then().statusCode(200).body("address", equalTo("3 Elm Hill, Norwich"));
        change(chain, path, Map.of("name", "Quayside", "address", " ", "timeZone", "Europe/London",
                "noticeHours", 12)).then().statusCode(200).body("address", nullValue());
        change(chain, path, Map.of("name", "Quayside", "address", "x".repeat(501), "timeZone", "Europe/London",
                "noticeHours", 12)).then().statusCode(400).body("errors.field", hasItem("address"));
    }

    private static io.restassured.response.Response change(Chain chain, String path, Map<String, ?> body) {
        return given().auth().oauth2(chain.admin).contentType(ContentType.JSON).header("If-Match", chain.etag(path))
                .body(body).put(path);
    }
}
