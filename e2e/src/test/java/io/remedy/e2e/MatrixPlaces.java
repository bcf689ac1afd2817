package io.remedy.e2e;

import io.remedy.e2e.AuthorisationMatrix.Scope;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The things the authorisation matrix's paths and bodies name, by place. Each demo location (Norwich, Jupiter, Leeds)
 * has a client of the matrix's own, with a login, treated there by the location's therapist: a booked session, a
 * completed one with its signed and amended note, intake, consent, an assessment, a plan and its proposed series, a
 * cleared red flag, a waitlist entry, another entry whose offer was declined, an in-app message; and the location's
 * room, a closure, leave and a room hire. The demo clients Sam (Norwich) and Lee (Leeds) get the same for their own
 * rows. Every user sees them from three scopes: their own place, another location of their chain (for a client:
 * another client's record), and the other chain.
 */
public final class MatrixPlaces {

    /** Things made afresh for every call that uses them up (erasing a client, removing a closure, ...). */
    public static final String FRESH = "new:";

    /** A place: ids by kind (location, room, service, therapist, client, session, visit, plan, ...). */
    public record Place(String name, String tenant, String locationCode, ZoneId zone, String admin,
                        String therapistUser, Map<String, String> ids) {

        /** The id of the place's thing of this kind; {@code new:<kind>} makes one afresh. */
        public String id(String kind) {
            if (kind.startsWith(FRESH)) {
                return fresh(kind.substring(FRESH.length()));
            }
            String id = ids.get(kind);
            if (id == null) {
                throw new IllegalStateException("the matrix has no " + kind + " at " + name);
            }
            return id;
        }

        private String fresh(String kind) {
            String location = ids.get("location");
            return switch (kind) {
                case "client" -> created(() -> Api.as(admin).body(Map.of("givenName", "Matrix", "familyName",
                        "Fresh " + UUID.randomUUID(), "preferredLocationId", location)).post("/api/v1/clients"));
                case "closure" -> onSomeDay(200, 1400, day -> Api.as(admin).body(Map.of("date", day.toString(),
                        "reason", "Matrix")).post("/api/v1/locations/" + location + "/closures"));
                case "exception" -> onSomeDay(200, 1400, day -> Api.as(admin).body(Map.of(
                                "from", at(day, LocalTime.MIDNIGHT), "to", at(day.plusDays(1), LocalTime.MIDNIGHT),
                                "reason", "Matrix", "locationId", location))
                        .post("/api/v1/therapists/" + ids.get("therapist") + "/roster/exceptions"));
                case "hire" -> onSomeDay(200, 400, day -> Api.as(admin).body(Map.of("practitionerName", "Jo Reed (Pilates)",
                                "startsAt", at(weekday(day), LocalTime.of(18, 0)),
                                "endsAt", at(weekday(day), LocalTime.of(19, 30))))
                        .post("/api/v1/locations/" + location + "/rooms/" + ids.get("room") + "/hires"));
                case "consent" -> created(() -> Api.as(therapistUser).body(Map.of("kind", "DATA_PROCESSING",
                        "textVersion", "privacy-2026-01")).post("/api/v1/records/clients/" + ids.get("client") + "/consents"));
                case "webhook" -> created(() -> Api.as(admin).body(webhook()).post("/api/v1/webhooks"));
                case "feed" -> created(() -> Api.as(admin).body(Map.of("scope", "THERAPIST", "therapistId",
                        ids.get("therapist"))).post("/api/v1/calendar/feeds"));
                case "package" -> created(() -> Api.as(admin).body(matrixPackage()).post("/api/v1/billing/packages"));
                default -> throw new IllegalArgumentException("the matrix cannot make a fresh " + kind);
            };
        }

        /**
         * Makes a thing on a day of its own, months ahead, where nothing of the demo happens: another day if an earlier
         * run's thing (a closure, a hire) already took that one.
         */
        private String onSomeDay(int daysAhead, int spread, java.util.function.Function<LocalDate, Response> make) {
            Response made = null;
            for (int attempt = 0; attempt < 10; attempt++) {
                // spread as wide as the window a date of its kind may lie in allows (a hire: two years ahead at
                // most; a closure or leave: five), so that the users of a row, who run at once, rarely meet
                LocalDate day = LocalDate.now(zone).plusDays(daysAhead + ThreadLocalRandom.current().nextInt(spread));
                made = Api.waitingOutRateLimit(() -> make.apply(day));
                if (made.statusCode() != 409) {
                    break;
                }
            }
            return created(made);
        }

        private static LocalDate weekday(LocalDate day) {
            return day.getDayOfWeek().getValue() >= 6 ? day.plusDays(8L - day.getDayOfWeek().getValue()) : day;
        }

        private String at(LocalDate day, LocalTime time) {
            return ZonedDateTime.of(day, time, zone).toOffsetDateTime().toString();
        }
    }

    /**
     * A package of the chain for a service no session is ever of (a fresh id): selling it changes no other test's
     * invoices, since only a completed session of its service would use it.
     */
    static Map<String, Object> matrixPackage() {
        return Map.of("name", "Matrix " + UUID.randomUUID(), "serviceId", UUID.randomUUID().toString(),
                "sessionCount", 3, "expiryDays", 90,
                "prices", List.of(Map.of("currency", "GBP", "priceCents", 100), Map.of("currency", "USD",
                        "priceCents", 100)));
    }

    /** A webhook endpoint on this machine's discard port: allowed by the local stack, never answered. */
    static Map<String, Object> webhook() {
        return Map.of("url", "http://127.0.0.1:9/matrix", "events", List.of("session.booked"),
                "description", "Matrix");
    }

    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, Map<Scope, String>> scopes = new HashMap<>();
    /** Location and day of each waitlist offer made, so that no offer goes to another place's entry. */
    private final Set<String> offerDays = new HashSet<>();

    private MatrixPlaces() {
    }

    /** Builds every place (a minute or so: records and notifications learn of things from events). */
    private static MatrixPlaces shared;

    /**
     * The places, built once per run for every test that needs them: the demo clients' diaries can be furnished only
     * once (a client is never in two sessions at once).
     */
    public static synchronized MatrixPlaces shared() {
        if (shared == null) {
            shared = build();
        }
        return shared;
    }

    private static MatrixPlaces build() {
        MatrixPlaces built = new MatrixPlaces();
        built.buildAll();
        return built;
    }

    /** The place a user's row in a scope is about, or null where the scope does not apply to them. */
    public Place place(String user, Scope scope) {
        String name = scopes.get(user).get(scope);
        return name == null ? null : places.get(name);
    }

    private void buildAll() {
        String ben = "ben.therapist@harbour.test";
        Place norwich = treated("norwich", "harbour", Clinic.ADMIN, "norwich",
                Api.idOf(Clinic.ADMIN, "/api/v1/therapists", "displayName", "Ana Costa"), Clinic.ANA);
        Place jupiter = treated("jupiter", "harbour", Clinic.ADMIN, "jupiter",
                Api.idOf(Clinic.ADMIN, "/api/v1/therapists", "displayName", "Ben Okafor"), ben);
        RealmAdmin.User summitTherapist = RealmAdmin.createUser("matrix-therapist", "summit", List.of("leeds"), "therapist");
        Place leeds = treated("leeds", "summit", Clinic.SUMMIT_ADMIN, "leeds", summitTherapist(summitTherapist),
                summitTherapist.username());
        Place sam = demoClient("sam", norwich, "sam.client@harbour.test");
        Place lee = demoClient("lee", leeds, "lee.client@summit.test");
        for (Place place : List.of(norwich, jupiter, leeds, sam, lee)) {
            places.put(place.name(), place);
        }
        scope("admin@harbour", "norwich", "jupiter", "leeds");
        scope("manager.norwich", "norwich", "jupiter", "leeds");
        scope("reception.norwich", "norwich", "jupiter", "leeds");
        scope("ana", "norwich", "jupiter", "leeds");
        scope("ben", "jupiter", "norwich", "leeds");
        scope("sam.client", "sam", "norwich", "leeds");
        scope("admin@summit", "leeds", null, "norwich");
        scope("lee.client", "lee", "leeds", "norwich");
    }

    private void scope(String user, String own, String otherLocation, String otherTenant) {
        Map<Scope, String> byScope = new HashMap<>();
        byScope.put(Scope.OWN, own);
        byScope.put(Scope.OTHER_LOCATION, otherLocation);
        byScope.put(Scope.OTHER_TENANT, otherTenant);
        scopes.put(user, byScope);
    }

    /** A therapist of Summit with a login (the demo's Priya has none), rostered at Leeds and offering every service. */
    private static String summitTherapist(RealmAdmin.User user) {
        String admin = Clinic.SUMMIT_ADMIN;
        String leeds = Api.idOf(admin, "/api/v1/locations", "code", "leeds");
        String id = created(Api.as(admin).body(Map.of("displayName", "Matrix Therapist " + user.id(),
                "email", user.username(), "userId", user.id())).post("/api/v1/therapists"));
        String etag = Api.as(admin).get("/api/v1/therapists/" + id + "/roster").then().statusCode(200)
                .extract().header("ETag");
        List<Map<String, Object>> week = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            week.add(Map.of("locationId", leeds, "dayOfWeek", day, "start", "09:00", "end", "17:00"));
        }
        Api.as(admin).header("If-Match", etag).body(Map.of("entries", week))
                .put("/api/v1/therapists/" + id + "/roster").then().statusCode(200);
        for (Map<String, Object> service : Api.as(admin).queryParam("limit", 500).get("/api/v1/services").then()
                .statusCode(200).body("nextCursor", nullValue()).extract().jsonPath().<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            List<String> offered = new ArrayList<>((List<String>) service.get("therapistIds"));
            offered.add(id);
            Map<String, Object> update = new HashMap<>(service);
            update.keySet().retainAll(List.of("name", "durationMinutes", "bufferMinutes", "priceCents", "currency"));
            update.put("therapistIds", offered);
            Api.as(admin).header("If-Match", "\"" + service.get("version") + "\"").body(update)
                    .put("/api/v1/services/" + service.get("id")).then().statusCode(200);
        }
        return id;
    }

    /** A location with a client of the matrix's own (with a login), treated there by the location's therapist. */
    private Place treated(String name, String tenant, String admin, String code, String therapist, String therapistUser) {
        Map<String, String> ids = new LinkedHashMap<>();
        String location = Api.idOf(admin, "/api/v1/locations", "code", code);
        ZoneId zone = ZoneId.of(Api.as(admin).get("/api/v1/locations/" + location).then().statusCode(200)
                .extract().path("timeZone"));
        ids.put("location", location);
        ids.put("room", Api.as(admin).get("/api/v1/locations/" + location + "/rooms").then().statusCode(200)
                .extract().path("items[0].id"));
        ids.put("service", Api.idOf(admin, "/api/v1/services", "name", "Remedial massage 60 min"));
        ids.put("therapist", therapist);
        RealmAdmin.User login = RealmAdmin.createUser("matrix-" + name, tenant, List.of(), "client");
        String family = "Matrix-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        ids.put("clientName", family);
        ids.put("client", created(Api.as(admin).body(Map.of("givenName", "Mx", "familyName", family,
                "email", login.username(), "preferredLocationId", location, "userId", login.id()))
                .post("/api/v1/clients")));
        Place place = new Place(name, tenant, code, zone, admin, therapistUser, ids);
        furnish(place, login.username());
        ids.put("closure", place.fresh("closure"));
        ids.put("exception", place.fresh("exception"));
        ids.put("hire", place.fresh("hire"));
        return place;
    }

    /** A demo client's own things (for that client's own rows), at their usual location with its therapist. */
    private Place demoClient(String name, Place home, String user) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String shared : List.of("location", "room", "service", "therapist", "closure", "exception", "hire")) {
            ids.put(shared, home.ids().get(shared));
        }
        JsonPath me = Api.as(user).get("/api/v1/clients/me").then().statusCode(200).extract().jsonPath();
        ids.put("client", me.getString("id"));
        ids.put("clientName", me.getString("familyName"));
        Place place = new Place(name, home.tenant(), home.locationCode(), home.zone(), home.admin(),
                home.therapistUser(), ids);
        furnish(place, user);
        return place;
    }

    /**
     * The client's diary and record: a booked session, a completed visit with its note, intake, consent, assessment,
     * plan (and the series booking proposes from it), a cleared red flag, a waitlist entry, a declined offer, a
     * message in the client's in-app inbox, the visit's invoice with a cash payment, and a package sold to the client.
     */
    private void furnish(Place place, String clientUser) {
        Map<String, String> ids = place.ids();
        String admin = place.admin();
        List<String> slots = freeSlots(place, 2, 2, 20);
        ids.put("session", book(admin, ids, ids.get("client"), slots.get(0)));
        String visit = visited(admin, ids, ids.get("client"), slots);
        ids.put("visit", visit);
        complete(place.therapistUser(), visit);
        clinicalRecord(place);
        String invoice = invoiceOf(admin, ids.get("client"), visit);
        // billing knows the plan's series (records' plan.series-set), which the front desk may sell as a package
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(admin)
                .queryParam("clientId", ids.get("client")).get("/api/v1/billing/plan-series")
                .then().statusCode(200).body("items.size()", greaterThan(0)));
        ids.put("invoice", invoice);
        ids.put("payment", created(Api.as(admin).body(Map.of("method", "CASH", "amountCents", 100))
                .post("/api/v1/billing/invoices/" + invoice + "/payments")));
        // a package of the chain, sold to the client at the place (billing knows the location's currency by now)
        ids.put("package", created(Api.as(admin).body(matrixPackage()).post("/api/v1/billing/packages")));
        ids.put("clientPackage", created(Api.as(admin).body(Map.of("packageId", ids.get("package"),
                "clientId", ids.get("client"), "locationId", ids.get("location")))
                .post("/api/v1/billing/client-packages")));
        ids.put("entry", created(Api.as(admin).body(Map.of("clientId", ids.get("client"),
                "locationId", ids.get("location"), "serviceId", ids.get("service"),
                "from", LocalDate.now(place.zone()).plusDays(1).toString(),
                "to", LocalDate.now(place.zone()).plusDays(14).toString())).post("/api/v1/waitlist")));
        declinedOffer(place);
        ids.put("night", place.at(LocalDate.now(place.zone()).plusDays(8), LocalTime.of(3, 0)));
        ids.put("nightEnd", place.at(LocalDate.now(place.zone()).plusDays(8), LocalTime.of(4, 0)));
        ids.put("pastNight", place.at(LocalDate.now(place.zone()).minusDays(8), LocalTime.of(3, 0)));
        ids.put("deadLetter", UUID.randomUUID().toString());
        // a webhook endpoint of the chain where nothing listens (its tries fail quietly), and the ping in its log
        String webhook = created(Api.as(admin).body(webhook()).post("/api/v1/webhooks"));
        ids.put("webhook", webhook);
        ids.put("delivery", Api.as(admin).post("/api/v1/webhooks/" + webhook + "/test").then().statusCode(202)
                .extract().path("id"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(clientUser).get("/api/v1/notifications/inbox")
                .then().statusCode(200).body("items.size()", greaterThan(0)));
        ids.put("message", Api.as(clientUser).get("/api/v1/notifications/inbox").then().extract().path("items[0].id"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(admin)
                .queryParam("clientId", ids.get("client")).get("/api/v1/sessions/proposals")
                .then().statusCode(200).body("items.size()", greaterThan(0)));
        ids.put("proposal", Api.as(admin).queryParam("clientId", ids.get("client")).get("/api/v1/sessions/proposals")
                .then().extract().path("items[0].id"));
    }

    /**
     * An entry of the client's whose offer was declined: another client's session on a day of the place's own is
     * cancelled, the freed slot is offered to the entry waiting for that day, and the front desk declines it. Accepting
     * or declining it again is then refused (409) to whoever may act on it.
     */
    private void declinedOffer(Place place) {
        Map<String, String> ids = place.ids();
        String admin = place.admin();
        Set<LocalDate> awaited = waitedFor(place);
        String slot = null;
        for (String candidate : freeSlots(place, 20, 21, 41)) {
            LocalDate date = OffsetDateTime.parse(candidate).atZoneSameInstant(place.zone()).toLocalDate();
            if (!awaited.contains(date) && offerDays.add(ids.get("location") + " " + date)) {
                slot = candidate;
                break;
            }
        }
        if (slot == null) {
            throw new IllegalStateException("no free day for a waitlist offer at " + place.name());
        }
        LocalDate day = OffsetDateTime.parse(slot).atZoneSameInstant(place.zone()).toLocalDate();
        String other = created(Api.as(admin).body(Map.of("givenName", "Mx", "familyName", "Other " + UUID.randomUUID(),
                "preferredLocationId", ids.get("location"))).post("/api/v1/clients"));
        String session = book(admin, ids, other, slot);
        String entry = created(Api.as(admin).body(Map.of("clientId", ids.get("client"), "locationId", ids.get("location"),
                "serviceId", ids.get("service"), "from", day.toString(), "to", day.toString())).post("/api/v1/waitlist"));
        String etag = Api.as(admin).get("/api/v1/sessions/" + session).then().statusCode(200).extract().header("ETag");
        Api.as(admin).header("If-Match", etag).body(Map.of("reason", "CLIENT_REQUEST"))
                .post("/api/v1/sessions/" + session + "/cancel").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(admin).get("/api/v1/waitlist/" + entry)
                .then().statusCode(200).body("offer.id", notNullValue()));
        String offer = Api.as(admin).get("/api/v1/waitlist/" + entry).then().extract().path("offer.id");
        Api.as(admin).post("/api/v1/waitlist/" + entry + "/offers/" + offer + "/decline").then().statusCode(204);
        ids.put("offerEntry", entry);
        ids.put("offer", offer);
    }

    /** The days someone is waiting for at the place's location (an earlier run's entries among them). */
    private static Set<LocalDate> waitedFor(Place place) {
        Set<LocalDate> days = new HashSet<>();
        for (Map<String, Object> entry : Api.as(place.admin()).queryParam("locationId", place.ids().get("location"))
                .queryParam("limit", 500).get("/api/v1/waitlist")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
            if ("WAITING".equals(entry.get("status")) || "OFFERED".equals(entry.get("status"))) {
                LocalDate from = LocalDate.parse((String) entry.get("from"));
                LocalDate to = LocalDate.parse((String) entry.get("to"));
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /** Free slots of the place's therapist, one a day, between {@code fromDay} and {@code toDay} days ahead. */
    private static List<String> freeSlots(Place place, int count, int fromDay, int toDay) {
        Map<String, String> ids = place.ids();
        LocalDate today = LocalDate.now(place.zone());
        List<String> starts = Api.as(place.admin()).queryParam("serviceId", ids.get("service"))
                .queryParam("locationId", ids.get("location")).queryParam("therapistId", ids.get("therapist"))
                .queryParam("from", today.plusDays(fromDay).toString()).queryParam("to", today.plusDays(toDay).toString())
                .queryParam("limit", 500)
                .get("/api/v1/availability").then().statusCode(200).extract().jsonPath().getList("items.startsAt");
        List<String> chosen = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (String start : starts) {
            if (days.add(OffsetDateTime.parse(start).toLocalDate())) {
                chosen.add(start);
            }
            if (chosen.size() == count) {
                return chosen;
            }
        }
        if (chosen.size() < 2) {
            throw new IllegalStateException("fewer than 2 free days at " + place.name() + " in " + fromDay + ".." + toDay);
        }
        return chosen;
    }

    private static String book(String admin, Map<String, String> ids, String client, String startsAt) {
        return created(Api.as(admin).body(Map.of("locationId", ids.get("location"), "serviceId", ids.get("service"),
                "therapistId", ids.get("therapist"), "clientId", client, "startsAt", startsAt)).post("/api/v1/sessions"));
    }

    /**
     * A visit the client has had: nobody books the past, so the chain's admin records it (as history carried over) at
     * the weekday and time of a free slot to come, some weeks back, where the therapist was rostered and free.
     */
    private static String visited(String admin, Map<String, String> ids, String client, List<String> freeSlots) {
        for (int weeksBack = 1; weeksBack <= 8; weeksBack++) {
            for (String slot : freeSlots) {
                String past = OffsetDateTime.parse(slot).minusWeeks(weeksBack + 3L).toString();
                Response recorded = Api.as(admin).body(Map.of("locationId", ids.get("location"),
                        "serviceId", ids.get("service"), "therapistId", ids.get("therapist"), "clientId", client,
                        "startsAt", past)).post("/api/v1/sessions/past");
                if (recorded.statusCode() != 409) {
                    return created(recorded);
                }
            }
        }
        throw new IllegalStateException("no past slot free for the matrix's visit at " + ids.get("location"));
    }

    /** The invoice billing issued for the completed visit (billing learns of the completion from its event). */
    private static String invoiceOf(String admin, String client, String visit) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> Api.as(admin).queryParam("clientId", client)
                        .get("/api/v1/billing/invoices").then().statusCode(200).extract().jsonPath()
                        .<String>getList("items.findAll { it.sessionId == '" + visit + "' }.id").stream()
                        .findFirst().orElse(null),
                notNullValue());
    }

    private static void complete(String therapist, String session) {
        String etag = Api.as(therapist).get("/api/v1/sessions/" + session).then().statusCode(200).extract().header("ETag");
        Api.as(therapist).header("If-Match", etag).post("/api/v1/sessions/" + session + "/complete")
                .then().statusCode(200);
    }

    /**
     * The client's clinical record as their therapist writes it: intake, consent, an assessment, a plan, a red flag
     * raised and cleared, and the completed visit's note, signed and amended.
     */
    private static void clinicalRecord(Place place) {
        Map<String, String> ids = place.ids();
        String therapist = place.therapistUser();
        String record = "/api/v1/records/clients/" + ids.get("client");
        String notes = "/api/v1/records/sessions/" + ids.get("visit") + "/notes";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as(therapist).get(notes)
                .then().statusCode(200).body("items[0].sessionCompletedAt", notNullValue()));
        if (Api.as(therapist).get(record + "/intake").statusCode() == 404) {
            Api.as(therapist).body(Map.of("occupation", "Matrix", "goals", List.of("Matrix")))
                    .put(record + "/intake").then().statusCode(201);
        }
        ids.put("consent", created(Api.as(therapist).body(Map.of("kind", "TREATMENT", "textVersion", "treatment-2026-01"))
                .post(record + "/consents")));
        ids.put("assessment", created(Api.as(therapist).body(Map.of("locationId", ids.get("location"),
                        "sessionId", ids.get("visit"), "nrs", 5, "odiAnswers", List.of(2, 2, 1, 2, 1, 2, 2, 1, 1, 2)))
                .post(record + "/assessments")));
        ids.put("plan", created(Api.as(therapist).body(Map.of("locationId", ids.get("location"),
                        "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 4,
                                "goals", List.of(Map.of("description", "Sit through a work shift without pain",
                                        "measure", "NRS", "target", 3, "met", false)))),
                        "homework", List.of(Map.of("title", "Knee-to-chest stretch",
                                "instructions", "Hold 30 seconds, three times each side")),
                        "reviewDate", LocalDate.now(place.zone()).plusWeeks(6).toString()))
                .post(record + "/plans")));
        // the same things as FHIR resources: the assessment's pain Observation, the plan's first Goal, our Questionnaire
        ids.put("observation", ids.get("assessment") + "-nrs");
        ids.put("goal", ids.get("plan") + "-p1g1");
        ids.put("questionnaire", "oswestry-disability-index");
        String flag = created(Api.as(therapist).body(Map.of("locationId", ids.get("location"),
                "findings", List.of("NIGHT_PAIN"), "notes", "Matrix")).post(record + "/red-flags"));
        Api.as(therapist).body(Map.of("clearance", "RESCREEN_NEGATIVE", "outcome", "Matrix: rescreened negative"))
                .post(record + "/red-flags/" + flag + "/clear").then().statusCode(200);
        ids.put("flag", flag);
        JsonPath note = Api.as(therapist).get(notes).then().statusCode(200).extract().jsonPath();
        String noteId = note.getString("items[0].id");
        String draft = Api.as(therapist).header("If-Match", "\"" + note.getLong("items[0].version") + "\"")
                .body(Map.of("subjective", "Matrix", "objective", "Matrix", "assessment", "Matrix", "plan", "Matrix"))
                .put(notes).then().statusCode(200).extract().header("ETag");
        Api.as(therapist).header("If-Match", draft).post(notes + "/" + noteId + "/sign").then().statusCode(200);
        ids.put("note", noteId);
        ids.put("amendment", created(Api.as(therapist).body(Map.of("reason", "Matrix", "text", "Matrix amendment"))
                .post(notes + "/" + noteId + "/amendments")));
    }

    /** What the call made, the call made again after the gateway's Retry-After while it answers 429. */
    private static String created(Supplier<Response> call) {
        return created(Api.waitingOutRateLimit(call));
    }

    private static String created(Response response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the matrix could not make a thing it needs: " + response.statusCode()
                    + " " + response.asString());
        }
        return response.path("id");
    }
}
