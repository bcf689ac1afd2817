package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.note.NoteView.NoteResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Session notes: one falls due for the treating therapist when a session is booked. Notes are clinical: the
 * treating therapist and the chain's managers read them, receptionists and clients never; every read is audited.
 */
@ApplicationScoped
public class NoteService {

    private final SessionNoteRepository notes;
    private final AuditTrail audit;

    public NoteService(SessionNoteRepository notes, AuditTrail audit) {
        this.notes = notes;
        this.audit = audit;
    }

    /** Opens the due note of a booked session; a note that already exists is left as it is. */
    public Uni<Void> openDue(DueNote due) {
        return notes.dueFor(due.tenant(), due.sessionId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            SessionNote note = new SessionNote();
            note.id = UUID.randomUUID();
            note.tenant = due.tenant();
            note.sessionId = due.sessionId();
            note.clientId = due.clientId();
            note.locationId = due.locationId();
            note.locationCode = due.locationCode();
            note.therapistId = due.therapistId();
            note.therapistUserId = due.therapistUserId();
            note.sessionStartsAt = due.startsAt();
            note.status = NoteStatus.DUE;
            note.createdAt = Instant.now();
            return notes.persist(note).replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<List<NoteResponse>> forSession(Caller caller, UUID sessionId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST);
        return notes.forSession(caller.tenant(), sessionId).flatMap(found -> {
            List<SessionNote> visible = found.stream().filter(note -> mayRead(caller, note)).toList();
            if (visible.size() < found.size()) {
                throw ProblemException.forbidden("Only the treating therapist and the chain's managers read these notes");
            }
            Uni<Void> audited = Uni.createFrom().voidItem();
            for (SessionNote note : visible) {
                audited = audited.call(() -> audit.record(caller, Action.READ, note.clientId,
                        "session-note/" + note.id, note.locationCode));
            }
            return audited.map(done -> visible.stream().map(NoteResponse::of).toList());
        });
    }

    private static boolean mayRead(Caller caller, SessionNote note) {
        if (caller.hasRole(Caller.THERAPIST) && caller.userId().equals(note.therapistUserId)) {
            return true;
        }
        return caller.hasRole(Caller.CHAIN_ADMIN)
                || (caller.hasRole(Caller.BRANCH_MANAGER) && caller.mayActAt(note.locationCode));
    }

    /** What a booked session tells records about the note that falls due. */
    public record DueNote(String tenant, UUID sessionId, UUID clientId, UUID locationId, String locationCode,
                          UUID therapistId, String therapistUserId, Instant startsAt) {
    }
}
