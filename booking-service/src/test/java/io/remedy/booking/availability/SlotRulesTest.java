package io.remedy.booking.availability;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.remedy.booking.Chain.entry;
import static io.remedy.booking.Chain.interval;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A booking is refused (409 naming the field) outside opening hours, on a closure, or with an unrostered therapist. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class SlotRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).plusDays(26);

    private static String at(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), LONDON).toOffsetDateTime().toString();
    }

    private static Response book(Chain chain, Map<String, Object> booking) {
        return given().auth().oauth2(chain.receptionist).contentType(ContentType.JSON).body(booking)
                .post("/api/v1/sessions");
    }

    private static List<Map<String, Object>> everyDay(String start, String end) {
        List<Map<String, Object>> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(interval(day.name(), start, end));
        }
        return week;
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(409).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void refusesATreatmentOutsideOpeningHoursNamingStartsAt() {
        Chain chain = new Chain();
        chain.openingHours(chain.locationId, everyDay("09:00", "17:00"));

        refused(book(chain, chain.booking(at(DAY, "20:00"), null)), "startsAt");
        refused(book(chain, chain.booking(at(DAY, "08:30"), null)), "startsAt");
        refused(book(chain, chain.booking(at(DAY, "16:30"), null)), "startsAt");
        book(chain, chain.booking(at(DAY, "16:00"), null)).then().statusCode(201);
        given().auth().oauth2(chain.admin).queryParam("from", at(DAY, "00:00")).queryParam("to", at(DAY.plusDays(1), "00:00"))
                .get("/api/v1/sessions").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void refusesABookingOnAClosedDayNamingStartsAt() {
        Chain chain = new Chain();
        Chain.create(chain.admin, "/api/v1/locations/" + chain.locationId + "/closures",
                Map.of("date", DAY.toString(), "reason", "Staff training"));

        Response closed = book(chain, chain.booking(at(DAY, "10:00"), null));
        refused(closed, "startsAt");
        closed.then().body("detail", containsString("Staff training"));
        book(chain, chain.booking(at(DAY.plusDays(1), "10:00"), null)).then().statusCode(201);
    }

    @Test
    void refusesATherapistNotRosteredThereThenNamingTherapistId() {
        Chain chain = new Chain();
        chain.roster(chain.therapistId, List.of(entry(chain.locationId, DAY.getDayOfWeek().name(), "09:00", "13:00")));

        refused(book(chain, chain.booking(at(DAY.plusDays(1), "10:00"), null)), "therapistId");
        refused(book(chain, chain.booking(at(DAY, "12:00"), null)), "therapistId");
        book(chain, chain.booking(at(DAY, "11:45"), null)).then().statusCode(201);
    }

    @Test
    void refusesATherapistOnLeaveNamingTherapistId() {
        Chain chain = new Chain();
        Chain.create(chain.admin, "/api/v1/therapists/" + chain.therapistId + "/roster/exceptions",
                Map.of("from", at(DAY, "00:00"), "to", at(DAY.plusDays(1), "00:00"), "reason", "Annual leave"));

        refused(book(chain, chain.booking(at(DAY, "10:00"), null)), "therapistId");
        book(chain, chain.booking(at(DAY.plusDays(1), "10:00"), null)).then().statusCode(201);
    }

    @Test
    void refusesATherapistWhoDoesNotOfferTheServiceNamingTherapistId() {
        Chain chain = new Chain();
        String nobodys = Chain.create(chain.admin, "/api/v1/services", Map.of("name", "Cupping 30 min",
                "durationMinutes", 30, "priceCents", 4000, "currency", "GBP"));
        Map<String, Object> booking = chain.booking(at(DAY, "10:00"), null);
        booking.put("serviceId", nobodys);

        refused(book(chain, booking), "therapistId");
    }
}
