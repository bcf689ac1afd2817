package io.remedy.records.plan;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.PlanSeriesSet;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.PlanUpdated.Status;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.consent.ConsentGate;
import io.remedy.records.plan.PlanView.NewPlan;
import io.remedy.records.plan.PlanView.PlanChange;
import io.remedy.records.plan.PlanView.PlanResponse;
import io.remedy.records.session.KnownLocationRepository;
import io.remedy.records.session.TherapistRef;
import io.remedy.records.session.Therapists;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Writing treatment plans: by the client's treating therapist with a current treatment consent. Every change is a new
 * version (who, when, why) and publishes {@code plan.updated} with the whole plan, in the same transaction. Reading
 * them is {@link PlanService}'.
 */
@ApplicationScoped
public class PlanChanges {

    /** Why a first version is made, when the request does not say. */
    static final String INITIAL_PLAN = "INITIAL_PLAN";

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final ClinicalAccess access;
    private final ConsentGate consent;
    private final KnownLocationRepository locations;
    private final Therapists therapists;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final JsonText json;

    public PlanChanges(PlanRepository plans, PlanVersionRepository versions, ClinicalAccess access,
                       ConsentGate consent, KnownLocationRepository locations, Therapists therapists, Outbox outbox,
                       AuditTrail audit, JsonText json) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
        this.consent = consent;
        this.locations = locations;
        this.therapists = therapists;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<PlanResponse> create(Caller caller, UUID clientId, NewPlan request) {
        PlanContent content = PlanContent.of(request.phases(), request.techniques(), request.regions(),
                request.homework());
        return access.require(caller, clientId, Need.CLINICAL_WRITE)
                .call(grant -> consent.requireTreatmentConsent(caller.tenant(), clientId))
                .call(grant -> requireLocation(caller, request.locationId()))
                .flatMap(grant -> therapist(caller, request.therapistId(), null))
                .flatMap(treating -> {
                    Instant now = Instants.now();
                    TreatmentPlan plan = new TreatmentPlan();
                    plan.id = UUID.randomUUID();
                    plan.tenant = caller.tenant();
                    plan.clientId = clientId;
                    plan.therapistId = treating.therapistId();
                    plan.therapistUserId = treating.therapistUserId();
                    plan.locationId = request.locationId();
                    plan.serviceId = request.serviceId();
                    plan.status = Status.ACTIVE;
                    plan.planVersion = 1;
                    plan.content = json.write(content);
                    plan.reviewDate = request.reviewDate();
                    plan.createdAt = now;
                    plan.updatedAt = now;
                    plan.changedBy = caller.userId();
                    plan.changeReason = request.changeReason() == null ? INITIAL_PLAN : request.changeReason();
                    return plans.persist(plan)
                            .call(saved -> newVersion(caller, saved, content, Action.CREATE))
                            .map(saved -> PlanResponse.of(saved, content));
                });
    }

