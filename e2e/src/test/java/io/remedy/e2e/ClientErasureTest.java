package io.remedy.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A client may erase their own personal data, and only their own: the row of the authorisation matrix that the demo
 * clients cannot run on themselves without ending the demo, run with clients of the test's own. And an erasure
 * leaves nothing to bring the data back: a replay of the registration discloses nothing, the client's future
 * sessions are cancelled (reason {@code CLIENT_ERASED}, never late).
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

    @Test
    void erasureLeavesNoReplayableRegistrationAndCancelsTheFutureSessions() {
        String key = "register-" + UUID.randomUUID();
        String familyName = "Haddad " + UUID.randomUUID();
        String email = Clinic.mailbox("noor");
        Map<String, Object> noor = Map.of("givenName", "Noor", "familyName", familyName, "email", email,
                "phone", "+447700900777", "dateOfBirth", "1985-04-12", "preferredLocationId", clinic.norwich);
        String id = Api.as(Clinic.RECEPTION).header("Idempotency-Key", key).body(noor).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
        String session = clinic.book(clinic.bookingFor(id)).then().statusCode(201).extract().path("id");

        Api.as(Clinic.ADMIN).delete("/api/v1/clients/" + id).then().statusCode(204);

        Response replay = Api.as(Clinic.RECEPTION).header("Idempotency-Key", key).body(noor).post("/api/v1/clients");
        replay.then().statusCode(410).contentType("application/problem+json");
        for (String personal : List.of("Noor", familyName, email, "+447700900777", "1985-04-12")) {
            assertFalse(replay.asString().contains(personal), "the replay discloses " + personal);
        }
        Api.as(Clinic.RECEPTION).get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("CLIENT_ERASED"))
                .body("lateCancellation", equalTo(false));
    }
}
