package io.remedy.booking.availability;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.booking.availability.SlotFinder.Branch;
import io.remedy.booking.availability.SlotFinder.ClosedDays;
import io.remedy.booking.availability.SlotFinder.Leave;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.catalogue.ServiceOfferingRepository;
import io.remedy.booking.location.ClosureRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.location.OpeningInterval;
import io.remedy.booking.location.OpeningIntervalRepository;
import io.remedy.booking.therapist.RosterEntry;
import io.remedy.booking.therapist.RosterEntryRepository;
import io.remedy.booking.therapist.RosterExceptionRepository;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Whether a session may take place at a location at a time: the location is open (opening hours, closures) for the
 * whole treatment, and the therapist offers the service and is rostered there, not on leave, until the end of the
 * buffer. Booking, rescheduling, series confirmation and waitlist acceptance call it inside their transaction (it
 * reads through the same reactive session); what is taken by other sessions is the database's exclusion constraints'
 * business, not this.
 */
@ApplicationScoped
public class SlotRules {

    private final LocationRepository locations;
    private final OpeningIntervalRepository openingHours;
    private final ClosureRepository closures;
    private final BookableServiceRepository services;
    private final ServiceOfferingRepository offerings;
    private final RosterEntryRepository roster;
    private final RosterExceptionRepository exceptions;

    public SlotRules(LocationRepository locations, OpeningIntervalRepository openingHours, ClosureRepository closures,
                     BookableServiceRepository services, ServiceOfferingRepository offerings,
                     RosterEntryRepository roster, RosterExceptionRepository exceptions) {
        this.locations = locations;
        this.openingHours = openingHours;
        this.closures = closures;
        this.services = services;
        this.offerings = offerings;
        this.roster = roster;
        this.exceptions = exceptions;
    }

    /**
     * Completes when the slot is bookable; fails with a problem naming the field otherwise: 409 naming
     * {@code startsAt} outside opening hours or on a closure, 409 naming {@code therapistId} when the therapist does
     * not offer the service, is not rostered at the location then, or is on leave.
     *
     * @param blockedUntil end of the session's buffer: the room and therapist are busy until then
     */
    @WithSession
    public Uni<Void> requireBookable(String tenant, UUID locationId, UUID therapistId, UUID serviceId,
                                     Instant startsAt, Instant blockedUntil) {
        return services.findInTenant(tenant, serviceId)
                .onItem().ifNull().failWith(() -> ProblemException.validation("serviceId", "no such service in this chain"))
                .flatMap(service -> {
                    Instant treatmentEnd = treatmentEnd(service, startsAt, blockedUntil);
                    return openLocation(tenant, locationId, startsAt, treatmentEnd)
                            .flatMap(location -> requireTherapist(tenant, location, therapistId, serviceId, startsAt,
                                    blockedUntil));
                })
                .replaceWithVoid();
    }

    /**
     * Completes when the location is open for all of {@code [startsAt, endsAt)} (e.g. a room hire); else a 409 naming
     * {@code startsAt}.
     */
    @WithSession
    public Uni<Void> requireOpen(String tenant, UUID locationId, Instant startsAt, Instant endsAt) {
        return openLocation(tenant, locationId, startsAt, endsAt).replaceWithVoid();
    }

    private Uni<Location> openLocation(String tenant, UUID locationId, Instant startsAt, Instant endsAt) {
        return locations.findInTenant(tenant, locationId)
                .onItem().ifNull().failWith(() -> ProblemException.validation("locationId", "no such location in this chain"))
                .flatMap(location -> {
                    LocalDate first = firstDay(location, startsAt);
                    LocalDate last = lastDay(location, endsAt);
                    return openingHours.listAt(tenant, location.id)
                            .flatMap(hours -> closures.touching(tenant, location.id, first, last).map(closed -> {
                                requireOpen(location, hours.stream().map(OpeningInterval::interval).toList(),
                                        closed.stream().map(c -> new ClosedDays(c.firstDay, c.lastDay, c.reason)).toList(),
                                        startsAt, endsAt);
                                return location;
                            }));
                });
    }

