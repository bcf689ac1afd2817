package io.remedy.booking.series;

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
import io.remedy.booking.session.SessionAccess;
import io.remedy.booking.session.SessionBooking;
import io.remedy.booking.session.SessionBooking.Booking;
import io.remedy.booking.session.SlotTakenException;
import io.remedy.booking.therapist.Therapist;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.transaction.Transactions;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Confirming a plan-driven series: staff, the client or the plan's therapist confirm dates of a proposal in one call;
 * each date is booked or shows its conflict, and the call never fails as a whole for one date's conflict.
 */
@ApplicationScoped
public class ProposalConfirmation {

    /** A confirmation that lost a race for a slot to a concurrent booking is run again this many times. */
    static final int RACE_RETRIES = 3;

    private final ProposalRepository proposals;
    private final ProposedSessionRepository dates;
    private final ClientRepository clients;
    private final TherapistRepository therapists;
    private final LocationRepository locations;
    private final BookableServiceRepository services;
    private final SessionBooking booking;
    private final SessionAccess access;
    private final RedFlagService redFlags;
    private final Transactions transactions;

    public ProposalConfirmation(ProposalRepository proposals, ProposedSessionRepository dates,
                                ClientRepository clients, TherapistRepository therapists,
                                LocationRepository locations, BookableServiceRepository services,
                                SessionBooking booking, SessionAccess access, RedFlagService redFlags,
                                Transactions transactions) {
        this.proposals = proposals;
        this.dates = dates;
        this.clients = clients;
        this.therapists = therapists;
        this.locations = locations;
        this.services = services;
        this.booking = booking;
        this.access = access;
        this.redFlags = redFlags;
        this.transactions = transactions;
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
