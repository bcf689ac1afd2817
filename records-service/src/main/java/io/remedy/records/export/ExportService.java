package io.remedy.records.export;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.platform.caller.Caller;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.assessment.AssessmentRepository;
import io.remedy.records.assessment.AssessmentService;
import io.remedy.records.assessment.AssessmentView.AssessmentResponse;
import io.remedy.records.audit.AuditRepository;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditView.AuditEntryResponse;
import io.remedy.records.client.ClientHeader;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.consent.ConsentRepository;
import io.remedy.records.consent.ConsentView.ConsentResponse;
import io.remedy.records.export.ExportView.ClinicalRecordExport;
import io.remedy.records.export.ExportView.ExportedClient;
import io.remedy.records.export.ExportView.ExportedNote;
import io.remedy.records.export.ExportView.ExportedPlan;
import io.remedy.records.export.ExportView.ExportedSession;
import io.remedy.records.intake.IntakeRepository;
import io.remedy.records.intake.IntakeService;
import io.remedy.records.intake.IntakeView.IntakeResponse;
import io.remedy.records.note.NoteAmendment;
import io.remedy.records.note.NoteAmendmentRepository;
import io.remedy.records.note.NoteService;
import io.remedy.records.note.NoteView.AmendmentResponse;
import io.remedy.records.note.SessionNote;
import io.remedy.records.note.SessionNoteRepository;
import io.remedy.records.plan.PlanContent;
import io.remedy.records.plan.PlanRepository;
import io.remedy.records.plan.PlanVersionRepository;
import io.remedy.records.plan.PlanView.PlanResponse;
import io.remedy.records.plan.PlanView.PlanVersionResponse;
import io.remedy.records.plan.TreatmentPlan;
import io.remedy.records.redflag.RedFlagRepository;
import io.remedy.records.redflag.RedFlagView.RedFlagResponse;
import io.remedy.records.session.KnownSessionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The whole clinical record of a client as one JSON document: for the client themself (their right of access) or
 * a chain admin. The export is audited like any read.
 */
@ApplicationScoped
public class ExportService {

    private final ClinicalAccess access;
    private final IntakeRepository intakes;
    private final IntakeService intakeViews;
    private final ConsentRepository consents;
    private final RedFlagRepository redFlags;
    private final AssessmentRepository assessments;
    private final AssessmentService assessmentViews;
    private final PlanRepository plans;
    private final PlanVersionRepository planVersions;
    private final SessionNoteRepository notes;
    private final NoteAmendmentRepository amendments;
    private final NoteService noteViews;
    private final KnownSessionRepository sessions;
    private final AuditRepository auditEntries;
    private final AuditTrail audit;
    private final JsonText json;

    public ExportService(ClinicalAccess access, IntakeRepository intakes, IntakeService intakeViews,
                         ConsentRepository consents, RedFlagRepository redFlags, AssessmentRepository assessments,
                         AssessmentService assessmentViews, PlanRepository plans, PlanVersionRepository planVersions,
                         SessionNoteRepository notes, NoteAmendmentRepository amendments, NoteService noteViews,
                         KnownSessionRepository sessions, AuditRepository auditEntries, AuditTrail audit,
                         JsonText json) {
        this.access = access;
        this.intakes = intakes;
        this.intakeViews = intakeViews;
        this.consents = consents;
        this.redFlags = redFlags;
        this.assessments = assessments;
        this.assessmentViews = assessmentViews;
        this.plans = plans;
        this.planVersions = planVersions;
        this.notes = notes;
        this.amendments = amendments;
        this.noteViews = noteViews;
        this.sessions = sessions;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<ClinicalRecordExport> export(Caller caller, UUID clientId) {
        String tenant = caller.tenant();
        Collected record = new Collected();
        return access.require(caller, clientId, Need.SUBJECT_ACCESS)
                .invoke(grant -> record.client = grant.client())
                // the export's own entry first, so the document shows this export too
                .call(() -> audit.record(caller, Action.EXPORT, clientId, "export", null))
                .chain(() -> intakes.all(tenant, clientId))
                .invoke(all -> all.forEach(v -> record.intake.add(intakeViews.view(v))))
                .chain(() -> consents.all(tenant, clientId))
                .invoke(all -> all.forEach(c -> record.consents.add(ConsentResponse.of(c))))
                .chain(() -> redFlags.all(tenant, clientId))
                .invoke(all -> all.forEach(f -> record.redFlags.add(RedFlagResponse.of(f))))
                .chain(() -> assessments.all(tenant, clientId))
                .invoke(all -> all.forEach(a -> record.assessments.add(assessmentViews.view(a))))
                .chain(() -> plans.all(tenant, clientId))
                .chain(all -> plansWithVersions(tenant, all, record))
                .chain(() -> notes.forClient(tenant, clientId))
                .chain(all -> notesWithAmendments(tenant, clientId, all, record))
                .chain(() -> sessions.forClient(tenant, clientId))
                .invoke(all -> all.forEach(s -> record.sessions.add(new ExportedSession(s.id, s.locationId,
                        s.locationCode, s.therapistId, s.startsAt, s.endsAt, s.status.name()))))
                .chain(() -> auditEntries.all(tenant, clientId))
                .invoke(all -> all.forEach(e -> record.audit.add(AuditEntryResponse.of(e))))
                .map(done -> record.document());
    }

    private Uni<Void> plansWithVersions(String tenant, List<TreatmentPlan> all, Collected record) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TreatmentPlan plan : all) {
            chain = chain.chain(() -> planVersions.all(tenant, plan.id).invoke(versions -> record.plans.add(
                    new ExportedPlan(PlanResponse.of(plan, json.read(plan.content, PlanContent.class)),
                            versions.stream().map(v -> PlanVersionResponse.of(json.read(v.snapshot,
                                    PlanUpdated.class))).toList()))).replaceWithVoid());
        }
        return chain;
    }

    private Uni<Void> notesWithAmendments(String tenant, UUID clientId, List<SessionNote> all, Collected record) {
        return amendments.forClient(tenant, clientId).invoke(every -> {
            for (SessionNote note : all) {
                List<AmendmentResponse> own = new ArrayList<>();
                for (NoteAmendment amendment : every) {
                    if (amendment.noteId.equals(note.id)) {
                        own.add(AmendmentResponse.of(amendment));
                    }
                }
                record.notes.add(new ExportedNote(noteViews.view(note), own));
            }
        }).replaceWithVoid();
    }

    /** The parts of the record as they are read, one after the other on the same session. */
    private static final class Collected {
        ClientHeader client;
        final List<IntakeResponse> intake = new ArrayList<>();
        final List<ConsentResponse> consents = new ArrayList<>();
        final List<RedFlagResponse> redFlags = new ArrayList<>();
        final List<AssessmentResponse> assessments = new ArrayList<>();
        final List<ExportedPlan> plans = new ArrayList<>();
        final List<ExportedNote> notes = new ArrayList<>();
        final List<ExportedSession> sessions = new ArrayList<>();
        final List<AuditEntryResponse> audit = new ArrayList<>();

        ClinicalRecordExport document() {
            ExportedClient who = new ExportedClient(client.id, client.givenName, client.familyName, client.email,
                    client.phone, client.preferredLanguage, client.preferredLocationId, client.erasedAt,
                    client.retainedAfterErasure);
            return new ClinicalRecordExport(Instants.now(), who, intake, consents, redFlags, assessments, plans,
                    notes, sessions, audit);
        }
    }
}
