package io.remedy.records.note;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API records of session notes. */
public final class NoteView {

    private NoteView() {
    }

    /** A session note as the API shows it. */
    @Schema(name = "SessionNote")
    public record NoteResponse(UUID id, UUID sessionId, UUID clientId, UUID locationId, UUID therapistId,
                               Instant sessionStartsAt, NoteStatus status, String subjective, String objective,
                               String assessment, String plan, Instant signedAt, long version) {
        static NoteResponse of(SessionNote note) {
            return new NoteResponse(note.id, note.sessionId, note.clientId, note.locationId, note.therapistId,
                    note.sessionStartsAt, note.status, note.subjective, note.objective, note.assessment, note.plan,
                    note.signedAt, note.version);
        }
    }
}
