package io.remedy.e2e;

import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** Each booking of the run gets a day of its own, so tests never compete for Ana's time. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(40);

    public final String norwich = Api.idOf(RECEPTION, "/api/v1/locations", "code", "norwich");
    public final String massage = Api.idOf(RECEPTION, "/api/v1/services", "name", "Remedial massage 60 min");
    public final String ana = Api.idOf(RECEPTION, "/api/v1/therapists", "displayName", "Ana Costa");

    /** Registers a client of the test's own at the front desk; returns its id. */
    public String newClient(String email) {
        return Api.as(RECEPTION).body(Map.of("givenName", "Test", "familyName", "Client " + UUID.randomUUID(),
                        "email", email, "preferredLocationId", norwich))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    /** A booking with Ana at Norwich at 10:00 UTC on a day no other booking of this run uses. */
    public Map<String, Object> bookingFor(String clientId) {
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(NEXT_DAY.getAndIncrement()).toString();
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", norwich);
        body.put("serviceId", massage);
        body.put("therapistId", ana);
        body.put("clientId", clientId);
        body.put("startsAt", day + "T10:00:00Z");
        return body;
    }

    /** Books at the front desk. */
    public Response book(Map<String, Object> booking) {
        return Api.as(RECEPTION).body(booking).post("/api/v1/sessions");
    }

    /** A fresh mailbox address of the test's own. */
    public static String mailbox(String name) {
        return name + "-" + UUID.randomUUID() + "@harbour.test";
    }
}
