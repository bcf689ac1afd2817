package io.remedy.booking.therapist;

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

/** A chain admin renames a therapist, changes their e-mail and links or unlinks their login; nobody else does. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class TherapistChangesTest {

    private static io.restassured.response.Response put(String token, String path, String ifMatch, Map<String, ?> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        return ifMatch == null ? request.put(path) : request.header("If-Match", ifMatch).put(path);
    }

    @Test
    void chainAdminRenamesATherapistAndLinksTheirLogin() {
        Chain chain = new Chain();
        String path = "/api/v1/therapists/" + chain.therapistId;
        long version = given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        String login = "login-" + UUID.randomUUID();
        put(chain.admin, path, "\"" + version + "\"", Map.of("displayName", "Ana Ortiz-Reyes",
                "email", "ana.ortiz@example.test", "userId", login))
                .then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"")
                .body("displayName", equalTo("Ana Ortiz-Reyes")).body("userId", equalTo(login));
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .body("email", equalTo("ana.ortiz@example.test"));
        // the roster's ETag is the therapist's version: a roster read before the change is stale now
        given().auth().oauth2(chain.admin).get(path + "/roster").then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"");
        // a whole replacement: without an e-mail or login, the therapist has none
        put(chain.admin, path, "\"" + (version + 1) + "\"", Map.of("displayName", "Ana Ortiz-Reyes"))
                .then().statusCode(200).body("email", nullValue()).body("userId", nullValue());
    }

    @Test
    void aChangeWithoutTheRegistrationNumberKeepsItAndABlankOneRemovesIt() {
        Chain chain = new Chain();
        String path = "/api/v1/therapists/" + chain.therapistId;
        long version = given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        put(chain.admin, path, "\"" + version + "\"", Map.of("displayName", "Ana Ortiz",
                "registrationNumber", " MTI-20417 "))
                .then().statusCode(200).body("registrationNumber", equalTo("MTI-20417"));
        // receipts for insurers print it: renaming the therapist must not lose it
        put(chain.admin, path, "\"" + (version + 1) + "\"", Map.of("displayName", "Ana Ortiz-Reyes"))
                .then().statusCode(200).body("registrationNumber", equalTo("MTI-20417"));
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .body("registrationNumber", equalTo("MTI-20417"));
        put(chain.admin, path, "\"" + (version + 2) + "\"", Map.of("displayName", "Ana Ortiz-Reyes",
                "registrationNumber", " "))
                .then().statusCode(200).body("registrationNumber", nullValue());
    }

    @Test
    void aStaleVersionAMissingIfMatchATakenLoginAndAnotherRoleAreRefused() {
        Chain chain = new Chain();
        String path = "/api/v1/therapists/" + chain.therapistId;
        String other = chain.addTherapist("Ben Carter");
        var before = given().auth().oauth2(chain.admin).get(path).then().statusCode(200).extract().jsonPath();
        long version = before.getLong("version");
        put(chain.admin, path, null, Map.of("displayName", "X")).then().statusCode(428);
        put(chain.admin, path, "\"" + (version + 7) + "\"", Map.of("displayName", "X")).then().statusCode(412);
        put(chain.admin, "/api/v1/therapists/" + other, chain.etag("/api/v1/therapists/" + other + "/roster"),
                Map.of("displayName", "Ben Carter", "userId", chain.therapistUser))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("userId"));
        put(chain.admin, path, "\"" + version + "\"", Map.of("displayName", "", "email", "not an address"))
                .then().statusCode(400).body("errors.field", hasItem("displayName"));
        put(chain.receptionist, path, "\"" + version + "\"", Map.of("displayName", "X")).then().statusCode(403);
        // nothing of it was written
        given().auth().oauth2(chain.admin).get(path).then().statusCode(200)
                .body("displayName", equalTo(before.getString("displayName")))
                .body("userId", equalTo(chain.therapistUser))
                .body("version", equalTo((int) version));
    }
}
