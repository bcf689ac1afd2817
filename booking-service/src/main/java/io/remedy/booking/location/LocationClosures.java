package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.location.LocationView.ClosureResponse;
import io.remedy.booking.location.LocationView.NewClosure;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A location's closures (a day or a run of days): admins and the location's managers close and reopen them. */
@ApplicationScoped
public class LocationClosures {

    /** Longest closure in one entry. */
    static final int MAX_CLOSURE_DAYS = 366;

    private final ClosureRepository closures;
    private final LocationAccess access;

    public LocationClosures(ClosureRepository closures, LocationAccess access) {
        this.closures = closures;
        this.access = access;
    }

    /** Closes a location for a day or a run of days (admins, the location's managers). */
    @WithTransaction
    public Uni<ClosureResponse> addClosure(Caller caller, UUID id, NewClosure request) {
        return access.existing(caller, id).flatMap(location -> {
            LocationAccess.requireManagerOf(caller, location);
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
        return access.existing(caller, id).flatMap(location -> closures.page(caller.tenant(), location.id, first, last,
                        afterDay, afterId, size))
                .map(rows -> Page.of(rows, size, ClosureResponse::of,
                        row -> Cursor.of(row.firstDay.toString(), row.id.toString())));
    }

    /** Reopens the days of a closure (admins, the location's managers). */
    @WithTransaction
    public Uni<Void> removeClosure(Caller caller, UUID id, UUID closureId) {
        return access.existing(caller, id).flatMap(location -> {
            LocationAccess.requireManagerOf(caller, location);
            return closures.findAt(caller.tenant(), location.id, closureId)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("Closure", closureId))
                    .flatMap(closure -> closures.deleteAt(caller.tenant(), closure.id));
        });
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
}
