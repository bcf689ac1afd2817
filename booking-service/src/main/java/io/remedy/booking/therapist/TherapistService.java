package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.WallClock;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.therapist.TherapistView.NewRosterException;
import io.remedy.booking.therapist.TherapistView.NewTherapist;
import io.remedy.booking.therapist.TherapistView.RosterEntryView;
import io.remedy.booking.therapist.TherapistView.RosterExceptionResponse;
import io.remedy.booking.therapist.TherapistView.RosterResponse;
import io.remedy.booking.therapist.TherapistView.RosterUpdate;
import io.remedy.booking.therapist.TherapistView.TherapistResponse;
import io.remedy.booking.therapist.TherapistView.TherapistUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chain's therapists, their weekly rosters and their leave. Chain admins take therapists on; admins and branch
 * managers set rosters and leave at their locations; front-desk staff read every roster, a therapist their own.
 */
@ApplicationScoped
public class TherapistService {

    /** Longest single exception (a year of leave). */
    static final Duration MAX_EXCEPTION = Duration.ofDays(366);

    private final TherapistRepository therapists;
    private final RosterEntryRepository roster;
    private final RosterExceptionRepository exceptions;
    private final LocationRepository locations;

    public TherapistService(TherapistRepository therapists, RosterEntryRepository roster,
                            RosterExceptionRepository exceptions, LocationRepository locations) {
        this.therapists = therapists;
        this.roster = roster;
        this.exceptions = exceptions;
        this.locations = locations;
    }

