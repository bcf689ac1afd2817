package io.remedy.booking.calendar;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Private calendar feeds, read back with ical4j as a calendar app would: the right sessions for the right person,
 * wall-clock times of the location on both sides of the spring change, nothing about the client, and a revoked
 * feed gone.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class CalendarFeedTest {

    static final String FEEDS = "/api/v1/calendar/feeds";
    /** Friday before the clocks go forward in London (28 March 2027): 10:00 GMT. */
    static final String BEFORE_CHANGE = "2027-03-26T10:00:00Z";
    /** Monday after: 10:00 BST is 09:00 UTC. */
    static final String AFTER_CHANGE = "2027-03-29T09:00:00Z";

    private static String book(Chain chain, String startsAt) {
        return Chain.create(chain.receptionist, "/api/v1/sessions", chain.booking(startsAt, chain.roomA));
    }

    private static String feedUrl(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(FEEDS).then().statusCode(201)
                .body("url", startsWith("http"))
                .extract().path("url");
    }

    private static Calendar read(String url) throws Exception {
        String text = given().get(URI.create(url).getPath()).then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract().asString();
        assertFalse(text.contains("Sam") || text.contains("Patel"), "no client's name in a feed");
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static void assertAt(VEvent event, String wallClock, String instant) {
        DateProperty<Temporal> start = event.<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        assertEquals(wallClock, start.getValue());
        assertEquals("Europe/London", start.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null));
        assertEquals(Instant.parse(instant), Instant.from(start.getDate()));
    }

    @Test
    void aTherapistsFeedShowsTheirDiaryAtTheLocationsWallClockAcrossTheSpringChange() throws Exception {
        Chain chain = new Chain();
        String before = book(chain, BEFORE_CHANGE);
        String after = book(chain, AFTER_CHANGE);
        String therapist = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");

        Calendar feed = read(feedUrl(therapist, Map.of("scope", "THERAPIST")));
        assertEquals("PUBLISH", feed.getProperty(Property.METHOD).map(Property::getValue).orElse(null));
        assertEquals("Europe/London", feed.getComponents(Component.VTIMEZONE).get(0)
                .getProperty(Property.TZID).orElseThrow().getValue());
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        assertEquals(before + "@remedy", events.get(0).getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(after + "@remedy", events.get(1).getProperty(Property.UID).orElseThrow().getValue());
        assertAt(events.get(0), "20270326T100000", BEFORE_CHANGE);
        assertAt(events.get(1), "20270329T100000", AFTER_CHANGE);
        assertEquals("Session: Remedial massage 60 min",
                events.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("Branch " + chain.locationCode,
                events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue());
    }

    @Test
    void aClientsFeedShowsTheirOwnSessionsAndARevokedFeedIsGone() throws Exception {
        Chain chain = new Chain();
        String session = book(chain, AFTER_CHANGE);
        String client = chain.token(chain.clientUser, List.of(), "client");

        String url = feedUrl(client, Map.of("scope", "CLIENT"));
        List<VEvent> events = read(url).getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        assertEquals(session + "@remedy", events.get(0).getProperty(Property.UID).orElseThrow().getValue());

        String id = given().auth().oauth2(client).get(FEEDS).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].url", nullValue())
                .body("items[0].scope", equalTo("CLIENT"))
                .extract().path("items[0].id");
        given().auth().oauth2(chain.receptionist).delete(FEEDS + "/" + id).then().statusCode(404);
        given().auth().oauth2(client).delete(FEEDS + "/" + id).then().statusCode(204);
        given().get(URI.create(url).getPath()).then().statusCode(404);
        given().auth().oauth2(client).get(FEEDS).then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/calendar/" + "A".repeat(43) + ".ics").then().statusCode(404);
        given().get("/calendar/nonsense.ics").then().statusCode(404);
    }

    @Test
    void aPollingCalendarAppGetsAStrongETagAnd304UntilTheDiaryChanges() {
        Chain chain = new Chain();
        book(chain, BEFORE_CHANGE);
        String therapist = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");
        String path = URI.create(feedUrl(therapist, Map.of("scope", "THERAPIST"))).getPath();

        var first = given().get(path).then().statusCode(200)
                .header("Cache-Control", equalTo(PublicFeedResource.CACHE_CONTROL))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{43}\"")).extract();
        String etag = first.header("ETag");
        // the same diary is the same bytes and the same tag (no clock in the feed)
        assertEquals(first.asString(), given().get(path).then().statusCode(200).header("ETag", etag)
                .extract().asString());

        var unchanged = given().header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", equalTo(PublicFeedResource.CACHE_CONTROL)).extract();
        assertEquals("", unchanged.asString(), "a 304 has no body");
        given().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);

        book(chain, AFTER_CHANGE);
        String changed = given().header("If-None-Match", etag).get(path).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, changed);
        // a revoked feed is gone, whatever tag the app still holds
        String id = given().auth().oauth2(therapist).get(FEEDS).then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(therapist).delete(FEEDS + "/" + id).then().statusCode(204);
        given().header("If-None-Match", changed).get(path).then().statusCode(404);
    }

    @Test
    void whoMayFollowWhichDiary() {
        Chain chain = new Chain();
        String other = chain.addTherapist("Ben Carter", null, "ben-" + chain.tenant);
        String ana = chain.token(chain.therapistUser, List.of(chain.locationCode), "therapist");
        String client = chain.token(chain.clientUser, List.of(), "client");

        given().auth().oauth2(ana).contentType(ContentType.JSON).body(Map.of("scope", "THERAPIST", "therapistId", other))
                .post(FEEDS).then().statusCode(403);
        given().auth().oauth2(client).contentType(ContentType.JSON).body(Map.of("scope", "THERAPIST"))
                .post(FEEDS).then().statusCode(403);
        given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON).body(Map.of("scope", "CLIENT"))
                .post(FEEDS).then().statusCode(403);
        feedUrl(chain.receptionist, Map.of("scope", "THERAPIST", "therapistId", other));
        given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON).body(Map.of("scope", "THERAPIST"))
                .post(FEEDS).then().statusCode(400).body("errors[0].field", equalTo("therapistId"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("scope", "THERAPIST", "therapistId", java.util.UUID.randomUUID().toString()))
                .post(FEEDS).then().statusCode(400).body("errors[0].field", equalTo("therapistId"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON).body(Map.of("scope", "SOMEONE"))
                .post(FEEDS).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("scope", "CLIENT")).post(FEEDS).then().statusCode(401);
    }
}
