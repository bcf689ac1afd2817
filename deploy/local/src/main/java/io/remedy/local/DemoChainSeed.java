package io.remedy.local;

import io.remedy.local.DemoChain.Client;
import io.remedy.local.DemoChain.Location;
import io.remedy.local.DemoChain.Regular;
import io.remedy.local.DemoChain.Shift;
import io.remedy.local.DemoChain.Therapist;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.remedy.local.DemoApi.object;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * The "seed demo data" step of {@code ./remedy up}: the demo chains of the architecture document (Harbour with
 * Norwich and Jupiter, Summit with Leeds: opening hours, rooms, service catalogue, therapists with their rosters and
 * the services they offer, a few dozen clients), then a month of their diary ({@link DemoDiarySeed}), the clinical
 * records of a handful of regulars ({@link DemoClinicalSeed}) and the payments taken on their invoices
 * ({@link DemoBillingSeed}). Everything goes through the gateway's public API with the demo users' own tokens, never
 * SQL. What exists already is left alone, so seeding twice creates nothing twice. The users themselves (and their
 * fixed ids) come from the Keycloak realm file.
 */
public final class DemoChainSeed implements DemoSeed {

    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void seed(LocalStack stack, PrintStream out) {
        long started = System.nanoTime();
        DemoChain harbour = harbour(stack);
        DemoChain summit = summit(stack);
        printChains(harbour, summit, out);
        DemoDiarySeed diary = new DemoDiarySeed(http, stack);
        DemoDiarySeed.Diary harbourDiary = diary.seed(harbour);
        DemoDiarySeed.Diary summitDiary = diary.seed(summit);
        out.println("  seeded their diaries: " + harbourDiary.summary() + " at harbour, " + summitDiary.summary()
                + " at summit");
        String records = new DemoClinicalSeed(http, stack).seed(harbour, harbourDiary);
        out.println("  seeded clinical records: " + records);
        DemoBillingSeed money = new DemoBillingSeed(http, stack);
        out.println("  seeded payments: " + money.seed(harbour, harbourDiary) + " at harbour, "
                + money.seed(summit, summitDiary) + " at summit (the whole seed took "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)");
    }

    /**
     * The chains alone (locations with their hours and money, rooms, services and prices, therapists and rosters, the
     * demo clients), without a diary, clinical records or payments: for a platform that only books ahead of the demo
     * diary (the replica test's), where a month of history would only be a backlog for the consumers to work off.
     */
    public void seedChains(LocalStack stack, PrintStream out) {
        long started = System.nanoTime();
        DemoChain harbour = harbour(stack);
        DemoChain summit = summit(stack);
        printChains(harbour, summit, out);
        out.println("  (no diary, records or payments; the seed took "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s)");
    }

    private static void printChains(DemoChain harbour, DemoChain summit, PrintStream out) {
        out.println("  seeded demo chains harbour (norwich, jupiter) and summit (leeds): opening hours, rooms, "
                + "services, rosters, " + (harbour.clients().size() + summit.clients().size()) + " clients");
    }

