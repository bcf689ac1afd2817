package io.remedy.booking.client;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.booking.session.Diary;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Erasure leaves nothing of the client behind: no replayable registration, no outbox copy of their contact data,
 * nothing on the compacted client topic once compacted (a tombstone follows client.erased), no future session
 * still booked, no trace of their login in the history of their past ones.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class ClientErasureTest {

    private static Response register(Chain chain, String key, Map<String, Object> body) {
        return given().auth().oauth2(chain.receptionist).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/clients");
    }

    private static void erase(Chain chain, String clientId) {
        given().auth().oauth2(chain.admin).delete("/api/v1/clients/" + clientId).then().statusCode(204);
    }

    @Test
    void aReplayOfTheRegistrationAfterErasureDisclosesNothingAndCreatesNothing() {
        Chain chain = new Chain();
        Map<String, Object> noor = Map.of("givenName", "Noor", "familyName", "Haddad",
                "email", "noor@" + chain.tenant + ".test", "phone", "+447700900777", "dateOfBirth", "1985-04-12");
        String key = "register-" + UUID.randomUUID();
        String id = register(chain, key, noor).then().statusCode(201).extract().path("id");
        register(chain, key, noor).then().statusCode(201).header("Idempotent-Replayed", "true");

        erase(chain, id);

        Response replay = register(chain, key, noor);
        replay.then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://remedy.io/problems/gone"));
        String text = replay.asString();
        for (String personal : List.of("Noor", "Haddad", "noor@", "+447700900777", "1985-04-12", id)) {
            assertFalse(text.contains(personal), "the replay discloses " + personal + ": " + text);
        }
        assertNull(replay.header("Location"));
        given().auth().oauth2(chain.receptionist).queryParam("q", "haddad").get("/api/v1/clients")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void erasureLeavesOnlyTheErasureAndATombstoneInTheOutboxAndOnTheClientTopic() {
        Chain chain = new Chain();
        erase(chain, chain.clientId);

        assertEquals(List.of(EventCatalogue.CLIENT_ERASED.type() + " " + Topics.CLIENTS,
                "tombstone " + Topics.CLIENTS, "tombstone " + Topics.deadLetterOf(Topics.CLIENTS)), column(
                "SELECT type || ' ' || topic FROM remedy_platform.outbox WHERE subject = ? ORDER BY seq",
                chain.clientId));
        assertEquals(0, column("SELECT payload FROM remedy_platform.outbox WHERE subject = ? AND payload LIKE ?",
                chain.clientId, "%Patel%").size());

        List<ConsumerRecord<String, String>> parked = clientRecordsUntilTombstone(Topics.deadLetterOf(Topics.CLIENTS),
                chain.clientId);
        assertNull(parked.get(parked.size() - 1).value(), "the client topic's dead-letter twin gets a tombstone too");

        List<ConsumerRecord<String, String>> records = clientRecordsUntilTombstone(Topics.CLIENTS, chain.clientId);
        int last = records.size() - 1;
        assertNull(records.get(last).value(), "the last record of the client is a tombstone");
        assertEquals(0, records.get(last).headers().toArray().length);
        assertEquals(EventCatalogue.CLIENT_ERASED.type(),
                TestEvents.header(records.get(last - 1), CloudEventHeaders.TYPE));
    }

    @Test
    void erasureCancelsTheFutureSessionsAsNotLateAndForgetsTheFormerLogin() {
        Diary diary = new Diary();
        Chain chain = diary.chain;
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(5).truncatedTo(ChronoUnit.HOURS).toString();
        String insideNotice = diary.booked(soon);
        String byTheClient = Diary.book(diary.clientToken(), chain.booking(Diary.at(30, 10), null))
                .then().statusCode(201).extract().path("id");

        erase(chain, chain.clientId);

        for (String id : List.of(insideNotice, byTheClient)) {
            Diary.get(chain.admin, id).then().statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("cancellationReason", equalTo("CLIENT_ERASED"))
                    .body("lateCancellation", equalTo(false))
                    .body("cancelledBy", equalTo("CLIENT"));
            List<ConsumerRecord<String, String>> cancelled = Diary.events(Topics.SESSIONS, r -> id.equals(r.key())
                    && EventCatalogue.SESSION_CANCELLED.type().equals(TestEvents.header(r, CloudEventHeaders.TYPE)));
            assertEquals(1, cancelled.size(), "one session.cancelled per session");
            JsonPath data = new JsonPath(cancelled.get(0).value());
            assertEquals("CLIENT_ERASED", data.getString("reason"));
            assertEquals(false, data.getBoolean("late"));
        }
        given().auth().oauth2(chain.admin).get("/api/v1/sessions/" + byTheClient + "/history")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("BOOKED", "CANCELLED")))
                .body("items.by", not(hasItem(chain.clientUser)));
        assertEquals(List.of(), column("SELECT id FROM session WHERE booked_by = ?", chain.clientUser));
        // the freed slot can be booked again
        Diary.book(chain.receptionist, diary.bookingOf(diary.client("kim-" + UUID.randomUUID()), null, soon))
                .then().statusCode(201);
    }

    @Test
    void nobodyCancelsWithTheErasureReason() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 11));
        diary.act(diary.chain.receptionist, id, "cancel", Map.of("reason", "CLIENT_ERASED"))
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Diary.get(diary.chain.admin, id).then().body("status", equalTo("BOOKED"));
    }

    /** A topic's records of this key, read until the tombstone arrived (or 30 s passed). */
    private static List<ConsumerRecord<String, String>> clientRecordsUntilTombstone(String topic, String clientId) {
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> found = List.of();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while ((found.isEmpty() || found.get(found.size() - 1).value() != null) && System.nanoTime() < deadline) {
                found = events.read(topic, r -> clientId.equals(r.key()), java.time.Duration.ofSeconds(5));
            }
            return found;
        }
    }

    /** The first column of a query on the booking database. */
    private static List<Object> column(String sql, Object... params) {
        try (Connection db = DriverManager.getConnection(LocalStackTestResource.jdbcUrl("booking"),
                LocalStackTestResource.databaseUser(), LocalStackTestResource.databasePassword());
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
