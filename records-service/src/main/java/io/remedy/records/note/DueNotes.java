package io.remedy.records.note;

import io.remedy.records.common.Instants;
import io.remedy.records.session.SessionFacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * What booking's session events do to notes, inside the inbox's transaction: a booked session opens the note that
 * falls due for its treating therapist, a moved session's note follows it, a cancelled or missed session drops it,
 * and a completed session's note can be written and falls due after the configured delay.
 */
@ApplicationScoped
public class DueNotes {

    private final SessionNoteRepository notes;
    private final NotesConfig config;

    public DueNotes(SessionNoteRepository notes, NotesConfig config) {
        this.notes = notes;
        this.config = config;
    }

    /** Opens the due note of a booked session; a note that already exists is left as it is. */
    public Uni<Void> openDue(DueNote due) {
        return notes.dueFor(due.tenant(), due.sessionId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return notes.persist(newNote(due)).replaceWithVoid();
        });
    }

    /** A moved session's open note follows it to the new therapist and time. */
    public Uni<Void> moved(SessionFacts facts) {
        return notes.dueFor(facts.tenant(), facts.sessionId()).map(note -> {
            if (note != null && (note.status == NoteStatus.DUE || note.status == NoteStatus.DRAFT)) {
                note.therapistId = facts.therapistId();
                note.therapistUserId = facts.therapistUserId();
                note.sessionStartsAt = facts.startsAt();
                note.updatedAt = Instants.now();
            }
            return null;
        });
    }

    /** A cancelled or missed session drops its unsigned note: CANCELLED, kept. */
    public Uni<Void> dropped(SessionFacts facts) {
        return notes.dueFor(facts.tenant(), facts.sessionId()).map(note -> {
            if (note != null && (note.status == NoteStatus.DUE || note.status == NoteStatus.DRAFT)) {
                note.status = NoteStatus.CANCELLED;
                note.updatedAt = Instants.now();
            }
            return null;
        });
    }

    /** A completed session's note can be written from now on, and is due after the configured delay. */
    public Uni<Void> completed(SessionFacts facts, Instant completedAt) {
        Instant when = completedAt == null ? Instants.now() : completedAt;
        return notes.dueFor(facts.tenant(), facts.sessionId()).flatMap(existing -> {
            SessionNote note = existing != null ? existing : newNote(new DueNote(facts.tenant(), facts.sessionId(),
                    facts.clientId(), facts.locationId(), facts.locationCode(), facts.therapistId(),
                    facts.therapistUserId(), facts.startsAt(), facts.timeZone()));
            if (note.status == NoteStatus.SIGNED) {
                return Uni.createFrom().voidItem();
            }
            if (note.status == NoteStatus.CANCELLED) {
                // booking completed a session it had announced as cancelled: the treatment took place after all
                note.status = NoteStatus.DUE;
            }
            note.sessionCompletedAt = when;
            note.dueAt = when.plus(config.overdueAfter());
            note.updatedAt = Instants.now();
            return existing != null ? Uni.createFrom().voidItem() : notes.persist(note).replaceWithVoid();
        });
    }

    private static SessionNote newNote(DueNote due) {
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
        note.timeZone = due.timeZone();
        note.status = NoteStatus.DUE;
        note.createdAt = Instants.now();
        note.updatedAt = note.createdAt;
        return note;
    }

    /** What a booked session tells records about the note that falls due. */
    public record DueNote(String tenant, UUID sessionId, UUID clientId, UUID locationId, String locationCode,
                          UUID therapistId, String therapistUserId, Instant startsAt, String timeZone) {
    }
}
