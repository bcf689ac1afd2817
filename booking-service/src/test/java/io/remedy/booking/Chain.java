package io.remedy.booking;

import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A chain (tenant) of a test's own, set up through the API: one location with two rooms, one service, one therapist
 * and one client, plus tokens for its people. Each test makes its own, so tests never share data.
 *
 * <p>Unless a test says otherwise (through {@link #openingHours} or {@link #roster}), every location the fixture
 * opens is open all day every day, and every therapist it takes on is rostered all day every day at every location
 * of the fixture and offers every service of the fixture, so tests may book at any time.
 */
public final class Chain {

    public final String tenant = "t-" + UUID.randomUUID();
    public final String admin = TestTokens.issue("admin-" + tenant, tenant, List.of("*"), "chain-admin");
    public final String receptionist;
    /** The code of the first location, which the receptionist's token names. */
    public final String locationCode;
    public final String locationId;
    public final String roomA;
    public final String roomB;
    public final String serviceId;
    public final String therapistId;
    public final String therapistUser = "therapist-" + UUID.randomUUID();
    public final String clientId;
    public final String clientUser = "client-" + UUID.randomUUID();

    private final List<String> locations = new ArrayList<>();
    private final List<String> therapists = new ArrayList<>();
    private final List<String> services = new ArrayList<>();

    public Chain() {
        locationCode = "loc" + Math.abs(tenant.hashCode() % 1000);
        receptionist = TestTokens.issue("reception-" + tenant, tenant, List.of(locationCode), "receptionist");
        locationId = addLocation(locationCode, "Europe/London");
        roomA = addRoom(locationId, "Room A");
        roomB = addRoom(locationId, "Room B");
        therapistId = addTherapist("Ana Costa", "ana@" + tenant + ".test", therapistUser);
        serviceId = addService("Remedial massage 60 min", 60, 15, 7500);
        clientId = create(admin, "/api/v1/clients", Map.of("givenName", "Sam", "familyName", "Patel",
                "email", "sam@" + tenant + ".test", "phone", "+447700900123", "userId", clientUser));
    }

    /** A token of this chain for a user with roles at this chain's locations. */
    public String token(String subject, List<String> locations, String... roles) {
        return TestTokens.issue(subject, tenant, locations, roles);
    }

    /**
     * Opens another location, open all day every day, where every therapist of the fixture is rostered all day;
     * without rooms (see {@link #addRoom}). Returns its id.
     */
    public String addLocation(String code, String timeZone) {
        return addLocation(code, timeZone, Map.of());
    }

    /** Opens another location as {@link #addLocation(String, String)} does, with more of its fields (currency, tax). */
    public String addLocation(String code, String timeZone, Map<String, ?> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.putAll(Map.of("code", code, "name", "Branch " + code, "timeZone", timeZone));
        String id = create(admin, "/api/v1/locations", body);
        openingHours(id, allWeek());
        locations.add(id);
        for (String therapist : therapists) {
            roster(therapist, everywhereAllWeek());
        }
        return id;
    }

    /** Adds a room to a location; returns its id. */
    public String addRoom(String location, String name) {
        return create(admin, "/api/v1/locations/" + location + "/rooms", Map.of("name", name));
    }

    /** Takes on a therapist without a login, rostered all day at every location and offering every service. */
    public String addTherapist(String displayName) {
        return addTherapist(displayName, null, null);
    }

    /** Takes on a therapist, rostered all day at every location and offering every service; returns the id. */
    public String addTherapist(String displayName, String email, String userId) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", displayName));
        if (email != null) {
            body.put("email", email);
        }
        if (userId != null) {
            body.put("userId", userId);
        }
        String id = create(admin, "/api/v1/therapists", body);
        therapists.add(id);
        roster(id, everywhereAllWeek());
        for (String service : services) {
            JsonPath current = given().auth().oauth2(admin).get("/api/v1/services/" + service)
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> update = Map.of("name", current.getString("name"),
                    "durationMinutes", current.getInt("durationMinutes"),
                    "bufferMinutes", current.getInt("bufferMinutes"), "priceCents", current.getInt("priceCents"),
                    "currency", current.getString("currency"), "therapistIds", List.copyOf(therapists));
            given().auth().oauth2(admin).header("If-Match", etag("/api/v1/services/" + service))
                    .contentType(ContentType.JSON).body(update)
                    .put("/api/v1/services/" + service).then().statusCode(200);
        }
        return id;
    }

    /** Adds a service that every therapist of the fixture offers; returns its id. */
    public String addService(String name, int durationMinutes, int bufferMinutes, int priceCents) {
        String id = create(admin, "/api/v1/services", Map.of("name", name, "durationMinutes", durationMinutes,
                "bufferMinutes", bufferMinutes, "priceCents", priceCents, "currency", "GBP",
                "therapistIds", List.copyOf(therapists)));
        services.add(id);
        return id;
    }

    /** Replaces a location's opening hours, e.g. {@code List.of(interval("MONDAY", "09:00", "17:00"))}. */
    public void openingHours(String location, List<Map<String, Object>> intervals) {
        String path = "/api/v1/locations/" + location + "/opening-hours";
        given().auth().oauth2(admin).header("If-Match", etag(path)).contentType(ContentType.JSON)
                .body(Map.of("intervals", intervals))
                .put(path).then().statusCode(200);
    }

    /** Replaces a therapist's roster, e.g. {@code List.of(entry(locationId, "TUESDAY", "09:00", "17:00"))}. */
    public void roster(String therapist, List<Map<String, Object>> entries) {
        String path = "/api/v1/therapists/" + therapist + "/roster";
        given().auth().oauth2(admin).header("If-Match", etag(path)).contentType(ContentType.JSON)
                .body(Map.of("entries", entries))
                .put(path).then().statusCode(200);
    }

    /** An opening interval of a request. */
    public static Map<String, Object> interval(String dayOfWeek, String start, String end) {
        return Map.of("dayOfWeek", dayOfWeek, "start", start, "end", end);
    }

    /** A roster entry of a request. */
    public static Map<String, Object> entry(String location, String dayOfWeek, String start, String end) {
        return Map.of("locationId", location, "dayOfWeek", dayOfWeek, "start", start, "end", end);
    }

    /** 00:00-24:00 every day of the week. */
    public static List<Map<String, Object>> allWeek() {
        List<Map<String, Object>> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(interval(day.name(), "00:00", "24:00"));
        }
        return week;
    }

    private List<Map<String, Object>> everywhereAllWeek() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String location : locations) {
            for (DayOfWeek day : DayOfWeek.values()) {
                entries.add(entry(location, day.name(), "00:00", "24:00"));
            }
        }
        return entries;
    }

    /** The ETag of a resource, read as the chain admin. */
    public String etag(String path) {
        return given().auth().oauth2(admin).get(path).then().statusCode(200).extract().header("ETag");
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
        Map<String, Object> body = new HashMap<>(Map.of("locationId", locationId, "serviceId", serviceId,
                "therapistId", therapistId, "clientId", clientId, "startsAt", startsAt));
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        return body;
    }
}
