package io.remedy.notification.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhooks as an integrator meets them: a real HTTP receiver that checks every signature with the library. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class WebhooksTest {

    static final String PATH = "/api/v1/webhooks";

    @Inject
    ObjectMapper json;

    @Inject
    ScriptedNameServer names;

    private Fixture fixture;
    private String admin;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
        admin = fixture.admin();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private JsonPath register(String url, String... events) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", List.of(events), "description", "CRM"))
                .post(PATH).then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
    }

    private JsonPath deliveries(String endpointId) {
        return given().auth().oauth2(admin).get(PATH + "/" + endpointId + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    /** A booking of a client whose contact is known (the session's notices wait for it, webhooks with them). */
    private SessionBooked booking() {
        UUID client = fixture.client(Fixture.email("sam"), null, null, "en-GB");
        return fixture.booked(client, "Europe/London", Instant.now().plus(Duration.ofDays(3)), null);
    }

    private int attempts(String endpointId) {
        Integer attempts = deliveries(endpointId).get("items[0].attempts");
        return attempts == null ? 0 : attempts;
    }

    private static void verify(String secret, Receiver.Received request) throws Exception {
        new Webhook(secret).verify(request.body(), request.headers());
    }

    @Test
    void answers500TwiceThen200AreThreeTriesOfOneSignedDeliveryHoweverOftenTheEventComes() throws Exception {
        try (Receiver receiver = Receiver.answering(500, 500)) {
            JsonPath endpoint = register(receiver.url(), "session.booked", "session.cancelled");
            String id = endpoint.getString("id");
            String secret = endpoint.getString("secret");
            given().auth().oauth2(admin).get(PATH + "/" + id).then().statusCode(200).body("secret", equalTo(null));

            SessionBooked booked = booking();
            String eventId = UUID.randomUUID().toString();
            fixture.publish(eventId, booked);
            fixture.publish(eventId, booked); // Kafka redelivers: still one delivery

            JsonPath log = await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(id),
                    found -> List.of("SUCCEEDED").equals(found.getList("items.status")));
            assertEquals(3, log.getInt("items[0].attempts"));
            assertEquals(List.of(500, 500, 200), log.getList("items[0].tries.responseCode"));
            assertEquals(200, log.getInt("items[0].lastResponseCode"));
            assertEquals("session.booked", log.getString("items[0].eventType"));

            List<Receiver.Received> requests = receiver.received();
            assertEquals(3, requests.size());
            assertEquals(1, requests.stream().map(r -> r.header("webhook-id")).distinct().count(),
                    "every try carries the same webhook-id");
            for (Receiver.Received request : requests) {
                verify(secret, request);
                assertTrue(request.header("webhook-signature").startsWith("v1,"));
            }
            JsonPath body = JsonPath.from(requests.get(2).body());
            assertEquals("session.booked", body.getString("type"));
            assertEquals(booked.sessionId().toString(), body.getString("data.sessionId"));
            assertEquals(booked.locationCode(), body.getString("data.locationCode"));
            String raw = requests.get(2).body();
            assertFalse(raw.contains(booked.therapistName()), "no names leave");
            assertFalse(raw.contains(booked.locationName()));
            assertFalse(raw.contains(booked.serviceName()));
            assertThrows(WebhookVerificationException.class, () -> verify(WebhookService.newSecret(),
                    requests.get(2)), "another secret does not verify");
        }
    }

    @Test
    void aReceiverDownForAWhileGetsTheDeliveryOnceItIsUp() throws Exception {
        try (Receiver receiver = Receiver.down()) {
            JsonPath endpoint = register(receiver.url(), "session.booked");
            String id = endpoint.getString("id");
            fixture.publish(booking());
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(id) >= 2);
            JsonPath failing = deliveries(id);
            assertEquals("FAILED", failing.getString("items[0].status"));
            assertNull(failing.get("items[0].lastResponseCode"));

            receiver.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(deliveries(id)
                    .getString("items[0].status")));
            assertEquals(1, receiver.received().size());
            verify(endpoint.getString("secret"), receiver.received().get(0));
        }
    }

    @Test
    void anAnswer410DisablesTheEndpointAndTellsTheChainAdmins() {
        try (Receiver receiver = Receiver.answering(410)) {
            String id = register(receiver.url(), "session.booked").getString("id");
            fixture.publish(booking());
            await().atMost(Duration.ofSeconds(30)).until(() -> !given().auth().oauth2(admin).get(PATH + "/" + id)
                    .then().statusCode(200).extract().jsonPath().getBoolean("enabled"));
            given().auth().oauth2(admin).get(PATH + "/" + id).then().body("disabledReason", equalTo("GONE"));
            assertEquals("DEAD", deliveries(id).getString("items[0].status"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !Fixture.rows(
                    "select recipient from delivery where tenant = ? and kind = 'WEBHOOK_DISABLED'",
                    fixture.tenant).isEmpty());
            assertTrue(Fixture.rows("select recipient from delivery where tenant = ? and kind = 'WEBHOOK_DISABLED'",
                    fixture.tenant).stream().allMatch(row -> row.get("recipient").toString()
                    .startsWith("role:chain-admin@")));

            fixture.publish(booking());
            given().auth().oauth2(admin).post(PATH + "/" + id + "/enable").then().statusCode(200)
                    .body("enabled", equalTo(true));
        }
    }

    @Test
    void anEndpointFailingForDaysIsDisabledAndTheChainAdminsAreTold() {
        try (Receiver receiver = Receiver.down()) {
            String id = register(receiver.url(), "session.booked").getString("id");
            fixture.publish(booking());
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(id) >= 1);
            // as if its deliveries had been failing since three days and an hour ago
            execute("update webhook_endpoint set failing_since = now() - interval '73 hours' where id = ?",
                    UUID.fromString(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> "FAILING".equals(given().auth().oauth2(admin)
                    .get(PATH + "/" + id).then().statusCode(200).extract().jsonPath().getString("disabledReason")));
            await().atMost(Duration.ofSeconds(30)).until(() -> !Fixture.rows(
                    "select id from delivery where tenant = ? and kind = 'WEBHOOK_DISABLED'", fixture.tenant).isEmpty());
        }
    }

    @Test
    void afterARotationTheOldAndTheNewSecretBothSign() throws Exception {
        try (Receiver receiver = Receiver.answering()) {
            JsonPath endpoint = register(receiver.url(), "session.booked");
            String id = endpoint.getString("id");
            String old = endpoint.getString("secret");
            String rotated = given().auth().oauth2(admin).post(PATH + "/" + id + "/rotate-secret").then()
                    .statusCode(200).body("secret", startsWith("whsec_")).extract().jsonPath().getString("secret");
            assertFalse(rotated.equals(old));

            given().auth().oauth2(admin).post(PATH + "/" + id + "/test").then().statusCode(202)
                    .body("eventType", equalTo("ping"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            Receiver.Received ping = receiver.received().get(0);
            assertEquals(2, ping.header("webhook-signature").split(" ").length);
            verify(old, ping);
            verify(rotated, ping);
            assertEquals("ping", JsonPath.from(ping.body()).getString("type"));

            String deliveryId = await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(id),
                    found -> "SUCCEEDED".equals(found.getString("items[0].status"))).getString("items[0].id");
            given().auth().oauth2(admin).post(PATH + "/" + id + "/deliveries/" + deliveryId + "/redeliver").then()
                    .statusCode(202).body("status", equalTo("PENDING"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
            assertEquals(ping.header("webhook-id"), receiver.received().get(1).header("webhook-id"));
            assertDoesNotThrow(() -> verify(rotated, receiver.received().get(1)));
        }
    }

    @Test
    void refusesTargetsOnPrivateLoopbackOrLinkLocalAddressesNamingUrl() {
        for (String url : List.of("http://10.1.2.3/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest",
                "http://127.0.0.2:8080/hook", "http://[::1]:8080/hook", "http://[fd00::1]/hook",
                "ftp://example.com/hook", "not a url", "http://user:pw@example.com/hook")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "events", List.of("session.booked")))
                    .post(PATH).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:1/hook", "events", List.of("session.booked", "client.registered")))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("events[1]"));
        given().auth().oauth2(admin).get(PATH).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckNeverReachesItAndIsRefusedOnceItAnswersLoopback() {
        try (Receiver receiver = Receiver.answering()) {
            String host = "crm-" + UUID.randomUUID() + ".rebind.test";
            // registration and the first try's check see a public address; every later question gets loopback,
            // where the receiver listens: a second lookup at connect time would reach it
            names.script(host, "203.0.113.10", "203.0.113.10", "127.0.0.1");
            String id = register("http://" + host + ":" + receiver.port() + "/hooks/remedy", "session.booked")
                    .getString("id");
            fixture.publish(booking());

            JsonPath log = await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(id),
                    found -> found.getList("items[0].tries") != null && found.getList("items[0].tries").size() >= 3);
            List<String> errors = log.getList("items[0].tries.error");
            assertFalse(errors.get(0).contains("private"), "the first try went to the public address it checked: "
                    + errors.get(0));
            for (String later : errors.subList(1, errors.size())) {
                assertTrue(later.contains("private, loopback or link-local"), later);
            }
            assertEquals(List.of(), receiver.received(), "nothing reached the loopback address");
            assertEquals("FAILED", log.getString("items[0].status"));
            int tries = log.getList("items[0].tries").size();
            assertTrue(names.questions(host) <= 1 + tries + 1, "one lookup a try (and one at registration): "
                    + names.questions(host) + " for " + tries + " tries");
        }
    }

    @Test
    void aTryConnectsToTheAddressItResolvedAndNamesTheHost() {
        try (Receiver receiver = Receiver.answering()) {
            // allowed in the test profile; no system name server knows it: only the checked address can be reached
            String host = "pinned.webhooks.test";
            names.script(host, "127.0.0.1");
            String id = register("http://" + host + ":" + receiver.port() + "/hooks/remedy", "session.booked")
                    .getString("id");
            fixture.publish(booking());
            await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(deliveries(id)
                    .getString("items[0].status")));
            assertEquals(host + ":" + receiver.port(), receiver.received().get(0).header("host"));
            assertEquals(2, names.questions(host), "one lookup at registration, one for the try");
        }
    }

    @Test
    void onlyTheChainsAdminsManageItsWebhooks() {
        try (Receiver receiver = Receiver.answering()) {
            String id = register(receiver.url(), "session.booked").getString("id");
            for (String role : List.of("branch-manager", "receptionist", "therapist")) {
                String token = fixture.staff(role);
                given().auth().oauth2(token).get(PATH).then().statusCode(403);
                given().auth().oauth2(token).get(PATH + "/" + id).then().statusCode(403);
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("url", receiver.url(), "events", List.of("session.booked")))
                        .post(PATH).then().statusCode(403);
                given().auth().oauth2(token).post(PATH + "/" + id + "/rotate-secret").then().statusCode(403);
            }
            String client = fixture.token("sam-" + UUID.randomUUID(), List.of(), "client");
            given().auth().oauth2(client).get(PATH).then().statusCode(403);
            given().get(PATH).then().statusCode(401);

            Fixture otherChain = new Fixture(json);
            String stranger = otherChain.admin();
            given().auth().oauth2(stranger).get(PATH + "/" + id).then().statusCode(404);
            given().auth().oauth2(stranger).delete(PATH + "/" + id).then().statusCode(404);
            given().auth().oauth2(stranger).get(PATH).then().statusCode(200).body("items.size()", equalTo(0));
            otherChain.close();
        }
    }

    @Test
    void anAdminChangesAnEndpointWithIfMatchAndDeletesIt() {
        try (Receiver receiver = Receiver.answering()) {
            String id = register(receiver.url(), "session.booked").getString("id");
            String etag = given().auth().oauth2(admin).get(PATH + "/" + id).then().statusCode(200)
                    .extract().header("ETag");
            Map<String, Object> change = Map.of("url", receiver.url(), "events",
                    List.of("session.cancelled", "payment.received"), "description", "Accounts");
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(change)
                    .put(PATH + "/" + id).then().statusCode(428);
            given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                    .put(PATH + "/" + id).then().statusCode(200)
                    .body("events", equalTo(List.of("payment.received", "session.cancelled")))
                    .body("description", equalTo("Accounts"));
            given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                    .put(PATH + "/" + id).then().statusCode(412);
            given().auth().oauth2(admin).post(PATH + "/" + id + "/disable").then().statusCode(200)
                    .body("enabled", equalTo(false)).body("disabledReason", equalTo("DISABLED_BY_ADMIN"));
            given().auth().oauth2(admin).get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(id)));
            given().auth().oauth2(admin).delete(PATH + "/" + id).then().statusCode(204);
            given().auth().oauth2(admin).get(PATH + "/" + id).then().statusCode(404);
        }
    }

    /** Deleting endpoints while their failed deliveries are retried and recorded: each delete answers 204. */
    @Test
    void endpointsAreDeletedWhileTheirDeliveriesAreBeingRetried() throws Exception {
        try (Receiver receiver = Receiver.down()) {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(register(receiver.url(), "session.booked").getString("id"));
            }
            for (int i = 0; i < 8; i++) {
                fixture.publish(booking());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> attempts(id) >= 1));
            java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(6);
            try {
                List<java.util.concurrent.Future<Integer>> deleted = callers.invokeAll(ids.stream()
                        .<java.util.concurrent.Callable<Integer>>map(id -> () -> given().auth().oauth2(admin)
                                .delete(PATH + "/" + id).then().extract().statusCode())
                        .toList());
                for (java.util.concurrent.Future<Integer> status : deleted) {
                    assertEquals(204, status.get());
                }
            } finally {
                callers.shutdown();
            }
            for (String id : ids) {
                given().auth().oauth2(admin).get(PATH + "/" + id).then().statusCode(404);
            }
        }
    }

    private static void execute(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(LocalStackTestResource.jdbcUrl("notification"),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