    private DemoChain harbour(LocalStack stack) {
        ChainBuilder harbour = new ChainBuilder(stack, "harbour", "admin@harbour.test");
        harbour.location("norwich", "Harbour Remedial Massage Norwich", "Europe/London", "12 Quay Street\nNorwich NR1 1AA",
                "reception.norwich@harbour.test");
        harbour.location("jupiter", "Harbour Remedial Massage Jupiter", "America/New_York",
                "310 Harbor Avenue\nJupiter, FL 33477", "admin@harbour.test");
        // money belongs to a location: Norwich charges in pounds, Jupiter in dollars at its own prices
        harbour.money("norwich", "GBP", object("lateCancellationFeePercent", 50, "noShowFeePercent", 100));
        harbour.money("jupiter", "USD", object("lateCancellationFeeCents", 2500, "noShowFeeCents", 5000));
        harbour.receipts("Harbour Remedial Massage");
        harbour.room("norwich", "Room 1");
        harbour.room("norwich", "Room 2");
        harbour.room("jupiter", "Room A");
        harbour.room("jupiter", "Room B");
        harbour.service("Initial assessment 75 min", 75, 15, 9000, "GBP");
        harbour.service("Remedial massage 30 min", 30, 10, 4500, "GBP");
        harbour.service("Remedial massage 45 min", 45, 15, 6000, "GBP");
        harbour.service("Remedial massage 60 min", 60, 15, 7500, "GBP");
        harbour.service("Remedial massage 90 min", 90, 15, 10500, "GBP");
        harbour.service("Deep tissue 60 min", 60, 15, 8000, "GBP");
        harbour.service("Follow-up 45 min", 45, 15, 6000, "GBP");
        harbour.price("Initial assessment 75 min", "jupiter", 12000);
        harbour.price("Remedial massage 30 min", "jupiter", 6000);
        harbour.price("Remedial massage 45 min", "jupiter", 8000);
        harbour.price("Remedial massage 60 min", "jupiter", 9900);
        harbour.price("Remedial massage 90 min", "jupiter", 13900);
        harbour.price("Deep tissue 60 min", "jupiter", 10500);
        harbour.price("Follow-up 45 min", "jupiter", 8000);
        harbour.therapist("Ana Costa", "ana.therapist@harbour.test", "11111111-0000-4000-8000-000000000004");
        harbour.therapist("Ben Okafor", "ben.therapist@harbour.test", "11111111-0000-4000-8000-000000000005");
        harbour.shifts("Ana Costa", "norwich", List.of(MONDAY, TUESDAY, WEDNESDAY), "09:00", "17:00");
        harbour.shifts("Ana Costa", "jupiter", List.of(THURSDAY, FRIDAY), "09:00", "17:00");
        harbour.shifts("Ben Okafor", "jupiter", WEEKDAYS, "10:00", "18:00");
        // Norwich's front desk has someone in the diary every day it opens: Cara works the days Ana is in Jupiter
        harbour.therapist("Cara Lind", "cara.therapist@harbour.test", null);
        harbour.shifts("Cara Lind", "norwich", List.of(THURSDAY, FRIDAY), "09:00", "17:00");
        harbour.shifts("Cara Lind", "norwich", List.of(SATURDAY), "09:00", "13:00");

        harbour.client("Sam", "Patel", "sam.client@harbour.test", "+447700900123", "norwich", "1986-04-12", "en-GB",
                "11111111-0000-4000-8000-000000000006", new Regular("Ana Costa", MONDAY, LocalTime.of(10, 30)));
        harbour.client("Grace", "Thompson", "grace.thompson@example.net", "+447700900201", "norwich", "1979-09-03",
                "en-GB", null, new Regular("Ana Costa", TUESDAY, LocalTime.of(9, 0)));
        harbour.client("Tom", "Fisher", "tom.fisher@example.net", "+447700900202", "norwich", "1991-01-22", "en-GB",
                null, new Regular("Ana Costa", WEDNESDAY, LocalTime.of(13, 30)));
        harbour.client("Olivia", "Hughes", "olivia.hughes@example.net", "+447700900203", "norwich", "1988-06-15", "en-GB",
                null, new Regular("Cara Lind", THURSDAY, LocalTime.of(10, 0)));
        harbour.client("Harry", "Clarke", "harry.clarke@example.net", "+447700900204", "norwich", "1972-11-30", "en-GB",
                null, new Regular("Cara Lind", FRIDAY, LocalTime.of(14, 0)));
        harbour.client("Amelia", "Wright", "amelia.wright@example.net", "+447700900205", "norwich", "1995-02-08", "en-GB");
        harbour.client("George", "Walsh", "george.walsh@example.net", "+447700900206", "norwich", "1965-07-19", "en-GB");
        harbour.client("Isla", "Evans", "isla.evans@example.net", "+447700900207", "norwich", "1999-12-01", "en-GB");
        harbour.client("Jack", "Robinson", "jack.robinson@example.net", "+447700900208", "norwich", "1983-03-27", "en-GB");
        harbour.client("Emily", "Wood", "emily.wood@example.net", "+447700900209", "norwich", "1990-10-10", "en-GB");
        harbour.client("Oliver", "Hall", "oliver.hall@example.net", "+447700900210", "norwich", "1977-05-05", "en-GB");
        harbour.client("Sophie", "Turner", "sophie.turner@example.net", "+447700900211", "norwich", "1993-08-21", "en-GB");
        harbour.client("Maria", "Lopez", "maria.lopez@example.net", "+15615550101", "jupiter", "1984-04-02", "es",
                null, new Regular("Ben Okafor", MONDAY, LocalTime.of(11, 30)));
        harbour.client("James", "Carter", "james.carter@example.net", "+15615550102", "jupiter", "1969-12-14", "en-US",
                null, new Regular("Ben Okafor", THURSDAY, LocalTime.of(14, 30)));
        harbour.client("Ashley", "Johnson", "ashley.johnson@example.net", "+15615550103", "jupiter", "1992-09-09", "en-US");
        harbour.client("Michael", "Brown", "michael.brown@example.net", "+15615550104", "jupiter", "1975-01-31", "en-US");
        harbour.client("Jessica", "Davis", "jessica.davis@example.net", "+15615550105", "jupiter", "1987-07-07", "en-US");
        harbour.client("Christopher", "Miller", "christopher.miller@example.net", "+15615550106", "jupiter", "1981-02-17", "en-US");
        harbour.client("Sarah", "Wilson", "sarah.wilson@example.net", "+15615550107", "jupiter", "1996-11-11", "en-US");
        harbour.client("Daniel", "Moore", "daniel.moore@example.net", "+15615550108", "jupiter", "1970-03-03", "en-US");
        harbour.client("Emma", "Taylor", "emma.taylor@example.net", "+15615550109", "jupiter", "1989-06-28", "en-US");
        harbour.client("Matthew", "Anderson", "matthew.anderson@example.net", "+15615550110", "jupiter", "1978-08-08", "en-US");
        return harbour.build();
    }

