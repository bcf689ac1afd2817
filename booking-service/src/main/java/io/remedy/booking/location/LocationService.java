package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.WallClock;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.booking.location.LocationView.ClosureResponse;
import io.remedy.booking.location.LocationView.LocationResponse;
import io.remedy.booking.location.LocationView.LocationUpdate;
import io.remedy.booking.location.LocationView.NewClosure;
import io.remedy.booking.location.LocationView.NewLocation;
import io.remedy.booking.location.LocationView.NewRoom;
import io.remedy.booking.location.LocationView.OpeningHoursInterval;
import io.remedy.booking.location.LocationView.OpeningHoursResponse;
import io.remedy.booking.location.LocationView.OpeningHoursUpdate;
import io.remedy.booking.location.LocationView.RoomResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Locations, their rooms, opening hours and closures: chain admins open locations; admins and the location's managers
 * change a location, its rooms, hours and closures; anyone signed in to the chain reads them.
 */
@ApplicationScoped
public class LocationService {

    /** How early check-in opens before a session's start at a new location, unless it says otherwise. */
    static final int DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE = 30;

    /** What a new location opens: Monday to Friday 08:00-20:00, Saturday 09:00-17:00, until a manager says otherwise. */
    static final List<WeeklyInterval> DEFAULT_OPENING_HOURS = List.of(
            new WeeklyInterval(DayOfWeek.MONDAY, 8 * 60, 20 * 60),
            new WeeklyInterval(DayOfWeek.TUESDAY, 8 * 60, 20 * 60),
            new WeeklyInterval(DayOfWeek.WEDNESDAY, 8 * 60, 20 * 60),
            new WeeklyInterval(DayOfWeek.THURSDAY, 8 * 60, 20 * 60),
            new WeeklyInterval(DayOfWeek.FRIDAY, 8 * 60, 20 * 60),
            new WeeklyInterval(DayOfWeek.SATURDAY, 9 * 60, 17 * 60));

    /** Longest closure in one entry. */
    static final int MAX_CLOSURE_DAYS = 366;

    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final OpeningIntervalRepository openingHours;
    private final ClosureRepository closures;

    public LocationService(LocationRepository locations, RoomRepository rooms, OpeningIntervalRepository openingHours,
                           ClosureRepository closures) {
        this.locations = locations;
        this.rooms = rooms;
        this.openingHours = openingHours;
        this.closures = closures;
    }

