package io.remedy.local;

import io.remedy.local.DemoChain.Client;
import io.remedy.local.DemoChain.Location;
import io.remedy.local.DemoChain.Shift;
import io.remedy.local.DemoChain.Therapist;

import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.remedy.local.DemoApi.encode;
import static io.remedy.local.DemoApi.object;

/**
 * A month of a demo chain's diary, through the booking API as the clinic would have made it: four weeks of past
 * sessions (mostly completed, some no-shows and late cancellations) and two of future ones (booked, a few cancelled
 * in time), every therapist's rostered days about half full, and the regulars' weekly appointments. The front desk
 * books, the therapists complete their own sessions, a client with a login books their own future sessions. Nobody
 * books a session in the past: the chain's admin records the past weeks as history carried over from a previous system
 * ({@code POST /sessions/past}, admins only), then they are checked in, completed, missed or called off through the
 * sessions' life cycle like any other.
 *
 * <p>The plan is a pure function of its first Monday and of the clock: seeding again finds the first Monday from the
 * diary itself (the earliest standing appointment of the chain's first regular), books only what is missing and
 * moves only sessions still booked whose time has passed. Nothing is booked twice.
 */
final class DemoDiarySeed {

    /** Weeks the plan spans: four past, the present one, two ahead. */
    static final int WEEKS = 7;
    /** Sessions start on this grid inside each shift: 75 minutes of treatment and its buffer fit in one step. */
    private static final Duration STEP = Duration.ofMinutes(90);
    /** Percent of the grid's slots that are booked. */
    private static final int OCCUPANCY = 50;
    private static final String FIRST_VISIT = "Initial assessment 75 min";
    private static final List<String> FOLLOW_UPS = List.of("Remedial massage 60 min", "Deep tissue 60 min",
            "Follow-up 45 min", "Remedial massage 45 min", "Remedial massage 60 min");

    private final HttpClient http;
    private final LocalStack stack;

    DemoDiarySeed(HttpClient http, LocalStack stack) {
        this.http = http;
        this.stack = stack;
    }

    /** What became of a planned session. */
    enum Outcome { BOOKED, CHECKED_IN, COMPLETED, NO_SHOW, CANCELLED }

    /** A session of the diary as it stands after seeding. */
    record Visit(String sessionId, Client client, Therapist therapist, Location location, String serviceId,
                 Instant startsAt, Outcome status) {
    }

    /** The seeded diary. */
    record Diary(List<Visit> visits, int booked, int skipped) {

        /** The visits of one client, oldest first. */
        List<Visit> of(Client client) {
            return visits.stream().filter(visit -> visit.client().id().equals(client.id())).toList();
        }

        String summary() {
            Map<Outcome, Integer> counts = new TreeMap<>();
            visits.forEach(visit -> counts.merge(visit.status(), 1, Integer::sum));
            return visits.size() + " sessions " + counts + " (" + booked + " booked now"
                    + (skipped > 0 ? ", " + skipped + " slots taken by others" : "") + ")";
        }
    }

    /** One session of the plan. */
    record Planned(Client client, Therapist therapist, Location location, Instant startsAt, int dice) {

        String key() {
            return client.id() + "@" + startsAt;
        }
    }

