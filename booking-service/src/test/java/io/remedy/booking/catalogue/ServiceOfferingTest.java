package io.remedy.booking.catalogue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Which therapists offer a service, edited with ETag/If-Match by chain admins. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class ServiceOfferingTest {

    private static Map<String, Object> service(List<String> therapistIds) {
        return new HashMap<>(Map.of("name", "Deep tissue 60 min", "durationMinutes", 60, "bufferMinutes", 10,
                "priceCents", 8000, "currency", "GBP", "therapistIds", therapistIds));
    }

    @Test
    void aServiceShowsWhoOffersItAndAnAdminChangesThatWithIfMatch() {
        Chain chain = new Chain();
        String ben = chain.addTherapist("Ben Okafor");
        String path = "/api/v1/services/" + chain.serviceId;
        given().auth().oauth2(chain.receptionist).get(path).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("therapistIds.size()", equalTo(2));

        Map<String, Object> onlyBen = service(List.of(ben));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(onlyBen).put(path)
                .then().statusCode(428).contentType("application/problem+json");
        String etag = chain.etag(path);
        String changed = given().auth().oauth2(chain.admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(onlyBen).put(path)
                .then().statusCode(200)
                .body("therapistIds", equalTo(List.of(ben)))
                .body("name", equalTo("Deep tissue 60 min")).body("bufferMinutes", equalTo(10))
                .extract().header("ETag");
        given().auth().oauth2(chain.admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(service(List.of())).put(path).then().statusCode(412);
        given().auth().oauth2(chain.token(chain.clientUser, List.of(), "client")).get("/api/v1/services")
                .then().statusCode(200).body("items.find { it.id == '" + chain.serviceId + "' }.therapistIds",
                        equalTo(List.of(ben)));
        given().auth().oauth2(chain.admin).get(path).then().header("ETag", equalTo(changed));
    }

    @Test
    void aNewServiceNamesItsTherapistsAndStrangersAreRefused() {
        Chain chain = new Chain();
        String id = Chain.create(chain.admin, "/api/v1/services", service(List.of(chain.therapistId)));
        given().auth().oauth2(chain.admin).get("/api/v1/services/" + id)
                .then().body("therapistIds", equalTo(List.of(chain.therapistId)));

        Map<String, Object> stranger = service(List.of(UUID.randomUUID().toString()));
        stranger.put("name", "Stranger's massage");
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(stranger).post("/api/v1/services")
                .then().statusCode(400).body("errors.field", hasItem("therapistIds"));
        given().auth().oauth2(chain.admin).header("If-Match", chain.etag("/api/v1/services/" + id))
                .contentType(ContentType.JSON).body(stranger).put("/api/v1/services/" + id)
                .then().statusCode(400).body("errors.field", hasItem("therapistIds"));
        Map<String, Object> noList = service(List.of());
        noList.remove("therapistIds");
        given().auth().oauth2(chain.admin).header("If-Match", "*").contentType(ContentType.JSON).body(noList)
                .put("/api/v1/services/" + id).then().statusCode(400).body("errors.field", hasItem("therapistIds"));
    }

    @Test
    void onlyChainAdminsChangeServicesAndAnotherChainSeesNone() {
        Chain chain = new Chain();
        String path = "/api/v1/services/" + chain.serviceId;
        String manager = chain.token("manager", List.of(chain.locationCode), "branch-manager");
        String otherChain = TestTokens.issue("admin-other", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        for (String refused : List.of(chain.receptionist, manager, chain.token(chain.clientUser, List.of(), "client"),
                chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist"))) {
            given().auth().oauth2(refused).header("If-Match", "*").contentType(ContentType.JSON)
                    .body(service(List.of())).put(path).then().statusCode(403);
        }
        given().auth().oauth2(otherChain).header("If-Match", "*").contentType(ContentType.JSON)
                .body(service(List.of())).put(path).then().statusCode(404);
        given().auth().oauth2(otherChain).get(path).then().statusCode(404);
        given().auth().oauth2(chain.admin).get(path).then().body("therapistIds", equalTo(List.of(chain.therapistId)));
    }
}
