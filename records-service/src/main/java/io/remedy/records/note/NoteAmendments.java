package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.note.NoteView.AmendmentResponse;
import io.remedy.records.note.NoteView.NewAmendment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.UUID;

/**
 * Amendments of signed notes: the treating therapist adds one beside the note, whose text stays as signed; the
 * note's readers read them. Every read and change is audited.
 */
@ApplicationScoped
public class NoteAmendments {

    private final SessionNoteRepository notes;
    private final NoteAmendmentRepository amendments;
    private final NoteAccess access;
    private final AuditTrail audit;

    public NoteAmendments(SessionNoteRepository notes, NoteAmendmentRepository amendments, NoteAccess access,
                          AuditTrail audit) {
        this.notes = notes;
        this.amendments = amendments;
        this.access = access;
        this.audit = audit;
    }

    /** Adds an amendment to a signed note; the note's text stays as signed. */
    @WithTransaction
    public Uni<Created> amend(Caller caller, UUID sessionId, UUID noteId, NewAmendment request, URI collection) {
        return access.ownNote(caller, sessionId, noteId)
                .invoke(note -> {
                    if (note.status != NoteStatus.SIGNED) {
                        throw ProblemException.conflict("Only a signed note is amended; edit the draft instead",
                                new FieldError("status", "is " + note.status + ", not SIGNED"));
                    }
                })
                .flatMap(note -> {
                    NoteAmendment amendment = new NoteAmendment();
                    amendment.id = UUID.randomUUID();
                    amendment.tenant = caller.tenant();
                    amendment.noteId = note.id;
                    amendment.clientId = note.clientId;
                    amendment.reason = request.reason();
                    amendment.text = request.text();
                    amendment.amendedBy = caller.userId();
                    amendment.amendedAt = Instants.now();
                    return amendments.persist(amendment)
                            .call(saved -> audit.record(caller, Action.AMEND, note.clientId,
                                    "session-note/" + note.id + "/amendment/" + saved.id, note.locationCode));
                })
                .map(saved -> Created.at(URI.create(collection + "/" + saved.id), AmendmentResponse.of(saved)));
    }

    @WithTransaction
    public Uni<Page<AmendmentResponse>> amendments(Caller caller, UUID sessionId, UUID noteId, Cursor.Keyset cursor,
                                                   int limit) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST);
        return notes.findInSession(caller.tenant(), sessionId, noteId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session note", noteId))
                .call(note -> access.requireRead(caller, note))
                .flatMap(note -> amendments.page(caller.tenant(), noteId, cursor, limit + 1)
                        .map(rows -> Page.of(rows, limit, AmendmentResponse::of, a -> Cursor.after(a.amendedAt, a.id)))
                        .call(() -> audit.record(caller, Action.READ, note.clientId,
                                "session-note/" + note.id + "/amendments", note.locationCode)));
    }

    @WithTransaction
    public Uni<AmendmentResponse> amendment(Caller caller, UUID sessionId, UUID noteId, UUID amendmentId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST);
        return notes.findInSession(caller.tenant(), sessionId, noteId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session note", noteId))
                .call(note -> access.requireRead(caller, note))
                .flatMap(note -> amendments.findForNote(caller.tenant(), noteId, amendmentId)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("Amendment", amendmentId))
                        .call(found -> audit.record(caller, Action.READ, note.clientId,
                                "session-note/" + note.id + "/amendment/" + found.id, note.locationCode)))
                .map(AmendmentResponse::of);
    }
}