    Diary seed(DemoChain chain) {
        Map<String, DemoApi> users = new HashMap<>();
        DemoApi admin = users.computeIfAbsent(chain.admin(), user -> new DemoApi(http, stack, user));
        Instant now = Instant.now();
        LocalDate firstMonday = firstMonday(chain, admin, now);
        List<Planned> plan = plan(chain, firstMonday);

        Map<String, Map<String, Object>> existing = new HashMap<>();
        for (Location location : chain.locations().values()) {
            Instant from = firstMonday.minusDays(1).atStartOfDay(location.zone()).toInstant();
            Instant to = firstMonday.plusWeeks(WEEKS).plusDays(1).atStartOfDay(location.zone()).toInstant();
            for (Map<String, Object> session : admin.all("/sessions?locationId=" + location.id() + "&from="
                    + encode(from.toString()) + "&to=" + encode(to.toString()) + "&limit=500")) {
                existing.put(session.get("clientId") + "@" + Instant.parse((String) session.get("startsAt")), session);
            }
        }

        Set<String> seen = new HashSet<>();
        List<Visit> visits = new ArrayList<>();
        int booked = 0;
        int skipped = 0;
        for (Planned planned : plan) {
            String serviceId = serviceOf(chain, planned, seen);
            Map<String, Object> session = existing.get(planned.key());
            if (session == null) {
                // the clock at the request, not at the plan: seeding takes a while, and a session may start meanwhile
                boolean past = !planned.startsAt().isAfter(Instant.now());
                DemoApi booker = users.computeIfAbsent(past ? chain.admin() : bookerOf(planned, now),
                        user -> new DemoApi(http, stack, user));
                DemoApi.Reply reply = booker.send("POST", past ? "/sessions/past" : "/sessions", object(
                        "locationId", planned.location().id(), "serviceId", serviceId,
                        "therapistId", planned.therapist().id(), "clientId", planned.client().id(),
                        "startsAt", planned.startsAt().toString()), Map.of());
                if (reply.status() == 409) {
                    skipped++;
                    continue;
                }
                if (reply.status() != 201) {
                    throw new IllegalStateException("Seeding the diary: booking " + planned.client().name() + " at "
                            + planned.startsAt() + " answered " + reply.status() + ": " + reply.body());
                }
                session = reply.object();
                booked++;
            }
            Outcome status = move(users, planned, session, outcome(planned, now));
            visits.add(new Visit((String) session.get("id"), planned.client(), planned.therapist(), planned.location(),
                    (String) session.get("serviceId"), planned.startsAt(), status));
        }
        return new Diary(List.copyOf(visits), booked, skipped);
    }