    /** Replaces the plan with a new version; {@code If-Match} must name the current version (428, 412). */
    @WithTransaction
    public Uni<PlanResponse> change(Caller caller, UUID clientId, UUID planId, String ifMatch, PlanChange request) {
        PlanContent content = PlanContent.of(request.phases(), request.techniques(), request.regions(),
                request.homework());
        return access.require(caller, clientId, Need.CLINICAL_WRITE)
                .flatMap(grant -> plans.findForClient(caller.tenant(), clientId, planId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Treatment plan", planId))
                .invoke(plan -> IfMatch.require(ifMatch, plan.planVersion))
                .call(plan -> consent.requireTreatmentConsent(caller.tenant(), clientId))
                .call(plan -> requireLocation(caller, request.locationId()))
                .flatMap(plan -> therapist(caller, request.therapistId(),
                        new TherapistRef(plan.therapistId, plan.therapistUserId))
                        .flatMap(treating -> {
                            plan.therapistId = treating.therapistId();
                            plan.therapistUserId = treating.therapistUserId();
                            plan.locationId = request.locationId();
                            plan.serviceId = request.serviceId();
                            plan.status = request.status();
                            plan.planVersion = plan.planVersion + 1;
                            plan.content = json.write(content);
                            plan.reviewDate = request.reviewDate();
                            plan.updatedAt = Instants.now();
                            plan.changedBy = caller.userId();
                            plan.changeReason = request.changeReason();
                            // the plan's row first: a concurrent change then fails on its version (412)
                            return plans.flush()
                                    .chain(() -> newVersion(caller, plan, content, Action.UPDATE))
                                    .map(done -> PlanResponse.of(plan, content));
                        }));
    }

    /** The whole plan as {@code plan.updated} announces it. */
    static PlanUpdated announcement(TreatmentPlan plan, PlanContent content) {
        return new PlanUpdated(plan.id, plan.planVersion, plan.status, plan.clientId, plan.therapistId,
                plan.therapistUserId, plan.locationId, plan.serviceId, content.phases(), content.techniques(),
                content.regions(), content.homework(), plan.reviewDate, plan.changedBy, plan.updatedAt,
                plan.changeReason);
    }

    /**
     * The version as the plan event carries it: what booking (series proposals) and notification (homework) act on.
     * The therapist's login id, optional in {@code .v1} and used by no consumer, stays home (docs/events.md, "Plan
     * events: what travels").
     */
    static PlanUpdated published(PlanUpdated whole) {
        return new PlanUpdated(whole.planId(), whole.version(), whole.status(), whole.clientId(), whole.therapistId(),
                null, whole.locationId(), whole.serviceId(), whole.phases(), whole.techniques(), whole.regions(),
                whole.homework(), whole.reviewDate(), whole.changedBy(), whole.changedAt(), whole.changeReason());
    }

    private Uni<Void> newVersion(Caller caller, TreatmentPlan plan, PlanContent content, Action action) {
        PlanUpdated whole = announcement(plan, content);
        PlanVersion version = new PlanVersion();
        version.id = UUID.randomUUID();
        version.tenant = plan.tenant;
        version.planId = plan.id;
        version.version = plan.planVersion;
        version.snapshot = json.write(whole);
        version.changedBy = plan.changedBy;
        version.changedAt = plan.updatedAt;
        version.changeReason = plan.changeReason;
        return versions.persist(version)
                .chain(() -> outbox.append(OutgoingEvent.of(published(whole), plan.tenant)))
                // the series alone, for billing, which sells it as a package and needs nothing clinical
                .chain(() -> outbox.append(OutgoingEvent.of(PlanSeriesSet.of(whole), plan.tenant)))
                .chain(() -> locations.codeOf(plan.tenant, plan.locationId))
                .chain(code -> audit.record(caller, action, plan.clientId,
                        "plan/" + plan.id + "/v" + plan.planVersion, code));
    }

    /** The plan's location: one of the chain's (400), and one the caller may act at (403). */
    private Uni<Void> requireLocation(Caller caller, UUID locationId) {
        return locations.findInTenant(caller.tenant(), locationId).map(location -> {
            if (location == null) {
                throw ProblemException.validation("locationId", "no such location in this chain");
            }
            ClinicalAccess.requireActsAt(caller, location.code);
            return null;
        });
    }

    /** The plan's therapist: the one named, else the current one, else the calling therapist. */
    private Uni<TherapistRef> therapist(Caller caller, UUID requested, TherapistRef current) {
        if (requested != null) {
            if (current != null && requested.equals(current.therapistId())) {
                return Uni.createFrom().item(current);
            }
            return therapists.byId(caller.tenant(), requested).map(found -> {
                if (found == null) {
                    throw ProblemException.validation("therapistId", "no such therapist has sessions in this chain");
                }
                return found;
            });
        }
        if (current != null) {
            return Uni.createFrom().item(current);
        }
        return therapists.caller(caller).flatMap(me -> me.known() ? Uni.createFrom().item(me)
                : plans.therapistIdOf(caller.tenant(), caller.userId()).map(id -> {
                    if (id == null) {
                        throw ProblemException.validation("therapistId", "name the treating therapist");
                    }
                    return new TherapistRef(id, caller.userId());
                }));
    }
}
