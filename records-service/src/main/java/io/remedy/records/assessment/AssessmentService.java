package io.remedy.records.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.AssessmentRecorded;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.assessment.AssessmentView.AssessmentResponse;
import io.remedy.records.assessment.AssessmentView.ClinicalTest;
import io.remedy.records.assessment.AssessmentView.NewAssessment;
import io.remedy.records.assessment.AssessmentView.OdiResult;
import io.remedy.records.assessment.AssessmentView.RangeOfMotion;
import io.remedy.records.assessment.AssessmentView.TriggerPoint;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.consent.ConsentGate;
import io.remedy.records.plan.PlanRepository;
import io.remedy.records.session.KnownLocationRepository;
import io.remedy.records.session.KnownSessionRepository;
import io.remedy.records.session.Therapists;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Outcome assessments: NRS, ODI (scored here, with its band), range of motion, tests and trigger points, by the
 * client's treating therapist with a current treatment consent. Publishes {@code assessment.recorded} (figures
 * only) in the same transaction.
 */
@ApplicationScoped
public class AssessmentService {

    private static final TypeReference<List<Integer>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<List<ClinicalTest>> TESTS = new TypeReference<>() {
    };
    private static final TypeReference<List<TriggerPoint>> TRIGGER_POINTS = new TypeReference<>() {
    };
    /** Clock difference tolerated between a tablet and the server for {@code assessedAt}. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AssessmentRepository assessments;
    private final ClinicalAccess access;
    private final ConsentGate consent;
    private final KnownLocationRepository locations;
    private final KnownSessionRepository sessions;
    private final Therapists therapists;
    private final PlanRepository plans;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final JsonText json;

    public AssessmentService(AssessmentRepository assessments, ClinicalAccess access, ConsentGate consent,
                             KnownLocationRepository locations, KnownSessionRepository sessions,
                             Therapists therapists, PlanRepository plans, Outbox outbox, AuditTrail audit,
                             JsonText json) {
        this.assessments = assessments;
        this.access = access;
        this.consent = consent;
        this.locations = locations;
        this.sessions = sessions;
        this.therapists = therapists;
        this.plans = plans;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<AssessmentResponse> record(Caller caller, UUID clientId, NewAssessment request) {
        Odi odi;
        try {
            odi = request.odiAnswers() == null ? null : Odi.score(request.odiAnswers());
        } catch (InvalidMeasure invalid) {
            return Uni.createFrom().failure(ProblemException.validation(invalid.field(), invalid.reason()));
        }
        Instant now = Instants.now();
        Instant assessedAt = request.assessedAt() == null ? now
                : request.assessedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (assessedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Uni.createFrom().failure(ProblemException.validation("assessedAt", "must not be in the future"));
        }
        return access.require(caller, clientId, Need.CLINICAL_WRITE)
                .call(grant -> consent.requireTreatmentConsent(caller.tenant(), clientId))
                .flatMap(grant -> locations.findInTenant(caller.tenant(), request.locationId()))
                .onItem().ifNull().failWith(() -> ProblemException.validation("locationId",
                        "no such location in this chain"))
                .invoke(location -> ClinicalAccess.requireActsAt(caller, location.code))
                .call(location -> requireSession(caller, clientId, request.sessionId()))
                .flatMap(location -> therapistId(caller).flatMap(therapistId -> assessments.any(caller.tenant(),
                        clientId).flatMap(earlier -> {
                            Assessment assessment = new Assessment();
                            assessment.id = UUID.randomUUID();
                            assessment.tenant = caller.tenant();
                            assessment.clientId = clientId;
                            assessment.locationId = location.id;
                            assessment.sessionId = request.sessionId();
                            assessment.therapistId = therapistId;
                            assessment.therapistUserId = caller.userId();
                            assessment.assessedAt = assessedAt;
                            assessment.nrs = request.nrs();
                            assessment.odiAnswers = json.write(request.odiAnswers());
                            if (odi != null) {
                                assessment.odiScore = BigDecimal.valueOf(odi.score());
                                assessment.odiBand = odi.band();
                                assessment.odiAnswered = odi.answered();
                            }
                            assessment.rangeOfMotion = json.write(request.rom());
                            assessment.tests = json.write(request.tests());
                            assessment.triggerPoints = json.write(request.triggerPoints());
                            assessment.notes = request.notes();
                            assessment.baseline = !earlier;
                            assessment.recordedAt = now;
                            return assessments.persist(assessment)
                                    .call(saved -> outbox.append(OutgoingEvent.of(announcement(saved),
                                            caller.tenant())))
                                    .call(saved -> audit.record(caller, Action.CREATE, clientId,
                                            "assessment/" + saved.id, location.code));
                        })))
                .map(this::view);
    }

    @WithTransaction
    public Uni<Page<AssessmentResponse>> list(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        return access.require(caller, clientId, Need.CLINICAL_READ)
                .flatMap(grant -> assessments.page(caller.tenant(), clientId, cursor, limit + 1))
                .map(rows -> Page.of(rows, limit, this::view, a -> Cursor.after(a.assessedAt, a.id)))
                .call(() -> audit.record(caller, Action.READ, clientId, "assessments", null));
    }

    @WithTransaction
    public Uni<AssessmentResponse> get(Caller caller, UUID clientId, UUID assessmentId) {
        return access.require(caller, clientId, Need.CLINICAL_READ)
                .flatMap(grant -> assessments.findForClient(caller.tenant(), clientId, assessmentId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Assessment", assessmentId))
                .call(found -> locations.codeOf(caller.tenant(), found.locationId).chain(code ->
                        audit.record(caller, Action.READ, clientId, "assessment/" + found.id, code)))
                .map(this::view);
    }

    /** An assessment as the API shows it. */
    public AssessmentResponse view(Assessment a) {
        OdiResult odi = a.odiScore == null ? null
                : new OdiResult(a.odiScore.doubleValue(), a.odiBand, a.odiAnswered);
        return new AssessmentResponse(a.id, a.clientId, a.locationId, a.sessionId, a.therapistId, a.assessedAt,
                a.nrs, json.read(a.odiAnswers, ANSWERS), odi, json.read(a.rangeOfMotion, RangeOfMotion.class),
                json.read(a.tests, TESTS), json.read(a.triggerPoints, TRIGGER_POINTS), a.notes, a.baseline,
                a.therapistUserId, a.recordedAt);
    }

    static AssessmentRecorded announcement(Assessment a) {
        return new AssessmentRecorded(a.id, a.clientId, a.therapistId, a.locationId, a.sessionId, a.assessedAt,
                a.baseline, a.nrs, a.odiScore == null ? null : a.odiScore.doubleValue(), a.odiBand, a.odiAnswered);
    }

    private Uni<Void> requireSession(Caller caller, UUID clientId, UUID sessionId) {
        if (sessionId == null) {
            return Uni.createFrom().voidItem();
        }
        return sessions.findInTenant(caller.tenant(), sessionId).map(session -> {
            if (session == null || !session.clientId.equals(clientId)) {
                throw ProblemException.validation("sessionId", "no such session of this client");
            }
            return null;
        });
    }

    /** The assessing therapist's record: from their sessions, else from a plan they hold. */
    private Uni<UUID> therapistId(Caller caller) {
        return therapists.caller(caller).flatMap(me -> me.known() ? Uni.createFrom().item(me.therapistId())
                : plans.therapistIdOf(caller.tenant(), caller.userId()))
                .map(id -> {
                    if (id == null) {
                        throw ProblemException.conflict("Records does not know your therapist record yet");
                    }
                    return id;
                });
    }
}