    @WithTransaction
    public Uni<TherapistResponse> add(Caller caller, NewTherapist request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Uni<Therapist> sameUser = request.userId() == null
                ? Uni.createFrom().nullItem()
                : therapists.findByUser(caller.tenant(), request.userId());
        return sameUser.flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("User " + request.userId() + " is already therapist " + existing.id,
                        new FieldError("userId", "is already another therapist's login"));
            }
            Therapist therapist = new Therapist();
            therapist.id = UUID.randomUUID();
            therapist.tenant = caller.tenant();
            therapist.displayName = request.displayName();
            therapist.email = request.email();
            therapist.userId = request.userId();
            therapist.registrationNumber = blankAsNone(request.registrationNumber());
            therapist.createdAt = Instant.now();
            return therapists.persistAndFlush(therapist).map(TherapistResponse::of);
        });
    }

    /** Renames a therapist, changes their e-mail or links their login (chain admins; If-Match). */
    @WithTransaction
    public Uni<TherapistResponse> update(Caller caller, UUID id, String ifMatch, TherapistUpdate request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return existing(caller, id).flatMap(therapist -> {
            IfMatch.require(ifMatch, therapist.version);
            Uni<Therapist> sameUser = request.userId() == null || request.userId().equals(therapist.userId)
                    ? Uni.createFrom().nullItem()
                    : therapists.findByUser(caller.tenant(), request.userId());
            return sameUser.flatMap(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("User " + request.userId() + " is already therapist " + existing.id,
                            new FieldError("userId", "is already another therapist's login"));
                }
                therapist.displayName = request.displayName();
                therapist.email = request.email();
                therapist.userId = request.userId();
                if (request.registrationNumber() != null) {
                    therapist.registrationNumber = blankAsNone(request.registrationNumber());
                }
            therapist.registrationNumber = blankAsNone(request.registrationNumber());
                therapist.updatedAt = Instant.now();
                return therapists.flush().map(done -> TherapistResponse.of(therapist));
            });
        });
    }

    @WithSession
    public Uni<List<TherapistResponse>> list(Caller caller) {
        return therapists.listInTenant(caller.tenant())
                .map(all -> all.stream().map(therapist -> TherapistResponse.of(therapist, caller)).toList());
    }

    @WithSession
    public Uni<TherapistResponse> get(Caller caller, UUID id) {
        return existing(caller, id).map(therapist -> TherapistResponse.of(therapist, caller));
    }

    /** The therapist's weekly roster at every location (front desk, managers, admins; the therapist themself). */
    @WithSession
    public Uni<RosterResponse> roster(Caller caller, UUID id) {
        return existing(caller, id).flatMap(therapist -> {
            requireReader(caller, therapist);
            return roster.listOf(caller.tenant(), therapist.id).map(entries -> rosterOf(therapist, entries));
        });
    }

    /**
     * Replaces the therapist's weekly roster (If-Match with the therapist's ETag). Admins change any location's
     * entries; a branch manager only those at their locations: the entries elsewhere must come back unchanged.
     */
    @WithTransaction
    public Uni<RosterResponse> setRoster(Caller caller, UUID id, String ifMatch, RosterUpdate request) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        return existing(caller, id).flatMap(therapist -> {
            IfMatch.require(ifMatch, therapist.version);
            // one query after the other: a reactive session runs one statement at a time
            return locations.listInTenant(caller.tenant()).flatMap(all -> roster.listOf(caller.tenant(), therapist.id)
                    .flatMap(existingEntries -> {
                        Map<UUID, Location> chain = all.stream()
                                .collect(Collectors.toMap(location -> location.id, Function.identity()));
                        Map<UUID, Set<WeeklyInterval>> wanted = readRoster(request.entries(), chain.keySet());
                        Map<UUID, Set<WeeklyInterval>> current = new HashMap<>();
                        for (RosterEntry entry : existingEntries) {
                            current.computeIfAbsent(entry.locationId, k -> new HashSet<>()).add(entry.interval());
                        }
                        Set<UUID> touched = new HashSet<>(current.keySet());
                        touched.addAll(wanted.keySet());
                        for (UUID locationId : touched) {
                            boolean changed = !Objects.equals(current.getOrDefault(locationId, Set.of()),
                                    wanted.getOrDefault(locationId, Set.of()));
                            if (changed && !mayManage(caller, chain.get(locationId))) {
                                throw ProblemException.forbidden("You may change rosters only at your locations");
                            }
                        }
                        List<RosterEntry> rows = new ArrayList<>();
                        wanted.forEach((locationId, intervals) -> intervals.forEach(
                                interval -> rows.add(RosterEntry.of(therapist, locationId, interval))));
                        therapist.updatedAt = Instant.now();
                        return roster.deleteOf(caller.tenant(), therapist.id)
                                .call(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : roster.persist(rows))
                                .call(() -> therapists.flush())
                                .map(done -> rosterOf(therapist, rows));
                    }));
        });
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
        return existing(caller, id).flatMap(therapist -> {
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
        return existing(caller, id).flatMap(therapist -> {
            requireReader(caller, therapist);
            return exceptions.page(caller.tenant(), therapist.id, first, last, afterStart, afterId, size);
        }).map(rows -> Page.of(rows, size, RosterExceptionResponse::of,
                row -> Cursor.of(row.startsAt.toString(), row.id.toString())));
    }

    /** Removes an exception (whoever may record it). */
    @WithTransaction
    public Uni<Void> removeException(Caller caller, UUID id, UUID exceptionId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        return existing(caller, id).flatMap(therapist -> exceptions.findOf(caller.tenant(), therapist.id, exceptionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Roster exception", exceptionId))
                .flatMap(exception -> {
                    Uni<Location> at = exception.locationId == null ? Uni.createFrom().nullItem()
                            : locations.findInTenant(caller.tenant(), exception.locationId);
                    return at.call(location -> requireManagerFor(caller, therapist, location))
                            .flatMap(location -> exceptions.deleteOf(caller.tenant(), exception.id));
                }));
    }

    private Uni<Therapist> existing(Caller caller, UUID id) {
        return therapists.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Therapist", id));
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

    private static boolean mayManage(Caller caller, Location location) {
        return caller.hasRole(Caller.CHAIN_ADMIN)
                || caller.hasRole(Caller.BRANCH_MANAGER) && location != null && caller.mayActAt(location.code);
    }

    /** Front-desk staff, managers and admins read every roster; a therapist their own; nobody else. */
    private static void requireReader(Caller caller, Therapist therapist) {
        if (caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)) {
            return;
        }
        if (caller.hasRole(Caller.THERAPIST) && caller.userId().equals(therapist.userId)) {
            return;
        }
        throw ProblemException.forbidden("Only front-desk staff and the therapist themself read a roster");
    }

    private static RosterResponse rosterOf(Therapist therapist, List<RosterEntry> entries) {
        List<RosterEntryView> views = entries.stream()
                .sorted(Comparator.<RosterEntry, String>comparing(entry -> entry.locationId.toString())
                        .thenComparingInt(entry -> entry.dayOfWeek).thenComparingInt(entry -> entry.startMinute))
                .map(entry -> RosterEntryView.of(entry.locationId, entry.interval()))
                .toList();
        return new RosterResponse(therapist.id, views, therapist.version);
    }

    /** The roster of a request by location, or a 400 naming each bad, unknown or overlapping entry. */
    static Map<UUID, Set<WeeklyInterval>> readRoster(List<RosterEntryView> entries, Set<UUID> chainLocations) {
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Set<WeeklyInterval>> byLocation = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            RosterEntryView entry = entries.get(i);
            String field = "entries[" + i + "]";
            if (!chainLocations.contains(entry.locationId())) {
                errors.add(new FieldError(field + ".locationId", "no such location in this chain"));
                continue;
            }
            WeeklyInterval interval = WallClock.read(entry.dayOfWeek(), entry.start(), entry.end(), field, errors);
            if (interval == null) {
                continue;
            }
            Set<WeeklyInterval> here = byLocation.computeIfAbsent(entry.locationId(), k -> new HashSet<>());
            if (here.stream().anyMatch(interval::overlaps)) {
                errors.add(new FieldError(field, "overlaps another entry at that location on " + interval.day()));
                continue;
            }
            here.add(interval);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return byLocation;
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

    /** A registration number as kept: trimmed, blank as none. */
    static String blankAsNone(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }
}