    private DemoChain summit(LocalStack stack) {
        ChainBuilder summit = new ChainBuilder(stack, "summit", "admin@summit.test");
        summit.location("leeds", "Summit Massage Leeds", "Europe/London", "4 Park Row\nLeeds LS1 5HD",
                "admin@summit.test");
        summit.receipts("Summit Massage");
        summit.room("leeds", "Room 1");
        summit.room("leeds", "Room 2");
        summit.service("Remedial massage 60 min", 60, 15, 7000, "GBP");
        summit.service("Initial assessment 75 min", 75, 15, 8500, "GBP");
        summit.therapist("Priya Shah", "priya.therapist@summit.test", null);
        summit.shifts("Priya Shah", "leeds", WEEKDAYS, "09:00", "17:00");
        summit.client("Lee", "Walker", "lee.client@summit.test", "+447700900456", "leeds", "1982-02-14", "en-GB",
                "22222222-0000-4000-8000-000000000002", new Regular("Priya Shah", TUESDAY, LocalTime.of(10, 30)));
        summit.client("Hannah", "Scott", "hannah.scott@example.org", "+447700900301", "leeds", "1990-05-12", "en-GB");
        summit.client("Ryan", "Green", "ryan.green@example.org", "+447700900302", "leeds", "1985-09-25", "en-GB");
        summit.client("Chloe", "Baker", "chloe.baker@example.org", "+447700900303", "leeds", "1997-01-04", "en-GB");
        summit.client("Adam", "Harris", "adam.harris@example.org", "+447700900304", "leeds", "1974-10-18", "en-GB");
        summit.client("Megan", "Lewis", "megan.lewis@example.org", "+447700900305", "leeds", "1992-03-09", "en-GB");
        summit.client("Luke", "Young", "luke.young@example.org", "+447700900306", "leeds", "1968-12-24", "en-GB");
        summit.client("Ellie", "King", "ellie.king@example.org", "+447700900307", "leeds", "2001-07-30", "en-GB");
        return summit.build();
    }

    /** One chain, seeded by its admin through the gateway: each step reads first and writes only what is missing. */
    private final class ChainBuilder {

        private final String tenant;
        private final DemoApi admin;
        private final Map<String, Location> locations = new LinkedHashMap<>();
        private final Map<String, String> services = new LinkedHashMap<>();
        /** Prices of services at single locations: service name → location code → price in its currency. */
        private final Map<String, Map<String, Integer>> prices = new LinkedHashMap<>();
        private final Map<String, Therapist> therapists = new LinkedHashMap<>();
        private final List<Shift> shifts = new ArrayList<>();
        private final List<Client> clients = new ArrayList<>();
        private List<Map<String, Object>> knownClients;

