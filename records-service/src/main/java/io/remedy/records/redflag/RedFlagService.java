package io.remedy.records.redflag;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.redflag.RedFlagView.ClearRedFlag;
import io.remedy.records.redflag.RedFlagView.NewRedFlag;
import io.remedy.records.redflag.RedFlagView.RedFlagResponse;
import io.remedy.records.session.KnownLocation;
import io.remedy.records.session.KnownLocationRepository;
import io.remedy.records.session.KnownSession;
import io.remedy.records.session.KnownSessionRepository;
import io.remedy.records.session.TherapistRef;
import io.remedy.records.session.Therapists;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Red flags: raised from a clinician's screen or from the intake's answers, announced at once through the outbox
 * in the same transaction as the flag ({@code red-flag.raised}: booking holds the client's future sessions,
 * notification alerts the therapist and managers), and cleared by a clinician with the referral's outcome.
 */
@ApplicationScoped
public class RedFlagService {

    private final RedFlagRepository flags;
    private final ClinicalAccess access;
    private final KnownLocationRepository locations;
    private final KnownSessionRepository sessions;
    private final Therapists therapists;
    private final Outbox outbox;
    private final AuditTrail audit;

    public RedFlagService(RedFlagRepository flags, ClinicalAccess access, KnownLocationRepository locations,
                          KnownSessionRepository sessions, Therapists therapists, Outbox outbox, AuditTrail audit) {
        this.flags = flags;
        this.access = access;
        this.locations = locations;
        this.sessions = sessions;
        this.therapists = therapists;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** A clinician's screen: the flag, its outbox event and its audit entry commit together, or none of them. */
    @WithTransaction
    public Uni<RedFlagResponse> raise(Caller caller, UUID clientId, NewRedFlag request) {
        List<Finding> findings = List.copyOf(new LinkedHashSet<>(request.findings()));
        return access.require(caller, clientId, Need.CLINICAL_WRITE)
                .flatMap(grant -> locations.findInTenant(caller.tenant(), request.locationId()))
                .onItem().ifNull().failWith(() -> ProblemException.validation("locationId",
                        "no such location in this chain"))
                .flatMap(location -> {
                    ClinicalAccess.requireActsAt(caller, location.code);
                    return session(caller, clientId, request.sessionId())
                            .flatMap(session -> therapists.caller(caller).flatMap(me -> {
                                TherapistRef treating = me.known() || session == null ? me
                                        : new TherapistRef(session.therapistId, session.therapistUserId);
                                return raise(caller, clientId, RedFlagSource.SCREEN, findings, request.notes(),
                                        location, session == null ? null : session.id, treating);
                            }));
                })
                .map(RedFlagResponse::of);
    }

    /**
     * Flags from an intake's answers, inside the intake's transaction: at the location of the client's next (else
     * latest) session, else their preferred one; without any, the flag waits for the client's first session.
     */
    public Uni<RedFlag> raiseFromIntake(Caller caller, UUID clientId, List<Finding> findings,
                                        UUID preferredLocationId) {
        Instant now = Instants.now();
        return sessions.currentFor(caller.tenant(), clientId, now).flatMap(current -> {
            Uni<KnownLocation> location = current != null
                    ? locations.findInTenant(caller.tenant(), current.locationId)
                    : preferredLocationId != null ? locations.findInTenant(caller.tenant(), preferredLocationId)
                    : Uni.createFrom().nullItem();
            return location.flatMap(where -> therapists.treating(caller, clientId, now)
                    .flatMap(treating -> raise(caller, clientId, RedFlagSource.INTAKE, findings, null, where,
                            null, treating)));
        });
    }

    /** The findings that no open flag of the client already names: what a new intake adds. */
    public Uni<List<Finding>> notYetFlagged(String tenant, UUID clientId, List<Finding> findings) {
        return flags.open(tenant, clientId).map(open -> {
            List<Finding> fresh = new ArrayList<>(findings);
            open.forEach(flag -> fresh.removeAll(flag.findings));
            return fresh;
        });
    }

    private Uni<RedFlag> raise(Caller caller, UUID clientId, RedFlagSource source, List<Finding> findings,
                               String notes, KnownLocation location, UUID sessionId, TherapistRef treating) {
        RedFlag flag = new RedFlag();
        flag.id = UUID.randomUUID();
        flag.tenant = caller.tenant();
        flag.clientId = clientId;
        flag.locationId = location == null ? null : location.id;
        flag.locationCode = location == null ? null : location.code;
        flag.therapistId = treating.therapistId();
        flag.therapistUserId = treating.therapistUserId();
        flag.sessionId = sessionId;
        flag.findings = findings;
        flag.severity = RedFlagRules.severity(findings);
        flag.notes = notes;
        flag.source = source;
        flag.status = RedFlagStatus.OPEN;
        flag.raisedBy = caller.userId();
        flag.raisedAt = Instants.now();
        return flags.persist(flag)
                .call(saved -> saved.locationId == null ? logWaiting(saved) : announce(saved))
                .call(saved -> audit.record(caller, Action.CREATE, clientId, "red-flag/" + saved.id,
                        saved.locationCode));
    }

    private static Uni<Void> logWaiting(RedFlag flag) {
        Log.infof("Red flag %s waits for a location of its client before it is announced", flag.id);
        return Uni.createFrom().voidItem();
    }

    /** Announces, in the current transaction, the open flags of a client that waited for a location. */
    public Uni<Void> announceWaiting(KnownSession session) {
        return flags.unpublished(session.tenant, session.clientId).flatMap(waiting -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RedFlag flag : waiting) {
                chain = chain.chain(() -> {
                    flag.locationId = session.locationId;
                    flag.locationCode = session.locationCode;
                    if (flag.therapistId == null) {
                        flag.therapistId = session.therapistId;
                        flag.therapistUserId = session.therapistUserId;
                    }
                    return announce(flag);
                });
            }
            return chain;
        });
    }

    private Uni<Void> announce(RedFlag flag) {
        flag.publishedAt = Instants.now();
        return outbox.append(OutgoingEvent.of(new RedFlagRaised(flag.id, flag.clientId, flag.locationId,
                flag.locationCode, flag.therapistId, flag.therapistUserId, flag.sessionId, flag.findings,
                flag.severity, flag.raisedBy, flag.raisedAt), flag.tenant));
    }

    /** Clears an open flag with the referral's outcome and announces it; clearing twice is a 409. */
    @WithTransaction
    public Uni<RedFlagResponse> clear(Caller caller, UUID clientId, UUID flagId, ClearRedFlag request) {
        return access.require(caller, clientId, Need.CLINICAL_WRITE)
                .flatMap(grant -> flags.findForClient(caller.tenant(), clientId, flagId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Red flag", flagId))
                .flatMap(flag -> {
                    if (flag.locationCode != null) {
                        ClinicalAccess.requireActsAt(caller, flag.locationCode);
                    }
                    if (flag.status == RedFlagStatus.CLEARED) {
                        throw ProblemException.conflict("This red flag is already cleared",
                                new FieldError("status", "already CLEARED"));
                    }
                    flag.status = RedFlagStatus.CLEARED;
                    flag.clearance = request.clearance();
                    flag.outcome = request.outcome();
                    flag.clearedBy = caller.userId();
                    flag.clearedAt = Instants.now();
                    Uni<Void> announced = flag.publishedAt == null ? Uni.createFrom().voidItem()
                            : outbox.append(OutgoingEvent.of(new RedFlagCleared(flag.id, flag.clientId,
                                    flag.locationId, flag.locationCode, flag.therapistUserId, flag.clearance,
                                    flag.clearedBy, flag.clearedAt), flag.tenant));
                    return announced.chain(flags::flush)
                            .chain(() -> audit.record(caller, Action.CLEAR, clientId, "red-flag/" + flag.id,
                                    flag.locationCode))
                            .replaceWith(flag);
                })
                .map(RedFlagResponse::of);
    }

    @WithTransaction
    public Uni<Page<RedFlagResponse>> list(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        return access.require(caller, clientId, Need.CLINICAL_READ)
                .flatMap(grant -> flags.page(caller.tenant(), clientId, cursor, limit + 1))
                .map(rows -> Page.of(rows, limit, RedFlagResponse::of, f -> Cursor.after(f.raisedAt, f.id)))
                .call(() -> audit.record(caller, Action.READ, clientId, "red-flags", null));
    }

    @WithTransaction
    public Uni<RedFlagResponse> get(Caller caller, UUID clientId, UUID flagId) {
        return access.require(caller, clientId, Need.CLINICAL_READ)
                .flatMap(grant -> flags.findForClient(caller.tenant(), clientId, flagId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Red flag", flagId))
                .call(flag -> audit.record(caller, Action.READ, clientId, "red-flag/" + flag.id, flag.locationCode))
                .map(RedFlagResponse::of);
    }

    private Uni<KnownSession> session(Caller caller, UUID clientId, UUID sessionId) {
        if (sessionId == null) {
            return Uni.createFrom().nullItem();
        }
        return sessions.findInTenant(caller.tenant(), sessionId).map(session -> {
            if (session == null || !session.clientId.equals(clientId)) {
                throw ProblemException.validation("sessionId", "no such session of this client");
            }
            return session;
        });
    }
}
