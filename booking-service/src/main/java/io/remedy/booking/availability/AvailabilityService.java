package io.remedy.booking.availability;

import io.remedy.booking.availability.AvailabilityView.SlotResponse;
import io.remedy.booking.availability.SlotFinder.Branch;
import io.remedy.booking.availability.SlotFinder.ClosedDays;
import io.remedy.booking.availability.SlotFinder.Leave;
import io.remedy.booking.availability.SlotFinder.Occupied;
import io.remedy.booking.availability.SlotFinder.Practitioner;
import io.remedy.booking.availability.SlotFinder.Search;
import io.remedy.booking.availability.SlotFinder.Slot;
import io.remedy.booking.availability.SlotFinder.Treatment;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.SqlFile;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Free slots for a service over a date range, at one location or every location of the chain, optionally with one
 * therapist. What does not change within the range (service, locations, hours, closures, rooms, rosters, leave) is
 * read once, in a few SQL queries run side by side, read-only, outside any transaction; the slots are computed in
 * plain Java by {@link SlotFinder}, window by window from where the page starts, until the page is full: each window
 * reads what is taken during it in one statement, from the view {@code diary_occupancy} (sessions, room hires,
 * waitlist holds). The first window's read runs beside the others.
 */
@ApplicationScoped
public class AvailabilityService {

    /** Any zone is within this of UTC, so a window of UTC days this much wider holds every local day asked for. */
    private static final Duration ZONE_MARGIN = Duration.ofDays(2);

    /** How much of the range the first window computes (from its start, the cursor's slot or now). */
    private static final Duration FIRST_WINDOW = Duration.ofDays(1);

    /**
     * What occupies the therapists ($2, anywhere) or the rooms of the locations ($3) during [$4, $5):
     * {@code occupancy.sql} beside this class (the benchmark runs the same file).
     */
    static final String OCCUPANCY = SqlFile.read(AvailabilityService.class, "occupancy.sql");

    private final Pool pool;
    private final AvailabilityConfig config;