    private Uni<Void> requireTherapist(String tenant, Location location, UUID therapistId, UUID serviceId,
                                       Instant startsAt, Instant blockedUntil) {
        return offerings.offers(tenant, serviceId, therapistId).flatMap(offers -> {
            if (!offers) {
                throw doesNotOffer();
            }
            return roster.listOf(tenant, therapistId, location.id);
        }).flatMap(entries -> exceptions.overlapping(tenant, therapistId, startsAt, blockedUntil).map(away -> {
            requireWorking(location, true, entries.stream().map(RosterEntry::interval).toList(),
                    away.stream().map(e -> new Leave(e.startsAt, e.endsAt, e.locationId)).toList(), startsAt,
                    blockedUntil);
            return null;
        }));
    }

    /** End of the treatment (without the buffer) of a session of {@code service} that blocks until {@code blockedUntil}. */
    public static Instant treatmentEnd(BookableService service, Instant startsAt, Instant blockedUntil) {
        Instant endsAt = blockedUntil.minus(service.buffer());
        return endsAt.isAfter(startsAt) ? endsAt : startsAt.plus(service.duration());
    }

    /** First day (in the location's zone) whose closures can touch a session starting at {@code startsAt}. */
    public static LocalDate firstDay(Location location, Instant startsAt) {
        return startsAt.atZone(location.zone()).toLocalDate().minusDays(1);
    }

    /** Last day (in the location's zone) whose closures can touch a treatment ending at {@code endsAt}. */
    public static LocalDate lastDay(Location location, Instant endsAt) {
        return endsAt.atZone(location.zone()).toLocalDate().plusDays(1);
    }

    /**
     * The rule of {@link #requireOpen}, on what was read: 409 naming {@code startsAt} unless the location is open
     * (opening hours, closures touching the days of {@link #firstDay}..{@link #lastDay}) for all of the treatment.
     */
    public static void requireOpen(Location location, List<WeeklyInterval> hours, List<ClosedDays> closed,
                                   Instant startsAt, Instant endsAt) {
        Branch branch = new Branch(location.id, location.code, location.zone(), new WeeklyHours(hours), closed, List.of());
        if (!SlotFinder.isOpen(branch, startsAt, endsAt)) {
            ClosedDays closure = SlotFinder.closureOn(branch, startsAt, endsAt);
            String why = closure != null
                    ? location.code + " is closed on " + closure.first()
                            + (closure.last().equals(closure.first()) ? "" : " to " + closure.last())
                            + (closure.reason() == null ? "" : " (" + closure.reason() + ")")
                    : location.code + " is not open for all of that time";
            throw ProblemException.conflict(why, new FieldError("startsAt",
                    closure != null ? "the location is closed that day" : "outside the location's opening hours"));
        }
    }

    /**
     * The therapist's rule, on what was read: 409 naming {@code therapistId} unless the therapist offers the service,
     * is rostered at the location for all of {@code [startsAt, blockedUntil)} and not on leave then.
     */
    public static void requireWorking(Location location, boolean offers, List<WeeklyInterval> roster,
                                      List<Leave> leave, Instant startsAt, Instant blockedUntil) {
        if (!offers) {
            throw doesNotOffer();
        }
        WeeklyHours week = new WeeklyHours(roster);
        ZoneId zone = location.zone();
        if (!SlotFinder.isWorking(week, List.of(), location.id, zone, startsAt, blockedUntil)) {
            throw ProblemException.conflict("The therapist is not rostered at " + location.code + " then",
                    new FieldError("therapistId", "not rostered at this location then"));
        }
        if (!SlotFinder.isWorking(week, leave, location.id, zone, startsAt, blockedUntil)) {
            throw ProblemException.conflict("The therapist is on leave then",
                    new FieldError("therapistId", "on leave then"));
        }
    }

    private static ProblemException doesNotOffer() {
        return ProblemException.conflict("The therapist does not offer this service",
                new FieldError("therapistId", "does not offer this service"));
    }

}
