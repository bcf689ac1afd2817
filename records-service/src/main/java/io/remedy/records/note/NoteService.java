package io.remedy.records.note;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.contracts.records.PlanUpdated.Technique;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditTrail;
import io.remedy.records.common.Instants;
import io.remedy.records.common.JsonText;
import io.remedy.records.consent.ConsentGate;
import io.remedy.records.note.NoteView.AmendmentResponse;
import io.remedy.records.note.NoteView.NewAmendment;
import io.remedy.records.note.NoteView.NoteDraft;
import io.remedy.records.note.NoteView.NoteResponse;
import io.remedy.records.note.NoteView.OverdueNoteResponse;
import io.remedy.records.session.SessionFacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Session notes: one falls due for the treating therapist when a session is booked and can be written once the
 * session is completed; the therapist signs it, which locks it; later changes are amendments beside the original.
 * Notes are clinical: the treating therapist, the client's other therapists and the chain's managers read them,
 * receptionists and clients never; every read and change is audited.
 */
@ApplicationScoped
public class NoteService {

    private static final TypeReference<List<Technique>> TECHNIQUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final SessionNoteRepository notes;
    private final NoteAmendmentRepository amendments;
    private final ClinicalAccess access;
    private final ConsentGate consent;
    private final AuditTrail audit;
    private final JsonText json;
    private final NotesConfig config;

    public NoteService(SessionNoteRepository notes, NoteAmendmentRepository amendments, ClinicalAccess access,
                       ConsentGate consent, AuditTrail audit, JsonText json, NotesConfig config) {
        this.notes = notes;
        this.amendments = amendments;
        this.access = access;
        this.consent = consent;
        this.audit = audit;
        this.json = json;
        this.config = config;
    }

    // --- what booking's session events do to notes (inside the inbox's transaction)

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

    // --- reading and writing notes

    @WithTransaction
    public Uni<List<NoteResponse>> forSession(Caller caller, UUID sessionId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST);
        return notes.forSession(caller.tenant(), sessionId).flatMap(found -> {
            Uni<Void> checked = Uni.createFrom().voidItem();
            for (SessionNote note : found) {
                checked = checked.call(() -> requireRead(caller, note));
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
        return ownNote(caller, sessionId, null)
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
        return ownNote(caller, sessionId, noteId)
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

    /** Adds an amendment to a signed note; the note's text stays as signed. */
    @WithTransaction
    public Uni<Created> amend(Caller caller, UUID sessionId, UUID noteId, NewAmendment request, URI collection) {
        return ownNote(caller, sessionId, noteId)
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
                .call(note -> requireRead(caller, note))
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
                .call(note -> requireRead(caller, note))
                .flatMap(note -> amendments.findForNote(caller.tenant(), noteId, amendmentId)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("Amendment", amendmentId))
                        .call(found -> audit.record(caller, Action.READ, note.clientId,
                                "session-note/" + note.id + "/amendment/" + found.id, note.locationCode)))
                .map(AmendmentResponse::of);
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

    /** The caller's own note of the session (the one they treat in): 403 for anyone else, 404 if none. */
    private Uni<SessionNote> ownNote(Caller caller, UUID sessionId, UUID noteId) {
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

    /** Who reads a note: its therapist, the client's other treating therapists, admins, the location's managers. */
    private Uni<Void> requireRead(Caller caller, SessionNote note) {
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

    /** What a booked session tells records about the note that falls due. */
    public record DueNote(String tenant, UUID sessionId, UUID clientId, UUID locationId, String locationCode,
                          UUID therapistId, String therapistUserId, Instant startsAt, String timeZone) {
    }
}
