package io.remedy.e2e;

import io.restassured.response.Response;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.time.DayOfWeek.MONDAY;
import static org.awaitility.Awaitility.await;

/**
 * A chain (tenant) of a test's own, built through the API like any chain: staff users holding every staff role (the
 * first is also the chain's therapist), a client user, one location with a room, a service, a roster, a client with
 * a booked session, a waitlist entry, a closure, leave, a room hire, and the client's consent, assessment, plan and
 * due note. {@link #ids()} names each by kind ({@code location}, {@code session}, ...), for path parameters.
 */
public final class OwnChain {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final String tenant = "t-" + UUID.randomUUID();
    private final List<RealmAdmin.User> staff = new ArrayList<>();
    private final RealmAdmin.User client;
    private final Map<String, String> ids = new HashMap<>();

    /** Builds the chain with {@code staffUsers} users holding every staff role. */
    public OwnChain(int staffUsers) {
        for (int i = 0; i < staffUsers; i++) {
            staff.add(RealmAdmin.createUser("staff" + i, tenant, List.of("*"),
                    "chain-admin", "branch-manager", "receptionist", "therapist"));
        }
        client = RealmAdmin.createUser("client", tenant, List.of(), "client");
        build();
    }

    /** The staff users (every staff role, every location); the first is the chain's therapist. */
    public List<String> staff() {
        return staff.stream().map(RealmAdmin.User::username).toList();
    }

    /** Ids of the chain's things by kind: location, room, service, therapist, client, session, ... */
    public Map<String, String> ids() {
        return Map.copyOf(ids);
    }

    private String admin() {
        return staff.get(0).username();
    }

    private String create(String path, Map<String, Object> body) {
        Response response = Api.as(admin()).body(body).post(path);
        response.then().statusCode(201);
        return response.path("id");
    }

    private void build() {
        String location = create("/api/v1/locations", Map.of("code", "main", "name", "Own chain main",
                "timeZone", ZONE.getId()));
        ids.put("location", location);
        ids.put("room", create("/api/v1/locations/" + location + "/rooms", Map.of("name", "Room 1")));
        String therapist = create("/api/v1/therapists", Map.of("displayName", "Own Therapist",
                "email", staff.get(0).username(), "userId", staff.get(0).id()));
        ids.put("therapist", therapist);
        ids.put("service", create("/api/v1/services", Map.of("name", "Remedial massage 60 min",
                "durationMinutes", 60, "bufferMinutes", 15, "priceCents", 7500, "currency", "GBP",
                "therapistIds", List.of(therapist))));
        List<Map<String, Object>> week = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            week.add(Map.of("locationId", location, "dayOfWeek", day, "start", "08:00", "end", "20:00"));
        }
        String etag = Api.as(admin()).get("/api/v1/therapists/" + therapist + "/roster").then().statusCode(200)
                .extract().header("ETag");
        Api.as(admin()).header("If-Match", etag).body(Map.of("entries", week))
                .put("/api/v1/therapists/" + therapist + "/roster").then().statusCode(200);
        String clientId = create("/api/v1/clients", Map.of("givenName", "Own", "familyName", "Client",
                "email", client.username(), "preferredLocationId", location, "userId", client.id()));
        ids.put("client", clientId);

        LocalDate monday = LocalDate.now(ZONE).plusWeeks(2).with(TemporalAdjusters.nextOrSame(MONDAY));
        ids.put("session", create("/api/v1/sessions", Map.of("locationId", location, "serviceId", ids.get("service"),
                "therapistId", therapist, "clientId", clientId,
                "startsAt", ZonedDateTime.of(monday, LocalTime.of(10, 0), ZONE).toOffsetDateTime().toString())));
        ids.put("entry", create("/api/v1/waitlist", Map.of("clientId", clientId, "locationId", location,
                "serviceId", ids.get("service"), "from", monday.toString(), "to", monday.plusDays(4).toString())));
        ids.put("closure", create("/api/v1/locations/" + location + "/closures",
                Map.of("date", monday.plusWeeks(20).toString(), "reason", "Staff training")));
        ids.put("exception", create("/api/v1/therapists/" + therapist + "/roster/exceptions", Map.of(
                "from", ZonedDateTime.of(monday.plusWeeks(10), LocalTime.MIDNIGHT, ZONE).toOffsetDateTime().toString(),
                "to", ZonedDateTime.of(monday.plusWeeks(11), LocalTime.MIDNIGHT, ZONE).toOffsetDateTime().toString(),
                "reason", "Annual leave")));
        ids.put("hire", create("/api/v1/locations/" + location + "/rooms/" + ids.get("room") + "/hires", Map.of(
                "practitionerName", "Jo Reed (Pilates)",
                "startsAt", ZonedDateTime.of(monday.plusDays(1), LocalTime.of(18, 0), ZONE).toOffsetDateTime().toString(),
                "endsAt", ZonedDateTime.of(monday.plusDays(1), LocalTime.of(19, 30), ZONE).toOffsetDateTime().toString())));

        String record = "/api/v1/records/clients/" + clientId;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                Api.as(admin()).get(record + "/consents").statusCode() == 200
                        && Api.as(admin()).get("/api/v1/records/sessions/" + ids.get("session") + "/notes")
                        .then().extract().jsonPath().getList("items").size() == 1);
        ids.put("note", Api.as(admin()).get("/api/v1/records/sessions/" + ids.get("session") + "/notes")
                .then().statusCode(200).extract().path("items[0].id"));
        ids.put("consent", create(record + "/consents", Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01")));
        ids.put("assessment", create(record + "/assessments", Map.of("locationId", location,
                "nrs", 6, "odiAnswers", List.of(2, 3, 1, 2, 2, 3, 2, 1, 2, 3))));
        ids.put("plan", create(record + "/plans", Map.of("locationId", location,
                "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6)),
                "homework", List.of(Map.of("title", "Knee-to-chest stretch",
                        "instructions", "Hold 30 seconds, three times each side")),
                "reviewDate", monday.plusWeeks(6).toString())));
    }
}