    public AvailabilityService(Pool pool, AvailabilityConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** The question, parsed: a 400 naming the field for anything unreadable. */
    record Query(UUID serviceId, LocalDate from, LocalDate to, UUID locationId, UUID therapistId, int limit,
                 Slot after) {
    }

    public Uni<Page<SlotResponse>> search(Caller caller, String serviceId, String from, String to, String locationId,
                                String therapistId, String limit, String cursor) {
        Query query = parse(serviceId, from, to, locationId, therapistId, limit, cursor);
        String tenant = caller.tenant();
        Uni<Row> service = one("SELECT duration_minutes, buffer_minutes FROM bookable_service WHERE tenant = $1 AND id = $2",
                Tuple.of(tenant, query.serviceId()), () -> ProblemException.notFound("Service", query.serviceId()));
        // each location with what the service costs there (none when it has no price in the location's currency)
        String located = """
                SELECT l.id, l.code, l.time_zone, p.price_cents, p.currency FROM location l
                LEFT JOIN location_service_price p ON p.location_id = l.id AND p.service_id = $2
                WHERE l.tenant = $1""";
        Uni<RowSet<Row>> locations = query.locationId() == null
                ? rows(located, Tuple.of(tenant, query.serviceId()))
                : rows(located + " AND l.id = $3", Tuple.of(tenant, query.serviceId(), query.locationId()));
        Uni<RowSet<Row>> therapists = query.therapistId() == null
                ? rows("""
                        SELECT t.id, t.display_name, o.id IS NOT NULL AS offers FROM therapist t
                        JOIN service_offering o ON o.therapist_id = t.id AND o.service_id = $2
                        WHERE t.tenant = $1""", Tuple.of(tenant, query.serviceId()))
                : rows("""
                        SELECT t.id, t.display_name, o.id IS NOT NULL AS offers FROM therapist t
                        LEFT JOIN service_offering o ON o.therapist_id = t.id AND o.service_id = $2
                        WHERE t.tenant = $1 AND t.id = $3""", Tuple.of(tenant, query.serviceId(), query.therapistId()));
        return Uni.combine().all().unis(service, locations, therapists).asTuple().flatMap(found -> {
            if (query.locationId() != null && found.getItem2().size() == 0) {
                throw ProblemException.notFound("Location", query.locationId());
            }
            if (query.therapistId() != null && found.getItem3().size() == 0) {
                throw ProblemException.notFound("Therapist", query.therapistId());
            }
            Treatment treatment = new Treatment(Duration.ofMinutes(found.getItem1().getInteger("duration_minutes")),
                    Duration.ofMinutes(found.getItem1().getInteger("buffer_minutes")));
            Map<UUID, Row> branchRows = new HashMap<>();
            found.getItem2().forEach(row -> branchRows.put(row.getUUID("id"), row));
            Map<UUID, String> names = new HashMap<>();
            found.getItem3().forEach(row -> {
                if (Boolean.TRUE.equals(row.getBoolean("offers"))) {
                    names.put(row.getUUID("id"), row.getString("display_name"));
                }
            });
            if (branchRows.isEmpty() || names.isEmpty()) {
                return Uni.createFrom().item(new Page<>(List.of(), null));
            }
            return load(tenant, query, treatment, branchRows, names);
        });
    }

    private Uni<Page<SlotResponse>> load(String tenant, Query query, Treatment treatment, Map<UUID, Row> branchRows,
                               Map<UUID, String> names) {
        UUID[] locationIds = branchRows.keySet().toArray(UUID[]::new);
        UUID[] therapistIds = names.keySet().toArray(UUID[]::new);
        Search search = new Search(query.from(), query.to(), config.step(), Instant.now());
        Span range = SlotFinder.startRange(branchRows.values().stream()
                .map(row -> ZoneId.of(row.getString("time_zone"))).toList(), query.from(), query.to());
        // nothing before now, nothing before the cursor's slot (the slots at its very start may follow it)
        Instant start = latest(range.start(), search.notBefore());
        if (query.after() != null) {
            start = latest(start, query.after().startsAt());
        }
        if (!start.isBefore(range.end())) {
            return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        Span first = new Span(start, earliest(start.plus(FIRST_WINDOW), range.end()));
        LocalDate firstDay = query.from().minusDays(1);
        LocalDate lastDay = query.to().plusDays(1);
        Instant leaveFrom = query.from().atStartOfDay(ZoneOffset.UTC).toInstant().minus(ZONE_MARGIN);
        Instant leaveUntil = query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(ZONE_MARGIN);
        Uni<RowSet<Row>> hours = rows("""
                SELECT location_id, day_of_week, start_minute, end_minute FROM opening_hours
                WHERE tenant = $1 AND location_id = ANY($2)""", Tuple.of(tenant, locationIds));
        Uni<RowSet<Row>> closures = rows("""
                SELECT location_id, first_day, last_day, reason FROM location_closure
                WHERE tenant = $1 AND location_id = ANY($2) AND first_day <= $4 AND last_day >= $3""",
                Tuple.of(tenant, locationIds, firstDay, lastDay));
        Uni<RowSet<Row>> rooms = rows("SELECT id, location_id FROM room WHERE tenant = $1 AND location_id = ANY($2) ORDER BY name, id",
                Tuple.of(tenant, locationIds));
        Uni<RowSet<Row>> roster = rows("""
                SELECT therapist_id, location_id, day_of_week, start_minute, end_minute FROM roster_entry
                WHERE tenant = $1 AND therapist_id = ANY($2) AND location_id = ANY($3)""",
                Tuple.of(tenant, therapistIds, locationIds));
        Uni<RowSet<Row>> leave = rows("""
                SELECT therapist_id, location_id, starts_at, ends_at FROM roster_exception
                WHERE tenant = $1 AND therapist_id = ANY($2) AND starts_at < $4 AND ends_at > $3""",
                Tuple.of(tenant, therapistIds, leaveFrom.atOffset(ZoneOffset.UTC),
                        leaveUntil.atOffset(ZoneOffset.UTC)));
        Uni<List<Occupied>> firstBusy = occupancy(tenant, therapistIds, locationIds, treatment, first);
        return Uni.combine().all().unis(hours, closures, rooms, roster, leave, firstBusy)
                .with(results -> {
                    @SuppressWarnings("unchecked")
                    Function<Integer, RowSet<Row>> result = i -> (RowSet<Row>) results.get(i);
                    @SuppressWarnings("unchecked")
                    List<Occupied> occupied = (List<Occupied>) results.get(5);
                    return new Searching(tenant, query, treatment, search, range, therapistIds, locationIds,
                            branches(branchRows, result.apply(0), result.apply(1), result.apply(2)),
                            practitioners(names, result.apply(3), result.apply(4)), occupied);
                })
                .flatMap(searching -> collect(searching, first, searching.firstBusy(), new ArrayList<>()))
                .map(found -> page(found, query.limit(), branchRows));
    }

    /** What one search has read once, for every window it computes. */
    private record Searching(String tenant, Query query, Treatment treatment, Search search, Span range,
                             UUID[] therapistIds, UUID[] locationIds, List<Branch> branches,
                             List<Practitioner> practitioners, List<Occupied> firstBusy) {

        /** False when no location has rooms and hours and a therapist rostered there: no window can hold a slot. */
        boolean canFind() {
            for (Branch branch : branches) {
                if (branch.roomIds().isEmpty() || branch.opening().isEmpty()) {
                    continue;
                }
                for (Practitioner practitioner : practitioners) {
                    WeeklyHours roster = practitioner.rosterByLocation().get(branch.id());
                    if (roster != null && !roster.isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The slots of {@code window} after the cursor, then, while the page (and the one slot that tells whether another
     * follows) is not full and the range goes on, those of the next window, twice as long: a page of a busy chain is
     * found in its first day, one of a fully booked week in a few windows, never in more than six for 31 days.
     * Windows follow each other without gap or overlap, so the slots come in the order of the whole range.
     */
    private Uni<List<Slot>> collect(Searching searching, Span window, List<Occupied> occupied, List<Slot> found) {
        int wanted = searching.query().limit() + 1;
        found.addAll(SlotFinder.find(searching.treatment(), searching.branches(), searching.practitioners(),
                occupied, searching.search(), window, searching.query().after(), wanted - found.size()));
        Instant rangeEnd = searching.range().end();
        if (found.size() >= wanted || !window.end().isBefore(rangeEnd) || !searching.canFind()) {
            return Uni.createFrom().item(found);
        }
        Span next = new Span(window.end(), earliest(window.end().plus(window.length().multipliedBy(2)), rangeEnd));
        return occupancy(searching.tenant(), searching.therapistIds(), searching.locationIds(), searching.treatment(),
                next).flatMap(busy -> collect(searching, next, busy, found));
    }

    /**
     * Everything that takes the time of the therapists, anywhere, or of the locations' rooms while a slot starting
     * in the window would run: one statement, each row counted for its therapist and for its room.
     */
    private Uni<List<Occupied>> occupancy(String tenant, UUID[] therapistIds, UUID[] locationIds, Treatment treatment,
                                          Span window) {
        Span read = SlotFinder.occupancyToRead(treatment, window);
        return rows(OCCUPANCY, Tuple.of(tenant, therapistIds, locationIds, read.start().atOffset(ZoneOffset.UTC),
                read.end().atOffset(ZoneOffset.UTC))).map(found -> {
                    List<Occupied> occupied = new ArrayList<>(found.size());
                    for (Row row : found) {
                        occupied.add(new Occupied(row.getUUID("therapist_id"), row.getUUID("room_id"),
                                row.getOffsetDateTime("starts_at").toInstant(),
                                row.getOffsetDateTime("blocked_until").toInstant()));
                    }
                    return occupied;
                });
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Page<SlotResponse> page(List<Slot> slots, int limit, Map<UUID, Row> branchRows) {
        boolean more = slots.size() > limit;
        List<Slot> shown = more ? slots.subList(0, limit) : slots;
        String next = null;
        if (more) {
            Slot last = shown.get(shown.size() - 1);
            next = Cursor.of(last.startsAt().toString(), last.locationCode(), last.therapistId().toString());
        }
        return new Page<>(shown.stream().map(slot -> {
            Row branch = branchRows.get(slot.locationId());
            return SlotResponse.of(slot, branch.getInteger("price_cents"), branch.getString("currency"));
        }).toList(), next);
    }

    private static List<Branch> branches(Map<UUID, Row> branchRows, RowSet<Row> hours, RowSet<Row> closures,
                                         RowSet<Row> rooms) {
        Map<UUID, List<WeeklyInterval>> hoursAt = new HashMap<>();
        for (Row row : hours) {
            hoursAt.computeIfAbsent(row.getUUID("location_id"), k -> new ArrayList<>()).add(interval(row));
        }
        Map<UUID, List<ClosedDays>> closedAt = new HashMap<>();
        for (Row row : closures) {
            closedAt.computeIfAbsent(row.getUUID("location_id"), k -> new ArrayList<>()).add(
                    new ClosedDays(row.getLocalDate("first_day"), row.getLocalDate("last_day"), row.getString("reason")));
        }
        Map<UUID, List<UUID>> roomsAt = new HashMap<>();
        for (Row row : rooms) {
            roomsAt.computeIfAbsent(row.getUUID("location_id"), k -> new ArrayList<>()).add(row.getUUID("id"));
        }
        List<Branch> branches = new ArrayList<>();
        branchRows.forEach((id, row) -> branches.add(new Branch(id, row.getString("code"),
                ZoneId.of(row.getString("time_zone")), new WeeklyHours(hoursAt.getOrDefault(id, List.of())),
                closedAt.getOrDefault(id, List.of()), roomsAt.getOrDefault(id, List.of()))));
        return branches;
    }

    private static List<Practitioner> practitioners(Map<UUID, String> names, RowSet<Row> roster, RowSet<Row> leave) {
        Map<UUID, Map<UUID, List<WeeklyInterval>>> rosterOf = new HashMap<>();
        for (Row row : roster) {
            rosterOf.computeIfAbsent(row.getUUID("therapist_id"), k -> new HashMap<>())
                    .computeIfAbsent(row.getUUID("location_id"), k -> new ArrayList<>()).add(interval(row));
        }
        Map<UUID, List<Leave>> leaveOf = new HashMap<>();
        for (Row row : leave) {
            leaveOf.computeIfAbsent(row.getUUID("therapist_id"), k -> new ArrayList<>()).add(new Leave(
                    row.getOffsetDateTime("starts_at").toInstant(), row.getOffsetDateTime("ends_at").toInstant(),
                    row.getUUID("location_id")));
        }
        List<Practitioner> practitioners = new ArrayList<>();
        names.forEach((id, name) -> {
            Map<UUID, WeeklyHours> byLocation = new HashMap<>();
            rosterOf.getOrDefault(id, Map.of()).forEach((location, intervals) ->
                    byLocation.put(location, new WeeklyHours(intervals)));
            practitioners.add(new Practitioner(id, name, byLocation, leaveOf.getOrDefault(id, List.of())));
        });
        return practitioners;
    }

    private static WeeklyInterval interval(Row row) {
        return new WeeklyInterval(DayOfWeek.of(row.getInteger("day_of_week")), row.getInteger("start_minute"),
                row.getInteger("end_minute"));
    }

    private Query parse(String serviceId, String from, String to, String locationId, String therapistId,
                        String limit, String cursor) {
        UUID service = uuid("serviceId", serviceId, true);
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.validation("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= config.maxDays()) {
            throw ProblemException.validation("to", "a search spans at most " + config.maxDays() + " days");
        }
        int size = Limit.of(limit, config.defaultLimit(), config.maxLimit());
        String[] key = Cursor.parts(cursor, 3);
        Slot after = null;
        if (key != null) {
            try {
                after = new Slot(null, key[1], ZoneOffset.UTC, UUID.fromString(key[2]), null, null,
                        Instant.parse(key[0]), null);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw Cursor.invalid();
            }
        }
        return new Query(service, first, last, uuid("locationId", locationId, false),
                uuid("therapistId", therapistId, false), size, after);
    }

    private static UUID uuid(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.validation(field, "must not be null");
            }
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(field, "must be a UUID");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.validation(field, "must not be null");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(field, "must be a date YYYY-MM-DD");
        }
    }

    private Uni<RowSet<Row>> rows(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params);
    }

    private Uni<Row> one(String sql, Tuple params, Supplier<ProblemException> missing) {
        return rows(sql, params).map(found -> {
            if (found.size() == 0) {
                throw missing.get();
            }
            return found.iterator().next();
        });
    }
}
