package io.remedy.e2e.browser;

import io.remedy.e2e.Api;
import io.remedy.e2e.RealmAdmin;
import io.restassured.response.Response;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A chain of a browser test's own, built through the API: one location whose wall clock reads about noon whenever the
 * test runs (so today has free times before and after now), a room, a therapist rostered 08:00-20:00 every day, a
 * service, a chain admin, a receptionist of the location and a client with a login and a client record.
 */
final class ClinicOfItsOwn {

    final String tenant = "t-" + UUID.randomUUID();
    final String code = "own" + UUID.randomUUID().toString().substring(0, 6);
    final ZoneId zone;
    final RealmAdmin.User admin;
    final RealmAdmin.User receptionist;
    final RealmAdmin.User clientUser;
    final String locationName = "Quayside " + code;
    final String location;
    final String therapist;
    final String service;
    final String clientName;
    final String clientId;

    ClinicOfItsOwn() {
        // an offset that puts the location's clock near noon now: free times today both soon and later
        int hourUtc = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(12 - hourUtc + 12, 24) - 12;
        zone = ZoneId.of(offset == 0 ? "UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
        admin = RealmAdmin.createUser("admin", tenant, List.of("*"), "chain-admin");
        receptionist = RealmAdmin.createUser("reception", tenant, List.of(code), "receptionist");
        clientUser = RealmAdmin.createUser("client", tenant, List.of(), "client");
        // check-in opens three hours before a start here, so a session later today can be checked in now
        location = create("/api/v1/locations", Map.of("code", code, "name", locationName, "timeZone", zone.getId(),
                "checkInOpensMinutesBefore", 180));
        create("/api/v1/locations/" + location + "/rooms", Map.of("name", "Room 1"));
        therapist = create("/api/v1/therapists", Map.of("displayName", "Tess Harper", "email", "tess-" + code + "@e2e.test"));
        service = create("/api/v1/services", Map.of("name", "Remedial massage 45 min", "durationMinutes", 45,
                "bufferMinutes", 15, "priceCents", 6000, "currency", "GBP", "therapistIds", List.of(therapist)));
        List<Map<String, Object>> week = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.add(Map.of("locationId", location, "dayOfWeek", day, "start", "08:00", "end", "20:00"));
        }
        String etag = Api.as(admin.username()).get("/api/v1/therapists/" + therapist + "/roster").then().statusCode(200)
                .extract().header("ETag");
        Api.as(admin.username()).header("If-Match", etag).body(Map.of("entries", week))
                .put("/api/v1/therapists/" + therapist + "/roster").then().statusCode(200);
        clientName = "Robin Quill" + code.substring(3);
        clientId = create("/api/v1/clients", Map.of("givenName", "Robin", "familyName", "Quill" + code.substring(3),
                "email", clientUser.username(), "preferredLocationId", location, "userId", clientUser.id()));
    }

    private String create(String path, Map<String, Object> body) {
        Response response = Api.as(admin.username()).body(body).post(path);
        response.then().statusCode(201);
        return response.path("id");
    }
}
