package io.remedy.records.note;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.audit.AuditTrail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Who writes a note (its treating therapist) and who reads it, for the notes' and the amendments' use cases. */
@ApplicationScoped
class NoteAccess {

    private final SessionNoteRepository notes;
    private final ClinicalAccess access;
    private final AuditTrail audit;

    NoteAccess(SessionNoteRepository notes, ClinicalAccess access, AuditTrail audit) {
        this.notes = notes;
        this.access = access;
        this.audit = audit;
    }

    /** The caller's own note of the session (the one they treat in): 403 for anyone else, 404 if none. */
    Uni<SessionNote> ownNote(Caller caller, UUID sessionId, UUID noteId) {
        if (!caller.hasRole(Caller.THERAPIST)) {
            return Uni.createFrom().failure(ProblemException.forbidden(
                    "Only the treating therapist writes and signs a session note"));
        }
        Uni<SessionNote> found = noteId == null ? notes.dueFor(caller.tenant(), sessionId)
                : notes.findInSession(caller.tenant(), sessionId, noteId);
        return found.onItem().ifNull().failWith(() -> ProblemException.notFound(noteId == null
                        ? "Session " + sessionId + " has no note" : "Session note " + noteId + " not found"))
                .invoke(note -> {
                    if (!caller.userId().equals(note.therapistUserId)) {
                        throw ProblemException.forbidden("Only the session's treating therapist writes and signs its note");
                    }
                });
    }

    /** Who reads a note: its therapist, the client's other treating therapists, admins, the location's managers. */
    Uni<Void> requireRead(Caller caller, SessionNote note) {
        boolean granted = caller.hasRole(Caller.CHAIN_ADMIN)
                || (caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(note.locationCode))
                || (caller.hasRole(Caller.THERAPIST) && caller.userId().equals(note.therapistUserId));
        if (granted) {
            return Uni.createFrom().voidItem();
        }
        return access.treats(caller, note.clientId).flatMap(treats -> treats ? Uni.createFrom().voidItem()
                : audit.refusal(caller, note.clientId).chain(() -> Uni.createFrom().failure(ProblemException.forbidden(
                        "Only the client's therapists and the chain's managers read these notes"))));
    }
}
