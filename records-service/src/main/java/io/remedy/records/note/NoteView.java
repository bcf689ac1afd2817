package io.remedy.records.note;

import io.remedy.contracts.records.PlanUpdated.Technique;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API records of session notes. */
public final class NoteView {

    private NoteView() {
    }

    /** The SOAP note of a completed session as its therapist writes it; the whole draft each time. */
    @Schema(name = "SessionNoteDraft")
    public record NoteDraft(
            @Schema(description = "S: what the client reports", examples = "Pain 5/10 after a week of night shifts")
            @Size(max = 8000) String subjective,
            @Schema(description = "O: what the therapist found", examples = "Tight left QL and gluteus medius")
            @Size(max = 8000) String objective,
            @Schema(description = "A: the therapist's assessment") @Size(max = 8000) String assessment,
            @Schema(description = "P: the plan from here") @Size(max = 8000) String plan,
            @Schema(description = "Techniques used") @Size(max = 11) List<@NotNull Technique> techniques,
            @Schema(description = "GENTLE, LIGHT, MODERATE or FIRM") Pressure pressure,
            @Schema(description = "Regions treated, in order", examples = "[\"GLUTEALS\", \"QUADRATUS_LUMBORUM\"]")
            @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code") String> regions,
            @Schema(description = "How the client responded") @Size(max = 4000) String clientResponse,
            @Schema(description = "Soreness advice given", examples = "Some soreness for 24-48 h is expected and settles")
            @Size(max = 2000) String sorenessAdvice,
            @Schema(description = "Homework given", examples = "[\"Knee-to-chest stretch\"]")
            @Size(max = 30) List<@NotBlank @Size(max = 200) String> homeworkGiven) {
    }

    /** A later change to a signed note. */
    @Schema(name = "NewNoteAmendment")
    public record NewAmendment(
            @Schema(examples = "Wrong side recorded") @NotBlank @Size(max = 500) String reason,
            @Schema(examples = "Objective: tight RIGHT quadratus lumborum, not left") @NotBlank @Size(max = 8000) String text) {
    }

    /** An amendment as the API shows it. */
    @Schema(name = "NoteAmendment")
    public record AmendmentResponse(UUID id, UUID noteId, String reason, String text, String amendedBy,
                                    Instant amendedAt) {

        public static AmendmentResponse of(NoteAmendment amendment) {
            return new AmendmentResponse(amendment.id, amendment.noteId, amendment.reason, amendment.text,
                    amendment.amendedBy, amendment.amendedAt);
        }
    }

    /** A session note as the API shows it; its {@code version} is the ETag a draft's If-Match names. */
    @Schema(name = "SessionNote")
    public record NoteResponse(UUID id, UUID sessionId, UUID clientId, UUID locationId, UUID therapistId,
                               Instant sessionStartsAt, NoteStatus status, String subjective, String objective,
                               String assessment, String plan, Instant signedAt, long version,
                               List<Technique> techniques, Pressure pressure, List<String> regions,
                               String clientResponse, String sorenessAdvice, List<String> homeworkGiven,
                               String signedBy,
                               @Schema(description = "When the session was completed; the note is writable from then")
                               Instant sessionCompletedAt,
                               @Schema(description = "When the note is due (24 h after completion)") Instant dueAt,
                               @Schema(description = "True when still unsigned after its due time") boolean overdue) {
    }

    /** An overdue note, for managers: which session, whose, where, since when; no clinical content. */
    @Schema(name = "OverdueNote")
    public record OverdueNoteResponse(UUID noteId, UUID sessionId, UUID clientId, UUID therapistId,
                                      String therapistUserId, UUID locationId, String locationCode,
                                      Instant sessionStartsAt, Instant dueAt, NoteStatus status) {

        public static OverdueNoteResponse of(SessionNote note) {
            return new OverdueNoteResponse(note.id, note.sessionId, note.clientId, note.therapistId,
                    note.therapistUserId, note.locationId, note.locationCode, note.sessionStartsAt, note.dueAt,
                    note.status);
        }
    }
}
