package io.remedy.booking.location;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.booking.session.Diary;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Money belongs to a location: its currency and tax rate, a service's price there, the price a session keeps, the
 * fees of its policy, and a report that never adds currencies. A GBP branch and a USD branch of one chain.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class LocationMoneyTest {

    /** The chain's GBP branch (the fixture's) and a USD branch with its own price of the fixture's service. */
    private static final class TwoCurrencies {
        final Diary diary = new Diary();
        final Chain chain = diary.chain;
        final String newYork = chain.addLocation("nyc", "America/New_York",
                Map.of("currency", "USD", "taxRate", 8.5));

        TwoCurrencies() {
            chain.addRoom(newYork, "Room NY");
            setPrices(chain, chain.serviceId, List.of(Map.of("locationId", newYork, "priceCents", 9900)));
        }

        Map<String, Object> bookingAt(String location, String startsAt) {
            Map<String, Object> booking = chain.booking(startsAt, null);
            booking.put("locationId", location);
            return booking;
        }
    }

    private static void setPrices(Chain chain, String service, List<Map<String, Object>> prices) {
        String path = "/api/v1/services/" + service;
        JsonPath current = given().auth().oauth2(chain.admin).get(path).then().statusCode(200).extract().jsonPath();
        Map<String, Object> update = new HashMap<>(Map.of("name", current.getString("name"),
                "durationMinutes", current.getInt("durationMinutes"), "bufferMinutes", current.getInt("bufferMinutes"),
                "priceCents", current.getInt("priceCents"), "currency", current.getString("currency"),
                "therapistIds", current.getList("therapistIds"), "locationPrices", prices));
        given().auth().oauth2(chain.admin).header("If-Match", chain.etag(path)).contentType(ContentType.JSON)
                .body(update).put(path).then().statusCode(200);
    }

    private static Response availability(Chain chain, String location) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        return given().auth().oauth2(chain.admin)
                .queryParams(Map.of("serviceId", chain.serviceId, "locationId", location, "from", day.toString(),
                        "to", day.toString(), "limit", "1"))
                .get("/api/v1/availability");
    }

    @Test
    void eachLocationPricesInItsOwnCurrencyAndASessionKeepsTheBookedPrice() {
        TwoCurrencies two = new TwoCurrencies();
        Chain chain = two.chain;
        given().auth().oauth2(chain.admin).get("/api/v1/locations/" + two.newYork).then().statusCode(200)
                .body("currency", equalTo("USD")).body("taxRate", equalTo(8.5f));
        given().auth().oauth2(chain.admin).get("/api/v1/locations/" + chain.locationId).then().statusCode(200)
                .body("currency", equalTo("GBP")).body("taxRate", equalTo(0f));
        given().auth().oauth2(chain.admin).get("/api/v1/services/" + chain.serviceId).then().statusCode(200)
                .body("locationPrices[0].locationId", equalTo(two.newYork))
                .body("locationPrices[0].priceCents", equalTo(9900))
                .body("locationPrices[0].currency", equalTo("USD"));

        availability(chain, two.newYork).then().statusCode(200)
                .body("items[0].priceCents", equalTo(9900)).body("items[0].currency", equalTo("USD"));
        availability(chain, chain.locationId).then().statusCode(200)
                .body("items[0].priceCents", equalTo(7500)).body("items[0].currency", equalTo("GBP"));

        String session = Diary.book(chain.admin, two.bookingAt(two.newYork, Diary.at(5, 15)))
                .then().statusCode(201)
                .body("priceCents", equalTo(9900)).body("currency", equalTo("USD"))
                .extract().path("id");
        // a later price change does not rewrite what was booked
        setPrices(chain, chain.serviceId, List.of(Map.of("locationId", two.newYork, "priceCents", 12000)));
        Diary.get(chain.admin, session).then().statusCode(200)
                .body("priceCents", equalTo(9900)).body("currency", equalTo("USD"));
        availability(chain, two.newYork).then().statusCode(200).body("items[0].priceCents", equalTo(12000));

        // a service priced in GBP only has no price in New York: it is shown without one, never in pounds
        String gbpOnly = chain.addService("Deep tissue 60 min", 60, 15, 8000);
        given().auth().oauth2(chain.admin)
                .queryParams(Map.of("serviceId", gbpOnly, "locationId", two.newYork,
                        "from", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(),
                        "to", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "limit", "1"))
                .get("/api/v1/availability").then().statusCode(200)
                .body("items[0].startsAt", notNullValue())
                .body("items[0].priceCents", nullValue()).body("items[0].currency", nullValue());
    }

    @Test
    void completionCarriesTheBookedPriceAndTheLocationsTaxRate() {
        TwoCurrencies two = new TwoCurrencies();
        Chain chain = two.chain;
        String session = given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(two.bookingAt(two.newYork, Diary.ago(1, 15))).post("/api/v1/sessions/past")
                .then().statusCode(201).extract().path("id");
        setPrices(chain, chain.serviceId, List.of(Map.of("locationId", two.newYork, "priceCents", 15000)));
        two.diary.act(chain.admin, session, "complete", null).then().statusCode(200);
        JsonPath completed = new JsonPath(Diary.events(Topics.SESSIONS, session, 2).get(1).value());
        assertEquals(9900, completed.getInt("priceCents"));
        assertEquals("USD", completed.getString("currency"));
        assertEquals(850, completed.getInt("taxRateBasisPoints"));
    }

    @Test
    void lateCancellationAndNoShowCarryTheFeeOfTheLocationsPolicy() {
        Diary diary = new Diary();
        Chain chain = diary.chain;
        String path = "/api/v1/locations/" + chain.locationId;
        given().auth().oauth2(chain.admin).header("If-Match", chain.etag(path)).contentType(ContentType.JSON)
                .body(Map.of("name", "Branch", "timeZone", "Europe/London", "noticeHours", 24, "taxRate", 20,
                        "lateCancellationFeePercent", 50, "noShowFeeCents", 3000))
                .put(path).then().statusCode(200)
                .body("lateCancellationFeePercent", equalTo(50f)).body("noShowFeeCents", equalTo(3000));

        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS).toString();
        String late = diary.booked(soon);
        diary.act(diary.clientToken(), late, "cancel", Map.of("reason", "ILLNESS")).then().statusCode(200)
                .body("lateCancellation", equalTo(true));
        JsonPath cancelled = new JsonPath(Diary.events(Topics.SESSIONS, late, 2).get(1).value());
        assertEquals(3750, cancelled.getInt("feeCents"));
        assertEquals("GBP", cancelled.getString("currency"));
        assertEquals(2000, cancelled.getInt("taxRateBasisPoints"));

        // the clinic's own cancellation costs the client nothing, late or not
        String byClinic = diary.booked(OffsetDateTime.parse(soon).plusHours(2).toString());
        diary.act(chain.receptionist, byClinic, "cancel", Map.of("reason", "THERAPIST_UNAVAILABLE"))
                .then().statusCode(200);
        JsonPath clinic = new JsonPath(Diary.events(Topics.SESSIONS, byClinic, 2).get(1).value());
        assertNull(clinic.get("feeCents"));

        String missed = diary.started(Diary.ago(2, 9));
        diary.act(chain.receptionist, missed, "no-show", null).then().statusCode(200);
        JsonPath noShow = new JsonPath(Diary.events(Topics.SESSIONS, missed, 2).get(1).value());
        assertEquals(3000, noShow.getInt("feeCents"));
        assertEquals("GBP", noShow.getString("currency"));
    }

    @Test
    void aFeeIsAnAmountOrAPercentNotBoth() {
        Chain chain = new Chain();
        String path = "/api/v1/locations/" + chain.locationId;
        given().auth().oauth2(chain.admin).header("If-Match", chain.etag(path)).contentType(ContentType.JSON)
                .body(Map.of("name", "Branch", "timeZone", "Europe/London", "noticeHours", 24,
                        "noShowFeeCents", 3000, "noShowFeePercent", 100))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("noShowFeePercent"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("code", "bad", "name", "Bad", "timeZone", "Europe/London", "currency", "usd"))
                .post("/api/v1/locations").then().statusCode(400).body("errors.field", hasItem("currency"));
        given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                .body(Map.of("code", "bad", "name", "Bad", "timeZone", "Europe/London", "taxRate", 120))
                .post("/api/v1/locations").then().statusCode(400).body("errors.field", hasItem("taxRate"));
        given().auth().oauth2(chain.admin).get("/api/v1/locations").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(hasItem("bad")));
    }

    @Test
    void theReportNeverAddsCurrencies() {
        TwoCurrencies two = new TwoCurrencies();
        Chain chain = two.chain;
        for (String location : List.of(chain.locationId, two.newYork)) {
            int hour = location.equals(two.newYork) ? 16 : 11;
            String session = given().auth().oauth2(chain.admin).contentType(ContentType.JSON)
                    .body(two.bookingAt(location, Diary.ago(3, hour))).post("/api/v1/sessions/past")
                    .then().statusCode(201).extract().path("id");
            two.diary.act(chain.admin, session, "complete", null).then().statusCode(200);
        }
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        given().auth().oauth2(chain.admin).queryParams(Map.of("from", day, "to", day))
                .get("/api/v1/reports/booking").then().statusCode(200)
                .body("locations.find { it.locationId == '" + chain.locationId + "' }.revenueCents", equalTo(7500))
                .body("locations.find { it.locationId == '" + chain.locationId + "' }.currency", equalTo("GBP"))
                .body("locations.find { it.locationId == '" + two.newYork + "' }.revenueCents", equalTo(9900))
                .body("locations.find { it.locationId == '" + two.newYork + "' }.currency", equalTo("USD"))
                .body("totals.size()", equalTo(2))
                .body("totals.find { it.currency == 'GBP' }.revenueCents", equalTo(7500))
                .body("totals.find { it.currency == 'USD' }.revenueCents", equalTo(9900));
    }
}
