package io.remedy.e2e;

import io.restassured.response.Response;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo chain Harbour as the tests use it: its Norwich front desk booking for clients of each test's own. */
public final class Clinic {

    public static final String ADMIN = "admin@harbour.test";
    public static final String RECEPTION = "reception.norwich@harbour.test";
    public static final String ANA = "ana.therapist@harbour.test";
    public static final String SUMMIT_ADMIN = "admin@summit.test";

    public static final ZoneId NORWICH_TIME = ZoneId.of("Europe/London");

    /**
     * Ana works at Norwich Monday to Wednesday 09:00-17:00: six hour-long sessions with their 15-minute buffers fit in
     * a day. Each booking of the run gets a slot of its own, from six weeks ahead (beyond the demo diary), so tests
     * never compete for Ana's time.
     */
    private static final int SLOTS_A_DAY = 6;
    private static final int DAYS_A_WEEK = 3;
    private static final LocalDate FIRST_MONDAY = LocalDate.now(NORWICH_TIME).plusWeeks(6)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

    public final String norwich = Api.idOf(RECEPTION, "/api/v1/locations", "code", "norwich");
    public final String massage = Api.idOf(RECEPTION, "/api/v1/services", "name", "Remedial massage 60 min");
    public final String ana = Api.idOf(RECEPTION, "/api/v1/therapists", "displayName", "Ana Costa");

    /** Registers a client of the test's own at the front desk; returns its id. */
    public String newClient(String email) {
        return Api.as(RECEPTION).body(Map.of("givenName", "Test", "familyName", "Client " + UUID.randomUUID(),
                        "email", email, "preferredLocationId", norwich))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    /** A booking of Ana's 60-minute massage at Norwich, in a rostered slot no other booking of this run uses. */
    public Map<String, Object> bookingFor(String clientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", norwich);
        body.put("serviceId", massage);
        body.put("therapistId", ana);
        body.put("clientId", clientId);
        body.put("startsAt", nextSlot().toString());
        return body;
    }

    /** The start of a slot of Ana's at Norwich that no other booking of this run uses. */
    public static Instant nextSlot() {
        int slot = NEXT_SLOT.getAndIncrement();
        LocalDate day = FIRST_MONDAY.plusWeeks(slot / (SLOTS_A_DAY * DAYS_A_WEEK))
                .plusDays(slot / SLOTS_A_DAY % DAYS_A_WEEK);
        LocalTime start = LocalTime.of(9, 0).plusMinutes(75L * (slot % SLOTS_A_DAY));
        return ZonedDateTime.of(day, start, NORWICH_TIME).toInstant();
    }

    /** Books at the front desk. */
    public Response book(Map<String, Object> booking) {
        return Api.as(RECEPTION).body(booking).post("/api/v1/sessions");
    }

    /**
     * Records, as the chain's admin, a visit of the client with Ana at Norwich that has begun: {@code slot}'s weekday
     * and time some weeks back, when Ana was free (nobody books the past; history is recorded). Its id.
     */
    public String recordVisitWeeksBack(OffsetDateTime slot, String service, String clientId) {
        for (int weeksBack = 4; weeksBack <= 12; weeksBack++) {
            Instant startsAt = slot.atZoneSameInstant(NORWICH_TIME).minusWeeks(weeksBack).toInstant();
            Response recorded = Api.as(ADMIN).body(Map.of("locationId", norwich, "serviceId", service,
                            "therapistId", ana, "clientId", clientId, "startsAt", startsAt.toString()))
                    .post("/api/v1/sessions/past");
            if (recorded.statusCode() != 409) {
                return recorded.then().statusCode(201).extract().path("id");
            }
        }
        throw new IllegalStateException("Ana had no free past slot at Norwich");
    }

    /** A fresh mailbox address of the test's own. */
    public static String mailbox(String name) {
        return name + "-" + UUID.randomUUID() + "@harbour.test";
    }
}
