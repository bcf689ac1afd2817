package io.remedy.records.export;

import io.remedy.records.assessment.AssessmentView.AssessmentResponse;
import io.remedy.records.audit.AuditView.AuditEntryResponse;
import io.remedy.records.consent.ConsentView.ConsentResponse;
import io.remedy.records.intake.IntakeView.IntakeResponse;
import io.remedy.records.note.NoteView.AmendmentResponse;
import io.remedy.records.note.NoteView.NoteResponse;
import io.remedy.records.plan.PlanView.PlanResponse;
import io.remedy.records.plan.PlanView.PlanVersionResponse;
import io.remedy.records.redflag.RedFlagView.RedFlagResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API records of the export of a client's whole clinical record. */
public final class ExportView {

    private ExportView() {
    }

    /** Who the client is, as records knows them; emptied on erasure. */
    @Schema(name = "ExportedClient")
    public record ExportedClient(UUID clientId, String givenName, String familyName, String email, String phone,
                                 String preferredLanguage, UUID preferredLocationId, Instant erasedAt,
                                 @Schema(description = "True when the personal data was erased and the clinical "
                                         + "record is kept, anonymised, for retention")
                                 boolean retainedAfterErasure) {
    }

    /** A session of the client, as booking announced it. */
    @Schema(name = "ExportedSession")
    public record ExportedSession(UUID sessionId, UUID locationId, String locationCode, UUID therapistId,
                                  Instant startsAt, Instant endsAt, String status) {
    }

    /** A plan with every one of its versions. */
    @Schema(name = "ExportedPlan")
    public record ExportedPlan(PlanResponse plan, List<PlanVersionResponse> versions) {
    }

    /** A session note with its amendments. */
    @Schema(name = "ExportedNote")
    public record ExportedNote(NoteResponse note, List<AmendmentResponse> amendments) {
    }

    /** The client's whole clinical record, as one document. */
    @Schema(name = "ClinicalRecordExport")
    public record ClinicalRecordExport(Instant exportedAt, ExportedClient client,
                                       @Schema(description = "Every intake version, oldest first")
                                       List<IntakeResponse> intake,
                                       List<ConsentResponse> consents, List<RedFlagResponse> redFlags,
                                       List<AssessmentResponse> assessments, List<ExportedPlan> plans,
                                       List<ExportedNote> notes, List<ExportedSession> sessions,
                                       @Schema(description = "Who read or changed the record, oldest first")
                                       List<AuditEntryResponse> audit) {
    }
}
