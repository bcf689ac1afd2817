package io.remedy.booking.series;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.remedy.booking.availability.SlotRules;
import io.remedy.booking.catalogue.BookableService;
import io.remedy.booking.catalogue.BookableServiceRepository;
import io.remedy.booking.client.Client;
import io.remedy.booking.client.ClientRepository;
import io.remedy.booking.location.Location;
import io.remedy.booking.location.LocationRepository;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.series.ProposalView.Confirmation;
import io.remedy.booking.series.ProposalView.ConfirmationResult;
import io.remedy.booking.series.ProposalView.DateOutcome;
import io.remedy.booking.series.ProposalView.ProposalResponse;
import io.remedy.booking.session.Session;
import io.remedy.booking.session.SessionAccess;
import io.remedy.booking.session.SessionRepository;
import io.remedy.booking.session.SessionBooking;
import io.remedy.booking.session.SessionBooking.Booking;
import io.remedy.booking.session.SlotTakenException;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.inbox.PoisonEventException;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.transaction.Transactions;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plan-driven series: each new version of an active treatment plan gets a proposal of sessions (the plan's therapist,
 * location and service, at the client's usual weekday and time), replacing what an older version proposed and was not
 * confirmed; a completed or discontinued plan drops it. Staff, the client or the plan's therapist confirm dates in one
 * call; each date is booked or shows its conflict, and the call never fails as a whole for one date's conflict.
 */
@ApplicationScoped
public class ProposalService {

    static final int MAX_LIST = 100;
    /** A confirmation that lost a race for a slot to a concurrent booking is run again this many times. */
    static final int RACE_RETRIES = 3;

    private final ProposalRepository proposals;
    private final ProposedSessionRepository dates;
    private final SessionRepository sessions;
    private final ClientRepository clients;
    private final TherapistRepository therapists;
    private final LocationRepository locations;
    private final BookableServiceRepository services;
    private final SessionBooking booking;
    private final SessionAccess access;
    private final RedFlagService redFlags;
    private final SlotRules slotRules;
    private final SeriesConfig config;
    private final Transactions transactions;

    public ProposalService(ProposalRepository proposals, ProposedSessionRepository dates, SessionRepository sessions,
                           ClientRepository clients, TherapistRepository therapists, LocationRepository locations,
                           BookableServiceRepository services, SessionBooking booking, SessionAccess access,
                           RedFlagService redFlags, SlotRules slotRules, SeriesConfig config,
                           Transactions transactions) {
        this.proposals = proposals;
        this.dates = dates;
        this.sessions = sessions;
        this.clients = clients;
        this.therapists = therapists;
        this.locations = locations;
        this.services = services;
        this.booking = booking;
        this.access = access;
        this.redFlags = redFlags;
        this.slotRules = slotRules;
        this.config = config;
        this.transactions = transactions;
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

    /** A client's current proposals: the client themself, the front desk of its location, the plan's therapist. */
    @WithSession
    public Uni<Page<ProposalResponse>> list(Caller caller, UUID clientId, String cursor, int limit) {
        Cursor.Keyset after = Cursor.keyset(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<List<SessionProposal>> found;
        if (caller.hasRole(Caller.CLIENT)) {
            found = access.clientOf(caller)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .flatMap(me -> {
                        if (clientId != null && !clientId.equals(me.id)) {
                            throw ProblemException.forbidden("A client sees only their own proposals");
                        }
                        return proposals.currentOf(caller.tenant(), me.id, null, null, after, size + 1);
                    });
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            if (clientId == null) {
                throw ProblemException.validation("clientId", "is required");
            }
            boolean frontDesk = SessionAccess.isFrontDesk(caller);
            if (frontDesk && caller.actsAtAllLocations()) {
                found = proposals.currentOf(caller.tenant(), clientId, null, null, after, size + 1);
            } else {
                Uni<List<UUID>> here = frontDesk ? access.locationsOf(caller) : Uni.createFrom().item(List.of());
                found = here.flatMap(ids -> access.therapistOf(caller).flatMap(me -> proposals.currentOf(
                        caller.tenant(), clientId, ids, me == null ? null : me.id, after, size + 1)));
            }
        }
        return found.flatMap(all -> {
            List<SessionProposal> page = all.size() > size ? all.subList(0, size) : all;
            String next = all.size() > size ? Cursor.after(page.get(size - 1).createdAt, page.get(size - 1).id) : null;
            return dates.of(page.stream().map(p -> p.id).toList()).map(rows -> {
                Map<UUID, List<ProposedSession>> byProposal = rows.stream()
                        .collect(Collectors.groupingBy(d -> d.proposalId));
                return new Page<>(page.stream().map(p -> ProposalResponse.of(p,
                        byProposal.getOrDefault(p.id, List.of()))).toList(), next);
            });
        });
    }

    /**
     * Books the asked dates of a proposal (all without a list), each on its own merits: booked, or the conflict that
     * kept it. A client on a red-flag hold is refused as a whole (409). A race lost to a concurrent booking runs the
     * confirmation again; dates already booked stay booked.
     */
    public Uni<ConfirmationResult> confirm(Caller caller, UUID proposalId, Confirmation request) {
        return Uni.createFrom().deferred(() -> transactions.withTransaction(() -> confirmOnce(caller, proposalId, request)))
                .onFailure(SlotTakenException.class).retry().atMost(RACE_RETRIES);
    }

    private Uni<ConfirmationResult> confirmOnce(Caller caller, UUID proposalId, Confirmation request) {
        String tenant = caller.tenant();
        return proposals.lockInTenant(tenant, proposalId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Proposal", proposalId))
                .call(proposal -> requireMayConfirm(caller, proposal))
                .call(proposal -> {
                    if (proposal.status == SessionProposal.Status.SUPERSEDED
                            || proposal.status == SessionProposal.Status.DROPPED) {
                        throw ProblemException.conflict("A newer plan version replaced this proposal, or the plan"
                                + " ended", new FieldError("proposalId", "is " + proposal.status));
                    }
                    return redFlags.requireNoHold(tenant, proposal.clientId);
                })
                .flatMap(proposal -> locations.findInTenant(tenant, proposal.locationId).flatMap(location -> clients
                        .findInTenant(tenant, proposal.clientId).flatMap(client -> services
                                .findInTenant(tenant, proposal.serviceId).flatMap(service -> therapists
                                        .findInTenant(tenant, proposal.therapistId).flatMap(therapist -> dates
                                                .of(List.of(proposal.id))
                                                .map(all -> new Series(proposal, location, client, service,
                                                        therapist, all)))))))
                .flatMap(series -> Multi.createFrom().iterable(requested(series, request))
                        .onItem().transformToUniAndConcatenate(startsAt -> bookOne(caller, series, startsAt))
                        .collect().asList()
                        .invoke(outcomes -> {
                            if (series.dates().stream().noneMatch(d -> d.status == ProposedSession.Status.PROPOSED
                                    || d.status == ProposedSession.Status.UNAVAILABLE)) {
                                series.proposal().status = SessionProposal.Status.CONFIRMED;
                                series.proposal().closedAt = Instant.now();
                            }
                        })
                        .map(outcomes -> new ConfirmationResult(series.proposal().id, outcomes)));
    }

    /** A proposal with everything its bookings join. */
    private record Series(SessionProposal proposal, Location location, Client client, BookableService service,
                          Therapist therapist, List<ProposedSession> dates) {
    }

    private static List<Instant> requested(Series series, Confirmation request) {
        if (request == null || request.dates() == null) {
            return series.dates().stream().map(d -> d.startsAt).toList();
        }
        Set<Instant> asked = new LinkedHashSet<>();
        for (OffsetDateTime date : request.dates()) {
            if (date == null) {
                throw ProblemException.validation("dates", "must not contain null");
            }
            asked.add(date.toInstant());
        }
        return List.copyOf(asked);
    }

    private Uni<DateOutcome> bookOne(Caller caller, Series series, Instant startsAt) {
        ProposedSession date = series.dates().stream().filter(d -> d.startsAt.equals(startsAt)).findFirst()
                .orElse(null);
        if (date == null) {
            return Uni.createFrom().item(DateOutcome.conflict(startsAt, "dates", "is not a date of this proposal"));
        }
        if (date.status == ProposedSession.Status.BOOKED) {
            return Uni.createFrom().item(DateOutcome.booked(startsAt, date.sessionId));
        }
        if (date.status == ProposedSession.Status.WITHDRAWN) {
            return Uni.createFrom().item(DateOutcome.conflict(startsAt, "dates", "was withdrawn"));
        }
        if (!startsAt.isAfter(Instant.now())) {
            return Uni.createFrom().item(DateOutcome.conflict(startsAt, "startsAt", "is in the past"));
        }
        Booking wanted = new Booking(series.location(), series.client(), series.service(), series.therapist(),
                startsAt);
        return booking.place(caller, wanted, null, series.proposal().planId)
                .map(session -> {
                    date.status = ProposedSession.Status.BOOKED;
                    date.sessionId = session.id();
                    date.reasonField = null;
                    date.reason = null;
                    return DateOutcome.booked(startsAt, session.id());
                })
                .onFailure(failure -> failure instanceof ProblemException && !(failure instanceof SlotTakenException))
                .recoverWithItem(failure -> {
                    FieldError reason = SessionBooking.reasonOf((ProblemException) failure);
                    return DateOutcome.conflict(startsAt, reason.field(), reason.message());
                });
    }

    /** The front desk of the proposal's location, its client, or the plan's therapist; anyone else gets 404. */
    private Uni<Void> requireMayConfirm(Caller caller, SessionProposal proposal) {
        return locations.findInTenant(caller.tenant(), proposal.locationId).flatMap(location -> {
            if (SessionAccess.isFrontDesk(caller) && location != null && caller.mayActAt(location.code)) {
                return Uni.createFrom().voidItem();
            }
            return access.clientOf(caller).flatMap(client -> access.therapistOf(caller).map(therapist -> {
                boolean own = client != null && client.id.equals(proposal.clientId);
                boolean plans = therapist != null && therapist.id.equals(proposal.therapistId);
                if (!own && !plans) {
                    throw ProblemException.notFound("Proposal", proposal.id);
                }
                return null;
            }));
        }).replaceWithVoid();
    }
}