    @WithTransaction
    public Uni<LocationResponse> open(Caller caller, NewLocation request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        validZone(request.timeZone());
        requireOneFee("lateCancellationFeePercent", request.lateCancellationFeeCents(),
                request.lateCancellationFeePercent());
        requireOneFee("noShowFeePercent", request.noShowFeeCents(), request.noShowFeePercent());
        Uni<String> currency = request.currency() != null ? Uni.createFrom().item(request.currency())
                : locations.chainCurrency(caller.tenant());
        return currency.flatMap(chosen -> locations.findByCode(caller.tenant(), request.code()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("Location code " + request.code() + " is already used in this chain",
                        new FieldError("code", "is already used in this chain"));
            }
            Location location = new Location();
            location.id = UUID.randomUUID();
            location.tenant = caller.tenant();
            location.code = request.code();
            location.name = request.name();
            location.address = address(request.address());
            location.timeZone = request.timeZone();
            location.noticeHours = request.noticeHours() == null ? 24 : request.noticeHours();
            location.checkInOpensMinutesBefore = request.checkInOpensMinutesBefore() == null
                    ? DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE : request.checkInOpensMinutesBefore();
            location.currency = chosen;
            location.taxRate = percent(request.taxRate() == null ? BigDecimal.ZERO : request.taxRate());
            location.lateCancellationFeeCents = request.lateCancellationFeeCents();
            location.lateCancellationFeePercent = percent(request.lateCancellationFeePercent());
            location.noShowFeeCents = request.noShowFeeCents();
            location.noShowFeePercent = percent(request.noShowFeePercent());
            location.createdAt = Instant.now();
            List<OpeningInterval> hours = DEFAULT_OPENING_HOURS.stream()
                    .map(interval -> OpeningInterval.of(location, interval)).toList();
            return locations.persistAndFlush(location)
                    .call(() -> openingHours.persist(hours))
                    .map(LocationResponse::of);
        }));
    }

    @WithSession
    public Uni<List<LocationResponse>> list(Caller caller) {
        return locations.listInTenant(caller.tenant())
                .map(all -> all.stream().map(LocationResponse::of).toList());
    }

    @WithSession
    public Uni<LocationResponse> get(Caller caller, UUID id) {
        return existing(caller, id).map(LocationResponse::of);
    }

    /** Renames a location, changes its address, moves its time zone or changes its windows (admins, its managers; If-Match). */
    @WithTransaction
    public Uni<LocationResponse> update(Caller caller, UUID id, String ifMatch, LocationUpdate request) {
        return existing(caller, id).flatMap(location -> {
            requireManagerOf(caller, location);
            IfMatch.require(ifMatch, location.version);
            validZone(request.timeZone());
            location.name = request.name();
            if (request.address() != null) {
                location.address = address(request.address());
            }
            location.timeZone = request.timeZone();
            location.noticeHours = request.noticeHours();
            if (request.checkInOpensMinutesBefore() != null) {
                location.checkInOpensMinutesBefore = request.checkInOpensMinutesBefore();
            }
            changeMoney(location, request);
            location.updatedAt = Instant.now();
            return locations.flush().map(done -> LocationResponse.of(location));
        });
    }

    @WithSession
    public Uni<OpeningHoursResponse> openingHours(Caller caller, UUID id) {
        return existing(caller, id).flatMap(location -> openingHours.listAt(caller.tenant(), location.id)
                .map(rows -> hoursOf(location, rows.stream().map(OpeningInterval::interval).toList())));
    }

    /** Replaces the week's opening hours (admins, the location's managers; If-Match with the location's ETag). */
    @WithTransaction
    public Uni<OpeningHoursResponse> setOpeningHours(Caller caller, UUID id, String ifMatch, OpeningHoursUpdate request) {
        return existing(caller, id).flatMap(location -> {
            requireManagerOf(caller, location);
            IfMatch.require(ifMatch, location.version);
            List<WeeklyInterval> week = readWeek(request.intervals());
            location.updatedAt = Instant.now();
            List<OpeningInterval> rows = week.stream().map(interval -> OpeningInterval.of(location, interval)).toList();
            return openingHours.deleteAt(caller.tenant(), location.id)
                    .call(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : openingHours.persist(rows))
                    .call(() -> locations.flush())
                    .map(done -> hoursOf(location, week));
        });
    }

    /** Closes a location for a day or a run of days (admins, the location's managers). */
    @WithTransaction
    public Uni<ClosureResponse> addClosure(Caller caller, UUID id, NewClosure request) {
        return existing(caller, id).flatMap(location -> {
            requireManagerOf(caller, location);
            LocalDate[] days = closedDays(request);
            Closure closure = new Closure();
            closure.id = UUID.randomUUID();
            closure.tenant = caller.tenant();
            closure.locationId = location.id;
            closure.firstDay = days[0];
            closure.lastDay = days[1];
            closure.reason = request.reason();
            closure.createdAt = Instant.now();
            closure.createdBy = caller.userId();
            return closures.persistAndFlush(closure).map(ClosureResponse::of);
        });
    }

    /** A location's closures in date order, optionally only those touching {@code from..to}. */
    @WithSession
    public Uni<Page<ClosureResponse>> closures(Caller caller, UUID id, String from, String to, String limit,
                                               String cursor) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ProblemException.validation("to", "must not be before from");
        }
        int size = Limit.of(limit);
        String[] after = Cursor.parts(cursor, 2);
        LocalDate afterDay;
        UUID afterId;
        try {
            afterDay = after == null ? null : LocalDate.parse(after[0]);
            afterId = after == null ? null : UUID.fromString(after[1]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Cursor.invalid();
        }
        return existing(caller, id).flatMap(location -> closures.page(caller.tenant(), location.id, first, last,
                        afterDay, afterId, size))
                .map(rows -> Page.of(rows, size, ClosureResponse::of,
                        row -> Cursor.of(row.firstDay.toString(), row.id.toString())));
    }

    /** Reopens the days of a closure (admins, the location's managers). */
    @WithTransaction
    public Uni<Void> removeClosure(Caller caller, UUID id, UUID closureId) {
        return existing(caller, id).flatMap(location -> {
            requireManagerOf(caller, location);
            return closures.findAt(caller.tenant(), location.id, closureId)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("Closure", closureId))
                    .flatMap(closure -> closures.deleteAt(caller.tenant(), closure.id));
        });
    }

    @WithTransaction
    public Uni<RoomResponse> addRoom(Caller caller, UUID locationId, NewRoom request) {
        return existing(caller, locationId).flatMap(location -> {
            if (!caller.hasRole(Caller.CHAIN_ADMIN)
                    && !(caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(location.code))) {
                throw ProblemException.forbidden("Only the chain's admins and this location's managers add rooms");
            }
            Room room = new Room();
            room.id = UUID.randomUUID();
            room.tenant = caller.tenant();
            room.locationId = location.id;
            room.name = request.name();
            room.createdAt = Instant.now();
            return rooms.persistAndFlush(room).map(RoomResponse::of);
        });
    }

    @WithSession
    public Uni<List<RoomResponse>> rooms(Caller caller, UUID locationId) {
        return existing(caller, locationId).flatMap(location -> rooms.listAt(caller.tenant(), location.id))
                .map(all -> all.stream().map(RoomResponse::of).toList());
    }

    private Uni<Location> existing(Caller caller, UUID id) {
        return locations.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Location", id));
    }

    /** Chain admins change every location; a branch manager those in their token's locations. */
    private static void requireManagerOf(Caller caller, Location location) {
        if (!caller.hasRole(Caller.CHAIN_ADMIN)
                && !(caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(location.code))) {
            throw ProblemException.forbidden("Only the chain's admins and this location's managers change it");
        }
    }

    private static OpeningHoursResponse hoursOf(Location location, List<WeeklyInterval> week) {
        List<OpeningHoursInterval> intervals = week.stream()
                .sorted(Comparator.comparing(WeeklyInterval::day).thenComparingInt(WeeklyInterval::startMinute))
                .map(OpeningHoursInterval::of).toList();
        return new OpeningHoursResponse(location.id, location.timeZone, intervals, location.version);
    }

    /** The week of a request, or a 400 naming each bad or overlapping interval ({@code intervals[i].end}). */
    static List<WeeklyInterval> readWeek(List<OpeningHoursInterval> intervals) {
        List<FieldError> errors = new ArrayList<>();
        List<WeeklyInterval> week = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            OpeningHoursInterval given = intervals.get(i);
            String field = "intervals[" + i + "]";
            WeeklyInterval interval = WallClock.read(given.dayOfWeek(), given.start(), given.end(), field, errors);
            if (interval == null) {
                continue;
            }
            for (WeeklyInterval earlier : week) {
                if (earlier.overlaps(interval)) {
                    errors.add(new FieldError(field, "overlaps another interval of " + interval.day()));
                    break;
                }
            }
            week.add(interval);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return week;
    }

    /** First and last day of a closure request, or a 400 naming the field. */
    static LocalDate[] closedDays(NewClosure request) {
        if (request.date() != null) {
            if (request.from() != null || request.to() != null) {
                throw ProblemException.validation("date", "give either date, or from and to");
            }
            return new LocalDate[] {request.date(), request.date()};
        }
        if (request.from() == null) {
            throw ProblemException.validation("from", "must not be null (or give date)");
        }
        if (request.to() == null) {
            throw ProblemException.validation("to", "must not be null (or give date)");
        }
        if (request.to().isBefore(request.from())) {
            throw ProblemException.validation("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_CLOSURE_DAYS) {
            throw ProblemException.validation("to", "a closure lasts at most " + MAX_CLOSURE_DAYS + " days");
        }
        return new LocalDate[] {request.from(), request.to()};
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(field, "must be a date YYYY-MM-DD");
        }
    }

    /** A percent as stored (two decimals), so that the answer reads as a later read does; null stays null. */
    static BigDecimal percent(BigDecimal given) {
        return given == null ? null : given.setScale(2, RoundingMode.HALF_UP);
    }

    /** 400 naming the percent when a policy sets both an amount and a percent. */
    static void requireOneFee(String percentField, Integer amountCents, BigDecimal percent) {
        if (amountCents != null && percent != null) {
            throw ProblemException.validation(percentField, "a fee is an amount or a percent, not both");
        }
    }

    /** Currency, tax rate and fees as the update gives them; what it leaves out stays. An amount replaces a percent. */
    static void changeMoney(Location location, LocationUpdate request) {
        requireOneFee("lateCancellationFeePercent", request.lateCancellationFeeCents(),
                request.lateCancellationFeePercent());
        requireOneFee("noShowFeePercent", request.noShowFeeCents(), request.noShowFeePercent());
        if (request.currency() != null) {
            location.currency = request.currency();
        }
        if (request.taxRate() != null) {
            location.taxRate = percent(request.taxRate());
        }
        if (request.lateCancellationFeeCents() != null || request.lateCancellationFeePercent() != null) {
            location.lateCancellationFeeCents = request.lateCancellationFeeCents();
            location.lateCancellationFeePercent = percent(request.lateCancellationFeePercent());
        }
        if (request.noShowFeeCents() != null || request.noShowFeePercent() != null) {
            location.noShowFeeCents = request.noShowFeeCents();
            location.noShowFeePercent = percent(request.noShowFeePercent());
        }
    }

    /** An address as kept: trimmed, blank as none. */
    static String address(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }

    /** An IANA region id (Europe/London), not a bare offset: offsets do not follow daylight saving. */
    static void validZone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw ProblemException.validation("timeZone", "is not an IANA time zone, e.g. Europe/London");
        }
    }
}
