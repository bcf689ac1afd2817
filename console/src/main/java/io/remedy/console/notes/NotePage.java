package io.remedy.console.notes;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.Answers;
import io.remedy.console.records.ClinicalMessages;
import io.remedy.console.records.Clock;
import io.remedy.console.records.RecordsApi;
import io.remedy.console.records.RecordsModels;
import io.remedy.console.records.RecordsModels.NewAmendment;
import io.remedy.console.records.RecordsModels.Note;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The SOAP note of a session: its therapist completes the session, writes the draft, signs it (which locks it) and
 * amends it afterwards; records-service keeps the signed text as it was.
 */
@Path("/sessions/{sessionId}/note")
@Produces(MediaType.TEXT_HTML)
public class NotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance note(NoteForm form);
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final SessionCompletionApi completion;
    private final Viewer viewer;

    public NotePage(@RestClient RecordsApi records, @RestClient BookingApi booking,
                    @RestClient SessionCompletionApi completion, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.completion = completion;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> note(@PathParam("sessionId") UUID sessionId, @QueryParam("done") String done) {
        return render(sessionId, null, message(done), FormErrors.NONE, FormErrors.NONE);
    }

    /** Saves the draft, and signs it when the therapist pressed "save and sign". */
    @POST
    public Uni<Object> save(@PathParam("sessionId") UUID sessionId, MultivaluedMap<String, String> form) {
        NoteForm.Fields fields = NoteForm.Fields.of(form);
        long version = parse(form.getFirst("version"));
        boolean sign = "sign".equals(form.getFirst("action"));
        return records.draftNote(sessionId, RecordsApi.etag(version), fields.toDraft())
                .flatMap(saved -> sign ? records.signNote(sessionId, saved.id(), RecordsApi.etag(saved.version()))
                        : Uni.createFrom().item(saved))
                .<Object>map(saved -> Response.seeOther(URI.create("/sessions/" + sessionId + "/note?done="
                        + (sign ? "signed" : "saved"))).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(sessionId, fields, null,
                        FormErrors.of((ApiProblem) failure), FormErrors.NONE).map(page -> page));
    }

    /** Marks the session completed (its therapist), which makes the note writable. */
    @POST
    @Path("/complete")
    public Uni<Object> complete(@PathParam("sessionId") UUID sessionId) {
        return booking.session(sessionId)
                .flatMap(session -> completion.complete(sessionId, session.etag()))
                .<Object>map(done -> Response.seeOther(URI.create("/sessions/" + sessionId + "/note?done=completed"))
                        .build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(sessionId, null, null,
                        FormErrors.of((ApiProblem) failure), FormErrors.NONE).map(page -> page));
    }

    @POST
    @Path("/amendments")
    public Uni<Object> amend(@PathParam("sessionId") UUID sessionId, MultivaluedMap<String, String> form) {
        UUID noteId = uuid(form.getFirst("noteId"));
        String reason = form.getFirst("reason");
        String text = form.getFirst("text");
        String key = form.getFirst("idempotencyKey");
        return records.amendNote(sessionId, noteId, key == null || key.isBlank() ? UUID.randomUUID().toString() : key,
                        new NewAmendment(blank(reason), blank(text)))
                .<Object>map(done -> Response.seeOther(URI.create("/sessions/" + sessionId + "/note?done=amended"))
                        .build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(sessionId, null, null,
                        FormErrors.NONE, FormErrors.of((ApiProblem) failure)).map(page -> page));
    }

    private Uni<TemplateInstance> render(UUID sessionId, NoteForm.Fields sent, String message, FormErrors errors,
                                         FormErrors amendmentErrors) {
        return Uni.combine().all().unis(records.notes(sessionId), booking.session(sessionId), booking.locations())
                .asTuple().flatMap(answers -> {
                    List<Note> notes = answers.getItem1().items();
                    Note note = notes.isEmpty() ? null : notes.get(notes.size() - 1);
                    Booking.Session session = answers.getItem2();
                    Booking.Location location = answers.getItem3().stream()
                            .filter(l -> l.id().equals(session.locationId())).findFirst().orElse(null);
                    Clock clock = new Clock(Clock.zoneOf(location == null ? null : location.timeZone()),
                            viewer.locale());
                    Uni<Booking.Client> client = Answers.orNone(booking.client(session.clientId()));
                    Uni<List<RecordsModels.Amendment>> amendments = note != null && note.signed()
                            ? records.amendments(sessionId, note.id(), RecordsApi.PAGE).map(RecordsModels.Page::items)
                            : Uni.createFrom().item(List.of());
                    return Uni.combine().all().unis(client, amendments).asTuple().map(more -> {
                        NoteForm.Fields fields = sent != null ? sent : NoteForm.Fields.of(note);
                        return Templates.note(new NoteForm(sessionId, session.clientId(),
                                more.getItem1() == null ? "" : more.getItem1().name(),
                                clock.dateTime(session.startsAt()), location == null ? "" : location.name(),
                                session.status(), viewer.isTherapist() && session.live(), note, fields,
                                fields.choices(),
                                more.getItem2().stream().map(a -> new NoteForm.AmendmentRow(a.reason(), a.text(),
                                        clock.dateTime(a.amendedAt()))).toList(),
                                note == null ? "" : clock.dateTime(note.signedAt()),
                                note == null ? "" : clock.dateTime(note.dueAt()), message,
                                UUID.randomUUID().toString(), errors, amendmentErrors));
                    });
                });
    }

    private String message(String done) {
        if (done == null) {
            return null;
        }
        ClinicalMessages words = Texts.in(viewer.language(), ClinicalMessages.class);
        return switch (done) {
            case "saved" -> words.note_saved();
            case "signed" -> words.note_signed_now();
            case "amended" -> words.note_amended();
            case "completed" -> words.note_session_completed();
            default -> null;
        };
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long parse(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
