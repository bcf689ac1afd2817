package io.remedy.booking.series;

import io.quarkus.logging.Log;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.session.Session;
import io.remedy.booking.session.SessionBooking;
import io.remedy.booking.session.SessionRepository;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.platform.inbox.PoisonEventException;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plan-driven series, as proposed: each new version of an active treatment plan gets a proposal of sessions (the
 * plan's therapist, location and service, at the client's usual weekday and time), replacing what an older version
 * proposed and was not confirmed; a completed or discontinued plan drops it. Each date is assessed when proposed:
 * already booked, unavailable with its reason, or proposed. Confirming is {@link ProposalConfirmation}'s.
 */
@ApplicationScoped
public class PlanProposals {

    private final ProposalRepository proposals;
    private final ProposedSessionRepository dates;
    private final SessionRepository sessions;
    private final ClientRepository clients;
    private final TherapistRepository therapists;
    private final LocationRepository locations;
    private final BookableServiceRepository services;
    private final SlotRules slotRules;
    private final SeriesConfig config;

    public PlanProposals(ProposalRepository proposals, ProposedSessionRepository dates, SessionRepository sessions,
                         ClientRepository clients, TherapistRepository therapists, LocationRepository locations,
                         BookableServiceRepository services, SlotRules slotRules, SeriesConfig config) {
        this.proposals = proposals;
        this.dates = dates;
        this.sessions = sessions;
        this.clients = clients;
        this.therapists = therapists;
        this.locations = locations;
        this.services = services;
        this.slotRules = slotRules;
        this.config = config;
    }

    /**
     * A new plan version, inside the inbox's transaction. An older or repeated version changes nothing; a plan that
     * names what booking does not know is poison (dead-letter topic).
     */
    public Uni<Void> planUpdated(String tenant, PlanUpdated plan) {
        if (tenant == null || tenant.isBlank() || plan.planId() == null || plan.status() == null) {
            throw new PoisonEventException("plan.updated without tenant, planId or status");
        }
        Instant now = Instant.now();
        return proposals.ofPlan(tenant, plan.planId()).flatMap(existing -> {
            if (existing.stream().anyMatch(p -> p.planVersion >= plan.version())) {
                Log.debugf("Plan %s version %d is not newer than what was proposed; ignored", plan.planId(),
                        plan.version());
                return Uni.createFrom().voidItem();
            }
            SessionProposal.Status closing = plan.status() == PlanUpdated.Status.ACTIVE
                    ? SessionProposal.Status.SUPERSEDED : SessionProposal.Status.DROPPED;
            List<SessionProposal> open = existing.stream()
                    .filter(p -> p.status == SessionProposal.Status.OPEN).toList();
            return close(open, closing, now).chain(() -> plan.status() == PlanUpdated.Status.ACTIVE
                    ? propose(tenant, plan, now) : Uni.createFrom().voidItem());
        });
    }

