package io.remedy.booking.catalogue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A name that must be unique and is taken is a 409 naming the field, never a 500; nothing is written. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class DuplicateNamesTest {

    private static Response post(String token, String path, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void aTakenServiceNameIs409NamingName() {
        Chain chain = new Chain();
        post(chain.admin, "/api/v1/services", Map.of("name", "Remedial massage 60 min", "durationMinutes", 60,
                "bufferMinutes", 15, "priceCents", 7500, "currency", "GBP", "therapistIds", List.of()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(chain.admin).get("/api/v1/services").then().statusCode(200)
                .body("items.findAll { it.name == 'Remedial massage 60 min' }.size()", equalTo(1));
    }

    @Test
    void aTakenRoomNameAtTheLocationIs409NamingName() {
        Chain chain = new Chain();
        post(chain.admin, "/api/v1/locations/" + chain.locationId + "/rooms", Map.of("name", "Room A"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void aTakenLocationCodeIs409NamingCode() {
        Chain chain = new Chain();
        post(chain.admin, "/api/v1/locations", Map.of("code", chain.locationCode, "name", "Again",
                "timeZone", "Europe/London"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void aTherapistLoginTakenByAnotherTherapistIs409NamingUserId() {
        Chain chain = new Chain();
        post(chain.admin, "/api/v1/therapists", Map.of("displayName", "Twin", "userId", chain.therapistUser))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("userId"));
    }

    @Test
    void renamingAServiceToATakenNameIs409NamingName() {
        Chain chain = new Chain();
        String other = Chain.create(chain.admin, "/api/v1/services", Map.of("name", "Deep tissue " + UUID.randomUUID(),
                "durationMinutes", 60, "bufferMinutes", 10, "priceCents", 8000, "currency", "GBP",
                "therapistIds", List.of()));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .header("If-Match", chain.etag("/api/v1/services/" + other))
                .body(Map.of("name", "Remedial massage 60 min", "durationMinutes", 60, "bufferMinutes", 10,
                        "priceCents", 8000, "currency", "GBP", "therapistIds", List.of()))
                .put("/api/v1/services/" + other)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }
}
