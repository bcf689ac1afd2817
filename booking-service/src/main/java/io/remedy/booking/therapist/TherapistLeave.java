package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.therapist.TherapistView.NewRosterException;
import io.remedy.booking.therapist.TherapistView.RosterExceptionResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.remedy.booking.therapist.TherapistAccess.mayManage;
import static io.remedy.booking.therapist.TherapistAccess.requireReader;

/**
 * Therapists' leave and sickness (roster exceptions): admins record and remove them; branch managers at their
 * locations; whoever reads the therapist's roster reads them.
 */
@ApplicationScoped
public class TherapistLeave {

    /** Longest single exception (a year of leave). */
    static final Duration MAX_EXCEPTION = Duration.ofDays(366);

    private final RosterEntryRepository roster;
    private final RosterExceptionRepository exceptions;
    private final LocationRepository locations;
    private final TherapistAccess access;

    public TherapistLeave(RosterEntryRepository roster, RosterExceptionRepository exceptions,
                          LocationRepository locations, TherapistAccess access) {
        this.roster = roster;
        this.exceptions = exceptions;
        this.locations = locations;
        this.access = access;
    }

    /** Records leave or sickness (admins; managers at that location, or at one of the therapist's locations). */
    @WithTransaction
    public Uni<RosterExceptionResponse> addException(Caller caller, UUID id, NewRosterException request) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        Instant from = request.from().toInstant();
        Instant to = request.to().toInstant();
        if (!to.isAfter(from)) {
            throw ProblemException.validation("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_EXCEPTION) > 0) {
            throw ProblemException.validation("to", "an exception lasts at most " + MAX_EXCEPTION.toDays() + " days");
        }
        return access.existing(caller, id).flatMap(therapist -> {
            Uni<Location> at = request.locationId() == null ? Uni.createFrom().nullItem()
                    : locations.findInTenant(caller.tenant(), request.locationId())
                            .onItem().ifNull().failWith(() -> ProblemException.validation("locationId",
                                    "no such location in this chain"));
            return at.call(location -> requireManagerFor(caller, therapist, location)).flatMap(location -> {
                RosterException exception = new RosterException();
                exception.id = UUID.randomUUID();
                exception.tenant = caller.tenant();
                exception.therapistId = therapist.id;
                exception.locationId = location == null ? null : location.id;
                exception.startsAt = from;
                exception.endsAt = to;
                exception.reason = request.reason();
                exception.createdAt = Instant.now();
                exception.createdBy = caller.userId();
                return exceptions.persistAndFlush(exception).map(RosterExceptionResponse::of);
            });
        });
    }

    /** The therapist's exceptions in start order, optionally only those overlapping {@code from..to}. */
    @WithSession
    public Uni<Page<RosterExceptionResponse>> exceptions(Caller caller, UUID id, String from, String to, String limit,
                                                         String cursor) {
        Instant first = instant("from", from);
        Instant last = instant("to", to);
        int size = Limit.of(limit);
        String[] after = Cursor.parts(cursor, 2);
        Instant afterStart;
        UUID afterId;
        try {
            afterStart = after == null ? null : Instant.parse(after[0]);
            afterId = after == null ? null : UUID.fromString(after[1]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Cursor.invalid();
        }
        return access.existing(caller, id).flatMap(therapist -> {
            requireReader(caller, therapist);
            return exceptions.page(caller.tenant(), therapist.id, first, last, afterStart, afterId, size);
        }).map(rows -> Page.of(rows, size, RosterExceptionResponse::of,
                row -> Cursor.of(row.startsAt.toString(), row.id.toString())));
    }

    /** Removes an exception (whoever may record it). */
    @WithTransaction
    public Uni<Void> removeException(Caller caller, UUID id, UUID exceptionId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        return access.existing(caller, id).flatMap(therapist -> exceptions
                .findOf(caller.tenant(), therapist.id, exceptionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Roster exception", exceptionId))
                .flatMap(exception -> {
                    Uni<Location> at = exception.locationId == null ? Uni.createFrom().nullItem()
                            : locations.findInTenant(caller.tenant(), exception.locationId);
                    return at.call(location -> requireManagerFor(caller, therapist, location))
                            .flatMap(location -> exceptions.deleteOf(caller.tenant(), exception.id));
                }));
    }

    /**
     * Admins always; a branch manager at the exception's location, or (for an exception everywhere) at one of the
     * locations the therapist is rostered at.
     */
    private Uni<Void> requireManagerFor(Caller caller, Therapist therapist, Location location) {
        if (caller.hasRole(Caller.CHAIN_ADMIN)) {
            return Uni.createFrom().voidItem();
        }
        if (location != null) {
            if (!mayManage(caller, location)) {
                throw ProblemException.forbidden("You may record leave only at your locations");
            }
            return Uni.createFrom().voidItem();
        }
        return roster.listOf(caller.tenant(), therapist.id).flatMap(entries -> locations.listInTenant(caller.tenant())
                .map(all -> {
                    Set<UUID> rosteredAt = entries.stream().map(entry -> entry.locationId).collect(Collectors.toSet());
                    boolean managesOne = all.stream().anyMatch(l -> rosteredAt.contains(l.id) && mayManage(caller, l));
                    if (!managesOne) {
                        throw ProblemException.forbidden("The therapist works at none of your locations");
                    }
                    return null;
                }));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(field, "must be ISO-8601 with offset, e.g. 2026-12-21T00:00:00Z");
        }
    }
}