    private Uni<Void> close(List<SessionProposal> open, SessionProposal.Status status, Instant now) {
        if (open.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        open.forEach(p -> {
            p.status = status;
            p.closedAt = now;
        });
        return dates.update("status = ?1 where proposalId in ?2 and status in ?3", ProposedSession.Status.WITHDRAWN,
                open.stream().map(p -> p.id).toList(),
                List.of(ProposedSession.Status.PROPOSED, ProposedSession.Status.UNAVAILABLE)).replaceWithVoid();
    }

    private Uni<Void> propose(String tenant, PlanUpdated plan, Instant now) {
        if (plan.clientId() == null || plan.therapistId() == null || plan.locationId() == null) {
            throw new PoisonEventException("Active plan " + plan.planId() + " names no client, therapist or location");
        }
        return required(clients.findInTenant(tenant, plan.clientId()), "client", plan)
                .chain(() -> required(therapists.findInTenant(tenant, plan.therapistId()), "therapist", plan))
                .chain(() -> required(locations.findInTenant(tenant, plan.locationId()), "location", plan))
                .flatMap(location -> sessions.usualSessionOf(tenant, plan.clientId(), plan.locationId(), now)
                        .flatMap(usual -> {
                            if (usual == null) {
                                Log.infof("Plan %s: the client has no session at the location to take a usual time"
                                        + " from; nothing proposed", plan.planId());
                                return Uni.createFrom().voidItem();
                            }
                            UUID serviceId = plan.serviceId() != null ? plan.serviceId() : usual.serviceId;
                            return required(services.findInTenant(tenant, serviceId), "service", plan)
                                    .flatMap(service -> store(tenant, plan, location, usual, service, now));
                        }));
    }

    private Uni<Void> store(String tenant, PlanUpdated plan, Location location, Session usual,
                            BookableService service, Instant now) {
        List<SeriesPlanner.Phase> phases = plan.phases().stream()
                .map(p -> new SeriesPlanner.Phase(p.name(), p.intervalWeeks(), p.sessionCount())).toList();
        List<SeriesPlanner.Proposed> planned = SeriesPlanner.plan(usual.startsAt.atZone(location.zone()), now, phases,
                plan.reviewDate(), config.openEndedMonths(), config.maxSessions());
        if (planned.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        SessionProposal proposal = new SessionProposal();
        proposal.id = UUID.randomUUID();
        proposal.tenant = tenant;
        proposal.planId = plan.planId();
        proposal.planVersion = plan.version();
        proposal.clientId = plan.clientId();
        proposal.therapistId = plan.therapistId();
        proposal.locationId = location.id;
        proposal.serviceId = service.id;
        proposal.status = SessionProposal.Status.OPEN;
        proposal.createdAt = now;
        List<ProposedSession> rows = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            ProposedSession date = new ProposedSession();
            date.id = UUID.randomUUID();
            date.proposalId = proposal.id;
            date.position = i + 1;
            date.phase = planned.get(i).phase();
            date.startsAt = planned.get(i).startsAt();
            date.status = ProposedSession.Status.PROPOSED;
            rows.add(date);
        }
        // one date after the other: a reactive Hibernate session runs one query at a time
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(date -> assess(tenant, proposal, service, date))
                .collect().asList()
                .chain(() -> {
                    Log.infof("Plan %s version %d: %d dates, %d proposed", plan.planId(), plan.version(), rows.size(),
                            rows.stream().filter(d -> d.status == ProposedSession.Status.PROPOSED).count());
                    return proposals.persist(proposal).chain(() -> dates.persist(rows)).replaceWithVoid();
                });
    }

    /**
     * Whether a date of a new series can be booked now: a date the client is already booked at with the plan's
     * therapist at its location is BOOKED (never proposed twice, e.g. after a new plan version); a date the client,
     * the therapist or every room is taken at, or outside the roster or opening hours, is UNAVAILABLE with the reason;
     * the rest is PROPOSED.
     */
    private Uni<ProposedSession> assess(String tenant, SessionProposal proposal, BookableService service,
                                        ProposedSession date) {
        Instant startsAt = date.startsAt;
        Instant blockedUntil = startsAt.plus(service.duration()).plus(service.buffer());
        return proposals.clientsLiveSession(tenant, proposal.clientId, startsAt, blockedUntil).flatMap(own -> {
            if (own != null) {
                if (own.startsAt.equals(startsAt) && own.therapistId.equals(proposal.therapistId)
                        && own.locationId.equals(proposal.locationId)) {
                    date.status = ProposedSession.Status.BOOKED;
                    date.sessionId = own.id;
                } else {
                    unavailable(date, new FieldError("clientId", "has another session at that time"));
                }
                return Uni.createFrom().item(date);
            }
            return slotRules.requireBookable(tenant, proposal.locationId, proposal.therapistId, service.id, startsAt,
                            blockedUntil)
                    .chain(() -> sessions.therapistBusy(tenant, proposal.therapistId, startsAt, blockedUntil, null))
                    .flatMap(busy -> {
                        if (busy) {
                            unavailable(date, new FieldError("therapistId", "already booked at that time"));
                            return Uni.createFrom().item(date);
                        }
                        return sessions.firstFreeRoom(tenant, proposal.locationId, startsAt, blockedUntil, null)
                                .map(room -> {
                                    if (room == null) {
                                        unavailable(date, new FieldError("roomId", "no free room at that time"));
                                    }
                                    return date;
                                });
                    })
                    .onFailure(ProblemException.class).recoverWithItem(failure -> {
                        unavailable(date, SessionBooking.reasonOf(failure));
                        return date;
                    });
        });
    }

    private static void unavailable(ProposedSession date, FieldError reason) {
        date.status = ProposedSession.Status.UNAVAILABLE;
        date.reasonField = reason.field();
        date.reason = reason.message();
    }

    private static <T> Uni<T> required(Uni<T> lookup, String what, PlanUpdated plan) {
        return lookup.onItem().ifNull().failWith(() -> new PoisonEventException(
                "Plan " + plan.planId() + " names a " + what + " this chain does not have"));
    }
}