        ChainBuilder(LocalStack stack, String tenant, String admin) {
            this.tenant = tenant;
            this.admin = new DemoApi(http, stack, admin);
        }

        /** A location open Monday-Friday 08:00-20:00 and Saturday 09:00-17:00. */
        void location(String code, String name, String timeZone, String address, String frontDesk) {
            String id = ensure("/locations", "code", code,
                    object("code", code, "name", name, "timeZone", timeZone, "address", address, "noticeHours", 24));
            locations.put(code, new Location(id, code, ZoneId.of(timeZone), frontDesk));
            List<Map<String, Object>> hours = new ArrayList<>();
            for (DayOfWeek day : WEEKDAYS) {
                hours.add(interval(day, "08:00", "20:00"));
            }
            hours.add(interval(SATURDAY, "09:00", "17:00"));
            DemoApi.Reply current = admin.read("/locations/" + id + "/opening-hours");
            if (!sameIntervals((List<?>) current.object().get("intervals"), hours, false)) {
                admin.put("/locations/" + id + "/opening-hours", object("intervals", hours),
                        current.etag().orElse("*"), 200);
            }
        }

        /** The name the chain's receipts are issued in, unless billing has it already. */
        void receipts(String clinicName) {
            DemoApi.Reply current = admin.read("/billing/settings");
            if (!clinicName.equals(current.object().get("clinicName"))) {
                admin.put("/billing/settings", object("clinicName", clinicName), current.etag().orElse("*"), 200);
            }
        }

        /** Sets a location's currency and fee policy unless it has them already (tax stays as it is). */
        void money(String code, String currency, Map<String, Object> fees) {
            String path = "/locations/" + locations.get(code).id();
            DemoApi.Reply current = admin.read(path);
            Map<String, Object> location = current.object();
            boolean same = currency.equals(location.get("currency"));
            for (Map.Entry<String, Object> fee : fees.entrySet()) {
                Object have = location.get(fee.getKey());
                same &= have instanceof Number number && number.intValue() == ((Number) fee.getValue()).intValue();
            }
            if (!same) {
                Map<String, Object> update = object("name", location.get("name"), "timeZone", location.get("timeZone"),
                        "noticeHours", location.get("noticeHours"), "currency", currency);
                update.putAll(fees);
                admin.put(path, update, current.etag().orElse("*"), 200);
            }
        }

        /** A service's own price at a location, in the location's currency. */
        void price(String service, String location, int priceCents) {
            prices.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(location, priceCents);
        }

        void room(String location, String name) {
            ensure("/locations/" + locations.get(location).id() + "/rooms", "name", name, object("name", name));
        }

        void service(String name, int minutes, int buffer, int priceCents, String currency) {
            String id = ensure("/services", "name", name, object("name", name, "durationMinutes", minutes,
                    "bufferMinutes", buffer, "priceCents", priceCents, "currency", currency));
            services.put(name, id);
        }

        void therapist(String name, String email, String userId) {
            String id = ensure("/therapists", "displayName", name,
                    object("displayName", name, "email", email, "userId", userId));
            therapists.put(name, new Therapist(id, name, userId == null ? null : email));
        }

        void shifts(String therapist, String location, List<DayOfWeek> days, String start, String end) {
            for (DayOfWeek day : days) {
                shifts.add(new Shift(therapist, location, day, LocalTime.parse(start), LocalTime.parse(end)));
            }
        }

        void client(String given, String family, String email, String phone, String location, String born,
                    String language) {
            client(given, family, email, phone, location, born, language, null, null);
        }

        void client(String given, String family, String email, String phone, String location, String born,
                    String language, String userId, Regular regular) {
            if (knownClients == null) {
                knownClients = admin.all("/clients?limit=200");
            }
            String id = knownClients.stream().filter(c -> email.equals(c.get("email")))
                    .map(c -> (String) c.get("id")).findFirst()
                    .orElseGet(() -> (String) admin.post("/clients", object("givenName", given, "familyName", family,
                            "email", email, "phone", phone, "dateOfBirth", born,
                            "preferredLocationId", locations.get(location).id(), "preferredLanguage", language,
                            "userId", userId), 201).get("id"));
            clients.add(new Client(id, given, family, email, location, userId == null ? null : email, regular));
        }

