package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.booking.location.LocationView.LocationResponse;
import io.remedy.booking.location.LocationView.LocationUpdate;
import io.remedy.booking.location.LocationView.NewLocation;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
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
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The chain's locations: chain admins open them; admins and the location's managers change a location (its name,
 * address, time zone, windows and money); anyone signed in to the chain reads them. Its opening hours are
 * {@link LocationOpeningHours}', its closures {@link LocationClosures}', its rooms {@link LocationRooms}'.
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

    private final LocationRepository locations;
    private final OpeningIntervalRepository openingHours;
    private final LocationAccess access;

    public LocationService(LocationRepository locations, OpeningIntervalRepository openingHours,
                           LocationAccess access) {
        this.locations = locations;
        this.openingHours = openingHours;
        this.access = access;
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

    /** A page of the chain's locations in code order (then id); {@code cursor} is the previous page's. */
    @WithSession
    public Uni<Page<LocationResponse>> list(Caller caller, int limit, String cursor) {
        Cursor.Named after = Cursor.named(cursor);
        return locations.page(caller.tenant(), after, limit)
                .map(rows -> Page.of(rows, limit, LocationResponse::of,
                        row -> new Cursor.Named(row.code, row.id).encode()));
    }

    /** Every location of the chain in code order, whole: for an answer that names them all at once (FHIR). */
    @WithSession
    public Uni<List<LocationResponse>> all(Caller caller) {
        return locations.listInTenant(caller.tenant())
                .map(all -> all.stream().map(LocationResponse::of).toList());
    }

    @WithSession
    public Uni<LocationResponse> get(Caller caller, UUID id) {
        return access.existing(caller, id).map(LocationResponse::of);
    }

    /** Renames a location, changes its address, moves its time zone or changes its windows (admins, its managers; If-Match). */
    @WithTransaction
    public Uni<LocationResponse> update(Caller caller, UUID id, String ifMatch, LocationUpdate request) {
        return access.existing(caller, id).flatMap(location -> {
            LocationAccess.requireManagerOf(caller, location);
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
