package io.remedy.records.note;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.PlanUpdated.Technique;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.consent.ConsentGate;
import io.remedy.records.note.NoteView.NoteDraft;
import io.remedy.records.note.NoteView.NoteResponse;
import io.remedy.records.note.NoteView.OverdueNoteResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Session notes: one falls due for the treating therapist when a session is booked ({@link DueNotes}) and can be
 * written once the session is completed; the therapist signs it, which locks it; later changes are amendments beside
 * the original ({@link NoteAmendments}). Notes are clinical: the treating therapist, the client's other therapists and
 * the chain's managers read them, receptionists and clients never; every read and change is audited.
 */
@ApplicationScoped
public class NoteService {

    private static final TypeReference<List<Technique>> TECHNIQUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final SessionNoteRepository notes;
    private final NoteAccess access;
    private final ConsentGate consent;
    private final AuditTrail audit;
    private final JsonText json;

    public NoteService(SessionNoteRepository notes, NoteAccess access, ConsentGate consent, AuditTrail audit,
                       JsonText json) {
        this.notes = notes;
        this.access = access;
        this.consent = consent;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<List<NoteResponse>> forSession(Caller caller, UUID sessionId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST);
        return notes.forSession(caller.tenant(), sessionId).flatMap(found -> {
            Uni<Void> checked = Uni.createFrom().voidItem();
            for (SessionNote note : found) {
                checked = checked.call(() -> access.requireRead(caller, note));
            }
            Uni<Void> audited = checked;
            for (SessionNote note : found) {
                audited = audited.call(() -> audit.record(caller, Action.READ, note.clientId,
                        "session-note/" + note.id, note.locationCode));
            }
            return audited.map(done -> found.stream().map(this::view).toList());
        });
    }

    /** Saves the SOAP draft of a completed session's note: its therapist only, If-Match the note's version. */
    @WithTransaction
    public Uni<NoteResponse> draft(Caller caller, UUID sessionId, String ifMatch, NoteDraft draft) {
        return access.ownNote(caller, sessionId, null)
                .invoke(note -> {
                    requireWritable(note);
                    IfMatch.require(ifMatch, note.version);
                })
                .call(note -> consent.requireTreatmentConsent(caller.tenant(), note.clientId))
                .call(note -> {
                    note.subjective = draft.subjective();
                    note.objective = draft.objective();
                    note.assessment = draft.assessment();
                    note.plan = draft.plan();
                    note.techniques = json.write(draft.techniques());
                    note.pressure = draft.pressure();
                    note.regions = json.write(draft.regions());
                    note.clientResponse = draft.clientResponse();
                    note.sorenessAdvice = draft.sorenessAdvice();
                    note.homeworkGiven = json.write(draft.homeworkGiven());
                    note.status = NoteStatus.DRAFT;
                    note.updatedAt = Instants.now();
                    return notes.flush();
                })
                .call(note -> audit.record(caller, Action.UPDATE, note.clientId, "session-note/" + note.id,
                        note.locationCode))
                .map(this::view);
    }

    /** Signs a written note, which locks it; an If-Match, when sent, must name the note's version. */
    @WithTransaction
    public Uni<NoteResponse> sign(Caller caller, UUID sessionId, UUID noteId, String ifMatch) {
        return access.ownNote(caller, sessionId, noteId)
                .invoke(note -> {
                    requireWritable(note);
                    if (note.status == NoteStatus.DUE) {
                        throw ProblemException.conflict("Write the note before signing it",
                                new FieldError("status", "nothing written yet"));
                    }
                    if (ifMatch != null && !ifMatch.isBlank()) {
                        IfMatch.require(ifMatch, note.version);
                    }
                })
                .call(note -> consent.requireTreatmentConsent(caller.tenant(), note.clientId))
                .call(note -> {
                    note.status = NoteStatus.SIGNED;
                    note.signedAt = Instants.now();
                    note.signedBy = caller.userId();
                    note.updatedAt = note.signedAt;
                    return notes.flush();
                })
                .call(note -> audit.record(caller, Action.SIGN, note.clientId, "session-note/" + note.id,
                        note.locationCode))
                .map(this::view);
    }

    /**
     * Notes unsigned after their due time, by due time: chain admins see all, branch managers their locations',
     * therapists their own. No clinical content, so no audit entry.
     */
    @WithTransaction
    public Uni<Page<OverdueNoteResponse>> overdue(Caller caller, UUID locationId, Cursor.Keyset cursor, int limit) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST);
        boolean everything = caller.hasRole(Caller.CHAIN_ADMIN)
                || (caller.hasRole(Caller.BRANCH_MANAGER) && caller.actsAtAllLocations());
        List<String> codes = caller.hasRole(Caller.BRANCH_MANAGER) ? new ArrayList<>(caller.locations()) : List.of();
        String therapist = caller.hasRole(Caller.THERAPIST) ? caller.userId() : null;
        return notes.overdue(caller.tenant(), everything ? null : codes, therapist, locationId, Instants.now(),
                        cursor, limit + 1)
                .map(rows -> Page.of(rows, limit, OverdueNoteResponse::of, n -> Cursor.after(n.dueAt, n.id)));
    }

    /** A note as the API shows it. */
    public NoteResponse view(SessionNote note) {
        boolean overdue = (note.status == NoteStatus.DUE || note.status == NoteStatus.DRAFT) && note.dueAt != null
                && !note.dueAt.isAfter(Instants.now());
        return new NoteResponse(note.id, note.sessionId, note.clientId, note.locationId, note.therapistId,
                note.sessionStartsAt, note.status, note.subjective, note.objective, note.assessment, note.plan,
                note.signedAt, note.version, json.read(note.techniques, TECHNIQUES), note.pressure,
                json.read(note.regions, TEXTS), note.clientResponse, note.sorenessAdvice,
                json.read(note.homeworkGiven, TEXTS), note.signedBy, note.sessionCompletedAt, note.dueAt, overdue);
    }

    private static void requireWritable(SessionNote note) {
        if (note.status == NoteStatus.SIGNED) {
            throw ProblemException.conflict("A signed note is locked; add an amendment instead",
                    new FieldError("status", "SIGNED"));
        }
        if (note.status == NoteStatus.CANCELLED) {
            throw ProblemException.conflict("The session was cancelled; its note cannot be written",
                    new FieldError("status", "CANCELLED"));
        }
        if (note.sessionCompletedAt == null) {
            throw ProblemException.conflict("The session is not completed yet",
                    new FieldError("sessionId", "not completed"));
        }
    }
}
