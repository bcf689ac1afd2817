package io.remedy.booking.session;

import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/**
 * The diary tests' own short hands on top of {@link Chain} (whose locations are open and therapists rostered all day):
 * more clients and therapists, tokens, the session actions with their ETag, and reading published events.
 */
public final class Diary {

    public final Chain chain;

    public Diary() {
        chain = new Chain();
    }

    /** A whole-hour start {@code days} days from now (UTC), so tests never book in the past. */
    public static String at(int days, int hour) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(hour).toString();
    }

    /** A whole-hour start {@code days} days ago (UTC): a session that has started, recorded as history. */
    public static String ago(int days, int hour) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(hour).toString();
    }

    /** How the API renders the instant of an ISO-8601 time (UTC, {@code Z}). */
    public static String instant(String isoTime) {
        return OffsetDateTime.parse(isoTime).toInstant().toString();
    }

    /** Another therapist of the chain with a login of their own. */
    public String therapist(String name, String userId) {
        return chain.addTherapist(name, null, userId);
    }

    /** Another client of the chain with a login; returns its id. */
    public String client(String userId) {
        return Chain.create(chain.admin, "/api/v1/clients", Map.of("givenName", "Kim", "familyName",
                "Client " + Math.abs(userId.hashCode()), "email", userId + "@example.test", "userId", userId));
    }

    /** A client's token. */
    public String clientToken(String userId) {
        return chain.token(userId, List.of(), "client");
    }

    /** The token of the chain's own client. */
    public String clientToken() {
        return clientToken(chain.clientUser);
    }

    /** The token of the chain's own therapist. */
    public String therapistToken() {
        return chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");
    }

    /** A token of a branch manager of this chain's location. */
    public String manager() {
        return chain.token("manager-" + chain.tenant, List.of(chain.locationCode), "branch-manager");
    }

    /** A booking of another client (and optionally another therapist) at {@code startsAt}, in any room. */
    public Map<String, Object> bookingOf(String clientId, String therapistId, String startsAt) {
        Map<String, Object> body = chain.booking(startsAt, null);
        body.put("clientId", clientId);
        if (therapistId != null) {
            body.put("therapistId", therapistId);
        }
        return body;
    }

    /** A booking of another client with a therapist (null: the chain's) at {@code startsAt} in a room (null: any). */
    public Map<String, Object> bookingOf(String clientId, String therapistId, String startsAt, String roomId) {
        Map<String, Object> body = bookingOf(clientId, therapistId, startsAt);
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        return body;
    }

    /** How many live sessions (not cancelled, not no-shows) start in {@code [startsAt, startsAt + minutes)}. */
    public int sessionsBetween(String startsAt, int minutes) {
        OffsetDateTime from = OffsetDateTime.parse(startsAt);
        List<String> statuses = given().auth().oauth2(chain.admin)
                .queryParam("from", from.toString()).queryParam("to", from.plusMinutes(minutes).toString())
                .queryParam("limit", 500)
                .get("/api/v1/sessions").then().statusCode(200).extract().jsonPath().getList("items.status");
        return (int) statuses.stream().filter(s -> !s.equals("CANCELLED") && !s.equals("NO_SHOW")).count();
    }

    /** Books as {@code token}; the response as it came. */
    public static Response book(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/sessions");
    }

    /** Books the chain's client with its therapist at {@code startsAt} (any room) as the receptionist; the id. */
    public String booked(String startsAt) {
        return book(chain.receptionist, chain.booking(startsAt, null)).then().statusCode(201).extract().path("id");
    }

    /**
     * Records, as the chain's admin, a session of the chain's client with its therapist that started at
     * {@code startsAt} (in the past: {@link #ago}); the id. Only a session that has started may be checked in late,
     * completed or marked a no-show.
     */
    public String started(String startsAt) {
        return given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(chain.booking(startsAt, null))
                .post("/api/v1/sessions/past").then().statusCode(201).extract().path("id");
    }

    /** Reads a session as {@code token}. */
    public static Response get(String token, String sessionId) {
        return given().auth().oauth2(token).get("/api/v1/sessions/" + sessionId);
    }

    /** The session's current ETag, read as the chain's admin. */
    public String etag(String sessionId) {
        return get(chain.admin, sessionId).then().statusCode(200).extract().header("ETag");
    }

    /** A session action ({@code cancel}, {@code check-in}, …) as {@code token} with the session's current ETag. */
    public Response act(String token, String sessionId, String action, Map<String, ?> body) {
        return act(token, sessionId, action, etag(sessionId), body);
    }

    /** A session action with a given If-Match (null: none). */
    public static Response act(String token, String sessionId, String action, String ifMatch, Map<String, ?> body) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/v1/sessions/" + sessionId + "/" + action);
    }

    /** Records of a topic matching {@code match}, waiting up to 30 s for the first. */
    public static List<ConsumerRecord<String, String>> events(String topic,
                                                              Predicate<ConsumerRecord<String, String>> match) {
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            return events.read(topic, match, Duration.ofSeconds(30));
        }
    }

    /** Records of a topic keyed {@code key} once {@code expected} of them arrived (or 30 s passed). */
    public static List<ConsumerRecord<String, String>> events(String topic, String key, int expected) {
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> found = List.of();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                found = events.read(topic, r -> key.equals(r.key()), Duration.ofSeconds(5));
            }
            return found;
        }
    }
}
