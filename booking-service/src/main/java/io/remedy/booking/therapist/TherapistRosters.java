package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.WallClock;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.therapist.TherapistView.RosterEntryView;
import io.remedy.booking.therapist.TherapistView.RosterResponse;
import io.remedy.booking.therapist.TherapistView.RosterUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
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

import static io.remedy.booking.therapist.TherapistAccess.mayManage;
import static io.remedy.booking.therapist.TherapistAccess.requireReader;

/**
 * Therapists' weekly rosters: admins and branch managers set them at their locations; front-desk staff read every
 * roster, a therapist their own.
 */
@ApplicationScoped
public class TherapistRosters {

    private final TherapistRepository therapists;
    private final RosterEntryRepository roster;
    private final LocationRepository locations;
    private final TherapistAccess access;

    public TherapistRosters(TherapistRepository therapists, RosterEntryRepository roster, LocationRepository locations,
                            TherapistAccess access) {
        this.therapists = therapists;
        this.roster = roster;
        this.locations = locations;
        this.access = access;
    }

    /** The therapist's weekly roster at every location (front desk, managers, admins; the therapist themself). */
    @WithSession
    public Uni<RosterResponse> roster(Caller caller, UUID id) {
        return access.existing(caller, id).flatMap(therapist -> {
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
        return access.existing(caller, id).flatMap(therapist -> {
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
}
