package io.remedy.notification.contact;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.remedy.contracts.booking.ClientErased;
import io.remedy.local.testing.BackingServices;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.remedy.notification.staff.KeycloakDirectory;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An erased client can no longer sign in as themself: their Keycloak login is disabled and anonymised through the
 * realm's admin API (the real Keycloak with the project's realm), and their in-app inbox is empty.
 */
@QuarkusTest
@TestProfile(KeycloakDirectory.class)
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class ClientLoginErasureTest {

    /** Ana, a therapist of the realm's demo chain. */
    static final String ANA = "11111111-0000-4000-8000-000000000004";

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    /** The realm's admin API as notification-service's own service account (the realm's local secret). */
    private static RequestSpecification realmAdmin() {
        String realmUrl = BackingServices.shared().keycloakRealmUrl();
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "remedy-notification")
                .formParam("client_secret", "local-notification-secret")
                .post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().baseUri(realmUrl.replace("/realms/", "/admin/realms/")).auth().oauth2(token)
                .contentType(ContentType.JSON);
    }

    /** A client login of the fixture's chain, as the client's sign-up makes it; returns its id. */
    private String clientLogin() {
        String username = "sam-" + UUID.randomUUID();
        String location = realmAdmin().body(Map.of("username", username, "email", username + "@erasure.test",
                        "firstName", "Sam", "lastName", "Patel", "enabled", true,
                        "attributes", Map.of("tenant", List.of(fixture.tenant))))
                .post("/users").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonPath user(String id) {
        return realmAdmin().get("/users/" + id).then().statusCode(200).extract().jsonPath();
    }

    private List<Object> inbox(String token) {
        return given().auth().oauth2(token).get("/api/v1/notifications/inbox")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void anErasedClientsLoginIsDisabledAnonymisedAndTheirInboxEmptied() {
        String userId = clientLogin();
        String sam = fixture.token(userId, List.of(), "client");
        UUID clientId = fixture.client(Fixture.email("sam"), null, userId, "en-GB");
        fixture.publish(fixture.booked(clientId, "Europe/London", Instant.parse("2027-07-01T09:00:00Z"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> !inbox(sam).isEmpty());

        fixture.publish(new ClientErased(clientId, userId, Instant.now(), userId));

        JsonPath erased = await().atMost(Duration.ofSeconds(30)).until(() -> user(userId),
                found -> !found.getBoolean("enabled"));
        assertNull(erased.getString("email"), "no e-mail address left");
        assertTrue(erased.getString("firstName") == null || erased.getString("firstName").isEmpty());
        assertTrue(erased.getString("lastName") == null || erased.getString("lastName").isEmpty());
        assertEquals(Map.of("tenant", List.of(fixture.tenant)), erased.getMap("attributes"));
        assertEquals(List.of(), inbox(sam), "the inbox is empty");

        // a second erasure of the same client (a replay) finds it done and changes nothing
        String again = fixture.publish(new ClientErased(clientId, userId, Instant.now(), userId));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows(
                "select count(*) as n from remedy_platform.inbox where event_id = ?", again).get(0).get("n")
                .equals(1L));
        JsonPath still = user(userId);
        assertFalse(still.getBoolean("enabled"));
        assertNull(still.getString("email"));
        assertEquals(0L, Fixture.rows("select count(*) as n from captured_event where payload like ?",
                "%" + clientId + "%").get(0).get("n"), "the replay is no dead letter");
    }

    @Test
    void anErasureNamingAStaffLoginLeavesThatLoginAlone() {
        UUID clientId = UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        fixture.publishAs("harbour", event, new ClientErased(clientId, ANA, Instant.now(), "admin"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixture.rows(
                "select count(*) as n from remedy_platform.inbox where event_id = ?", event).get(0).get("n")
                .equals(1L));
        JsonPath ana = user(ANA);
        assertTrue(ana.getBoolean("enabled"));
        assertEquals("ana.therapist@harbour.test", ana.getString("username"));
    }
}
