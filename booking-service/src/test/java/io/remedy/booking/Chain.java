package io.remedy.booking;

import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A chain (tenant) of a test's own, set up through the API: one location with two rooms, one service, one therapist
 * and one client, plus tokens for its people. Each test makes its own, so tests never share data.
 */
public final class Chain {

    public final String tenant = "t-" + UUID.randomUUID();
    public final String admin = TestTokens.issue("admin-" + tenant, tenant, List.of("*"), "chain-admin");
    public final String receptionist;
    public final String locationId;
    public final String roomA;
    public final String roomB;
    public final String serviceId;
    public final String therapistId;
    public final String therapistUser = "therapist-" + UUID.randomUUID();
    public final String clientId;
    public final String clientUser = "client-" + UUID.randomUUID();

    public Chain() {
        String code = "loc" + Math.abs(tenant.hashCode() % 1000);
        receptionist = TestTokens.issue("reception-" + tenant, tenant, List.of(code), "receptionist");
        locationId = create(admin, "/api/v1/locations", Map.of("code", code, "name", "Branch " + code,
                "timeZone", "Europe/London"));
        roomA = create(admin, "/api/v1/locations/" + locationId + "/rooms", Map.of("name", "Room A"));
        roomB = create(admin, "/api/v1/locations/" + locationId + "/rooms", Map.of("name", "Room B"));
        serviceId = create(admin, "/api/v1/services", Map.of("name", "Remedial massage 60 min",
                "durationMinutes", 60, "bufferMinutes", 15, "priceCents", 7500, "currency", "GBP"));
        therapistId = create(admin, "/api/v1/therapists", Map.of("displayName", "Ana Costa",
                "email", "ana@" + tenant + ".test", "userId", therapistUser));
        clientId = create(receptionist, "/api/v1/clients", Map.of("givenName", "Sam", "familyName", "Patel",
                "email", "sam@" + tenant + ".test", "phone", "+447700900123", "userId", clientUser));
    }

    /** A token of this chain for a user with roles at this chain's locations. */
    public String token(String subject, List<String> locations, String... roles) {
        return TestTokens.issue(subject, tenant, locations, roles);
    }

    /** Creates through the API as the given caller; returns the new id. */
    public static String create(String token, String path, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A booking request for this chain's therapist and client at the given start, in the given room or any. */
    public Map<String, Object> booking(String startsAt, String roomId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("locationId", locationId, "serviceId", serviceId,
                "therapistId", therapistId, "clientId", clientId, "startsAt", startsAt));
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        return body;
    }
}