    /**
     * The plan's first Monday: the week of the chain's first regular's earliest standing appointment if the diary has
     * one within the last months, else the Monday four weeks before this one.
     */
    private static LocalDate firstMonday(DemoChain chain, DemoApi admin, Instant now) {
        Client regular = chain.clients().stream().filter(client -> client.regular() != null).findFirst().orElseThrow();
        ZoneId zone = chain.location(regular.location()).zone();
        Instant from = now.minus(120, ChronoUnit.DAYS);
        Instant to = now.plus(120, ChronoUnit.DAYS);
        return admin.all("/sessions?clientId=" + regular.id() + "&from=" + encode(from.toString()) + "&to="
                        + encode(to.toString()) + "&limit=500").stream()
                .map(session -> Instant.parse((String) session.get("startsAt")).atZone(zone))
                .filter(start -> start.getDayOfWeek() == regular.regular().day()
                        && start.toLocalTime().equals(regular.regular().time()))
                .map(ZonedDateTime::toLocalDate)
                .min(Comparator.naturalOrder())
                .map(date -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .orElseGet(() -> LocalDate.ofInstant(now, zone).minusWeeks(4)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Every session of the plan, oldest first: the regulars' standing appointments, then about half of the rest. */
    static List<Planned> plan(DemoChain chain, LocalDate firstMonday) {
        List<Planned> plan = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            for (Shift shift : chain.shifts()) {
                Location location = chain.location(shift.location());
                Therapist therapist = chain.therapist(shift.therapist());
                LocalDate date = firstMonday.plusWeeks(week).plusDays(shift.day().getValue() - 1L);
                List<Client> pool = pool(chain, shift);
                for (LocalTime start = shift.start(); !start.plus(STEP).isAfter(shift.end()); start = start.plus(STEP)) {
                    Instant startsAt = ZonedDateTime.of(date, start, location.zone()).toInstant();
                    Client regular = regularAt(chain, shift, start);
                    int dice = dice(chain.tenant() + " " + shift.therapist() + " " + date + " " + start);
                    if (regular != null) {
                        plan.add(new Planned(regular, therapist, location, startsAt, dice));
                    } else if (dice < OCCUPANCY && !pool.isEmpty()) {
                        Client client = pool.get(dice(date + " " + start + " " + shift.therapist()) % pool.size());
                        plan.add(new Planned(client, therapist, location, startsAt, dice));
                    }
                }
            }
        }
        plan.sort(Comparator.comparing(Planned::startsAt));
        return plan;
    }

    /** The clients who drop in on a shift: those of its location without a standing appointment, shared out. */
    private static List<Client> pool(DemoChain chain, Shift shift) {
        List<String> therapistsThere = chain.shifts().stream().filter(s -> s.location().equals(shift.location()))
                .map(Shift::therapist).distinct().sorted().toList();
        List<Client> candidates = chain.clients().stream()
                .filter(client -> client.location().equals(shift.location()) && client.regular() == null).toList();
        List<Client> pool = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (therapistsThere.get(i % therapistsThere.size()).equals(shift.therapist())) {
                pool.add(candidates.get(i));
            }
        }
        return pool;
    }

    private static Client regularAt(DemoChain chain, Shift shift, LocalTime start) {
        return chain.clients().stream().filter(client -> client.regular() != null
                        && client.location().equals(shift.location())
                        && client.regular().therapist().equals(shift.therapist())
                        && client.regular().day() == shift.day()
                        && client.regular().time().equals(start))
                .findFirst().orElse(null);
    }

    /** A client's first visit is an initial assessment; later ones vary. */
    private static String serviceOf(DemoChain chain, Planned planned, Set<String> seen) {
        boolean first = seen.add(planned.client().id());
        if (first && chain.services().containsKey(FIRST_VISIT)) {
            return chain.service(FIRST_VISIT);
        }
        List<String> offered = FOLLOW_UPS.stream().filter(chain.services()::containsKey).toList();
        return chain.service(offered.get(planned.dice() % offered.size()));
    }

    /**
     * Who books a session to come: a client with a login books their own; the front desk books the rest (the past is
     * recorded by the chain's admin).
     */
    private static String bookerOf(Planned planned, Instant now) {
        return planned.client().user() != null && planned.startsAt().isAfter(now)
                ? planned.client().user() : planned.location().frontDesk();
    }

    /**
     * What a planned session has become by now. Regulars come to every past appointment; of the others a few did not
     * come, a few called off late; a client in the room now is checked in; a few future sessions are called off in
     * good time.
     */
    static Outcome outcome(Planned planned, Instant now) {
        Instant endsAt = planned.startsAt().plus(Duration.ofMinutes(60));
        int dice = dice(planned.key() + " outcome");
        boolean regular = planned.client().regular() != null;
        if (!endsAt.isAfter(now)) {
            if (regular || dice < 80) {
                return Outcome.COMPLETED;
            }
            return dice < 88 ? Outcome.NO_SHOW : Outcome.CANCELLED;
        }
        if (!planned.startsAt().isAfter(now)) {
            return Outcome.CHECKED_IN;
        }
        boolean inGoodTime = planned.startsAt().isAfter(now.plus(Duration.ofHours(26)));
        return !regular && dice >= 90 && inGoodTime ? Outcome.CANCELLED : Outcome.BOOKED;
    }

    /** Moves a session still booked (or checked in) on to the outcome it should have by now. */
    private Outcome move(Map<String, DemoApi> users, Planned planned, Map<String, Object> session,
                         Outcome wanted) {
        Outcome status = Outcome.valueOf((String) session.get("status"));
        String path = "/sessions/" + session.get("id");
        DemoApi desk = users.computeIfAbsent(planned.location().frontDesk(), user -> new DemoApi(http, stack, user));
        DemoApi therapist = planned.therapist().user() == null ? desk
                : users.computeIfAbsent(planned.therapist().user(), user -> new DemoApi(http, stack, user));
        long version = ((Number) session.get("version")).longValue();
        if (status == Outcome.BOOKED && wanted == Outcome.CHECKED_IN) {
            desk.post(path + "/check-in", null, etag(version), 200);
            return Outcome.CHECKED_IN;
        }
        if ((status == Outcome.BOOKED || status == Outcome.CHECKED_IN) && wanted == Outcome.COMPLETED) {
            therapist.post(path + "/complete", null, etag(version), 200);
            return Outcome.COMPLETED;
        }
        if (status == Outcome.BOOKED && wanted == Outcome.NO_SHOW) {
            desk.post(path + "/no-show", null, etag(version), 200);
            return Outcome.NO_SHOW;
        }
        if (status == Outcome.BOOKED && wanted == Outcome.CANCELLED) {
            String reason = dice(planned.key() + " reason") < 50 ? "CLIENT_REQUEST" : "ILLNESS";
            desk.post(path + "/cancel", object("reason", reason), etag(version), 200);
            return Outcome.CANCELLED;
        }
        return status;
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A number 0..99 that only depends on the text: the plan is the same every time it is made. */
    static int dice(String text) {
        int h = text.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, 100);
    }
}
