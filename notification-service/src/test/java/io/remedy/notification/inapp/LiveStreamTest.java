package io.remedy.notification.inapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import io.remedy.notification.Fixture;
import io.remedy.notification.SseClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live stream a phone or browser keeps open: each caller hears their own messages, and nobody else's. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class LiveStreamTest {

    static final Instant LATER = Instant.parse("2027-07-01T09:00:00Z");

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aClientConnectedWithATokenHearsTheirOwnMessagesAndNotAnotherUsers() throws Exception {
        String sam = "sam-" + UUID.randomUUID();
        String lee = "lee-" + UUID.randomUUID();
        UUID samClient = fixture.client(Fixture.email("sam"), null, sam, "en-GB");
        fixture.client(Fixture.email("lee"), null, lee, "en-GB");
        Fixture otherChain = new Fixture(json);
        try (SseClient samListens = new SseClient(stream, fixture.token(sam, List.of(), "client")).awaitReady();
             SseClient leeListens = new SseClient(stream, fixture.token(lee, List.of(), "client")).awaitReady();
             SseClient samElsewhere = new SseClient(stream, otherChain.token(sam, List.of(), "client")).awaitReady()) {
            assertEquals(200, samListens.status());

            SessionBooked booked = fixture.booked(samClient, "Europe/London", LATER, null);
            fixture.publish(booked);

            List<String> heard = await().atMost(Duration.ofSeconds(30)).until(samListens::messages,
                    messages -> !messages.isEmpty());
            JsonNode message = json.readTree(heard.get(0));
            assertEquals("BOOKING_CONFIRMATION", message.get("kind").asText());
            assertEquals(booked.sessionId().toString(), message.get("aboutId").asText());
            assertTrue(message.get("body").asText().contains("10:00"), "London summer time: " + message);

            // the same message is in Sam's stored inbox
            assertEquals(message.get("id").asText(), given().auth().oauth2(fixture.token(sam, List.of(), "client"))
                    .get("/api/v1/notifications/inbox").then().statusCode(200)
                    .extract().jsonPath().getString("items[0].id"));

            await().atMost(Duration.ofSeconds(10)).until(() -> leeListens.lines().stream()
                    .filter(line -> line.startsWith(":")).count() >= 2);
            assertEquals(List.of(), leeListens.messages(), "Lee hears nothing of Sam's");
            assertEquals(List.of(), samElsewhere.messages(), "the same login in another chain hears nothing");
        } finally {
            otherChain.close();
        }
    }

    @Test
    void theStreamSendsHeartbeatsWhileIdle() {
        try (SseClient idle = new SseClient(stream, fixture.token("idle-" + UUID.randomUUID(), List.of(), "client"))
                .awaitReady()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> idle.lines().stream()
                    .anyMatch(line -> line.startsWith(":")));
        }
    }

    @Test
    void refusesOneStreamMoreThanAUserMayFollowWith429AndTakesItOnceOneCloses() {
        String user = "many-" + UUID.randomUUID();
        SseClient first = new SseClient(stream, fixture.token(user, List.of(), "client")).awaitReady();
        try (SseClient second = new SseClient(stream, fixture.token(user, List.of(), "client")).awaitReady();
             SseClient third = new SseClient(stream, fixture.token(user, List.of(), "client")).awaitReady();
             SseClient fourth = new SseClient(stream, fixture.token(user, List.of(), "client"));
             SseClient someoneElse = new SseClient(stream, fixture.token("other-" + UUID.randomUUID(), List.of(),
                     "client")).awaitReady()) {
            assertEquals(List.of(200, 200, 200), List.of(first.status(), second.status(), third.status()));
            assertEquals(429, fourth.status());
            assertTrue(fourth.lines().isEmpty() || String.join("\n", fourth.lines()).contains("too-many-requests"),
                    fourth.lines().toString());
            assertEquals(200, someoneElse.status(), "another user is not held back");

            first.close();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                try (SseClient again = new SseClient(stream, fixture.token(user, List.of(), "client"))) {
                    return again.status() == 200;
                }
            });
        } finally {
            first.close();
        }
    }

    @Test
    void endsTheStreamWhenItsTokenExpires() {
        String user = "brief-" + UUID.randomUUID();
        String brief = TestTokens.issue(Duration.ofSeconds(3), user, fixture.tenant, List.of(), "client");
        try (SseClient shortLived = new SseClient(stream, brief).awaitReady()) {
            await().atMost(Duration.ofSeconds(15)).until(shortLived::ended);
        }
    }

    @Test
    void replaysWhatCameWhileAwayAfterTheLastEventId() throws Exception {
        String sam = "sam-" + UUID.randomUUID();
        UUID samClient = fixture.client(Fixture.email("sam"), null, sam, "en-GB");
        String lastSeen;
        try (SseClient before = new SseClient(stream, fixture.token(sam, List.of(), "client")).awaitReady()) {
            fixture.publish(fixture.booked(samClient, "Europe/London", LATER, null));
            lastSeen = await().atMost(Duration.ofSeconds(30)).until(before::messageIds, ids -> !ids.isEmpty()).get(0);
        }
        // away: two more messages are sent meanwhile
        fixture.publish(fixture.booked(samClient, "Europe/London", LATER.plus(Duration.ofDays(1)), null));
        fixture.publish(fixture.booked(samClient, "Europe/London", LATER.plus(Duration.ofDays(2)), null));
        String token = fixture.token(sam, List.of(), "client");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token)
                .get("/api/v1/notifications/inbox").then().statusCode(200).extract().jsonPath()
                .getList("items").size() == 3);

        try (SseClient back = new SseClient(stream, token, lastSeen).awaitReady()) {
            List<String> ids = await().atMost(Duration.ofSeconds(20)).until(back::messageIds, got -> got.size() >= 2);
            assertEquals(2, ids.size(), ids.toString());
            assertTrue(!ids.contains(lastSeen), "what was read before is not sent again");
            List<String> inbox = given().auth().oauth2(token).get("/api/v1/notifications/inbox").then()
                    .extract().jsonPath().getList("items.id");
            assertEquals(List.of(inbox.get(1), inbox.get(0)), ids, "oldest first, the newest last");
        }
    }

    @Test
    void refusesALastEventIdThatIsNoMessageIdWith400() {
        try (SseClient bad = new SseClient(stream, fixture.token("bad-" + UUID.randomUUID(), List.of(), "client"),
                "1' or 1=1")) {
            assertEquals(400, bad.status());
        }
    }

    @Test
    void theStreamNeedsAToken() {
        try (SseClient anonymous = new SseClient(stream, null)) {
            assertEquals(401, anonymous.status());
        }
    }
}
