package io.remedy.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.notNullValue;

/**
 * A client may erase their own personal data, and only their own: the row of the authorisation matrix that the demo
 * clients cannot run on themselves without ending the demo, run with clients of the test's own.
 */
class ClientErasureTest {

    private static Clinic clinic;

    @BeforeAll
    static void platform() {
        Platform.stack();
        clinic = new Clinic();
    }

    private String clientWithLogin(RealmAdmin.User login) {
        return Api.as(Clinic.ADMIN).body(Map.of("givenName", "Erin", "familyName", "Erase " + UUID.randomUUID(),
                        "email", login.username(), "preferredLocationId", clinic.norwich, "userId", login.id()))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    @Test
    void aClientErasesTheirOwnRecordButNobodyElses() {
        RealmAdmin.User erin = RealmAdmin.createUser("erin", "harbour", List.of(), "client");
        RealmAdmin.User other = RealmAdmin.createUser("other", "harbour", List.of(), "client");
        String erinsRecord = clientWithLogin(erin);
        String othersRecord = clientWithLogin(other);

        Api.as(erin.username()).delete("/api/v1/clients/" + othersRecord)
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(other.username()).get("/api/v1/clients/me").then().statusCode(200);

        Api.as(erin.username()).delete("/api/v1/clients/" + erinsRecord).then().statusCode(204);
        Api.as(Clinic.RECEPTION).get("/api/v1/clients/" + erinsRecord)
                .then().statusCode(200).body("erasedAt", notNullValue());
        Api.as(erin.username()).get("/api/v1/clients/me").then().statusCode(404);
    }
}