        /** Rosters and who offers what: written once every therapist and service exists. */
        DemoChain build() {
            for (Therapist therapist : therapists.values()) {
                List<Map<String, Object>> entries = shifts.stream()
                        .filter(shift -> shift.therapist().equals(therapist.name()))
                        .map(shift -> {
                            Map<String, Object> entry = interval(shift.day(), shift.start().toString(),
                                    shift.end().toString());
                            entry.put("locationId", locations.get(shift.location()).id());
                            return entry;
                        }).toList();
                DemoApi.Reply roster = admin.read("/therapists/" + therapist.id() + "/roster");
                if (!sameIntervals((List<?>) roster.object().get("entries"), entries, true)) {
                    admin.put("/therapists/" + therapist.id() + "/roster", object("entries", entries),
                            roster.etag().orElse("*"), 200);
                }
            }
            Set<String> everyone = new HashSet<>(therapists.values().stream().map(Therapist::id).toList());
            for (Map<String, Object> service : admin.all("/services")) {
                Set<String> offered = new HashSet<>();
                ((List<?>) service.get("therapistIds")).forEach(id -> offered.add((String) id));
                Set<String> pricedAt = new HashSet<>();
                ((List<?>) service.getOrDefault("locationPrices", List.of())).forEach(p -> pricedAt.add(
                        ((Map<?, ?>) p).get("locationId") + "=" + ((Map<?, ?>) p).get("priceCents")));
                List<Map<String, Object>> wantedPrices = new ArrayList<>();
                prices.getOrDefault((String) service.get("name"), Map.of()).forEach((code, cents) ->
                        wantedPrices.add(object("locationId", locations.get(code).id(), "priceCents", cents)));
                Set<String> wantedAt = new HashSet<>();
                wantedPrices.forEach(p -> wantedAt.add(p.get("locationId") + "=" + p.get("priceCents")));
                if (services.containsValue((String) service.get("id"))
                        && (!offered.equals(everyone) || !pricedAt.equals(wantedAt))) {
                    admin.put("/services/" + service.get("id"), object("name", service.get("name"),
                                    "durationMinutes", service.get("durationMinutes"),
                                    "bufferMinutes", service.get("bufferMinutes"),
                                    "priceCents", service.get("priceCents"), "currency", service.get("currency"),
                                    "therapistIds", List.copyOf(everyone), "locationPrices", wantedPrices),
                            "\"" + service.get("version") + "\"", 200);
                }
            }
            return new DemoChain(tenant, admin.username(), Map.copyOf(locations), Map.copyOf(services),
                    Map.copyOf(therapists), List.copyOf(shifts), List.copyOf(clients));
        }

        /** The id of the listed item whose field has the value, created first when it is missing. */
        private String ensure(String path, String field, String value, Map<String, Object> body) {
            for (Map<String, Object> existing : admin.all(path)) {
                if (value.equals(existing.get(field))) {
                    return (String) existing.get("id");
                }
            }
            return (String) admin.post(path, body, 201).get("id");
        }
    }

    private static Map<String, Object> interval(DayOfWeek day, String start, String end) {
        return object("dayOfWeek", day.name(), "start", start, "end", end);
    }

    /** Whether a week's intervals (or roster entries, with their location) are the ones wanted, in any order. */
    private static boolean sameIntervals(List<?> current, List<Map<String, Object>> wanted, boolean withLocation) {
        Set<String> have = new HashSet<>();
        for (Object item : current) {
            have.add(key((Map<?, ?>) item, withLocation));
        }
        Set<String> want = new HashSet<>();
        for (Map<String, Object> item : wanted) {
            want.add(key(item, withLocation));
        }
        return have.equals(want);
    }

    private static String key(Map<?, ?> interval, boolean withLocation) {
        return (withLocation ? Objects.toString(interval.get("locationId")) + " " : "") + interval.get("dayOfWeek")
                + " " + interval.get("start") + "-" + interval.get("end");
    }
}
