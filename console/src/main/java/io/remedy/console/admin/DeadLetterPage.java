package io.remedy.console.admin;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.Clock;
import io.remedy.console.reports.AdminMessages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The chain's dead letters (chain admins): what was parked, why, and a replay that notification-service does once. */
@Path("/admin/dead-letters")
@Produces(MediaType.TEXT_HTML)
public class DeadLetterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(DeadLetters letters);
    }

    /** The page: one page of dead letters, the cursor of the next, and what just happened. */
    public record DeadLetters(Part<List<Row>> rows, String nextCursor, String message, FormErrors errors) {
    }

    /** A dead letter as the table shows it. */
    public record Row(UUID id, String parkedAt, String source, String what, String reason, String attempts,
                      boolean replayable, String replayedAt) {
    }

    private final DeadLettersApi deadLetters;
    private final Viewer viewer;

    public DeadLetterPage(@RestClient DeadLettersApi deadLetters, Viewer viewer) {
        this.deadLetters = deadLetters;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> list(@QueryParam("cursor") String cursor, @QueryParam("replayed") boolean replayed) {
        return render(cursor, replayed ? Texts.in(viewer.language(), AdminMessages.class).dl_replayed_now() : null,
                FormErrors.NONE);
    }

    @POST
    @Path("/{id}/replay")
    public Uni<Object> replay(@PathParam("id") UUID id) {
        return deadLetters.replay(id)
                .<Object>map(done -> Response.seeOther(URI.create("/admin/dead-letters?replayed=true")).build())
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403)
                .recoverWithUni(failure -> render(null, null, FormErrors.of((ApiProblem) failure)).map(page -> page));
    }

    private Uni<TemplateInstance> render(String cursor, String message, FormErrors errors) {
        Clock clock = new Clock(ZoneOffset.UTC, viewer.locale());
        return Part.of(deadLetters.list(50, cursor)).map(part -> Templates.deadLetters(new DeadLetters(
                part.map(page -> page.items().stream().map(letter -> new Row(letter.id(),
                        clock.dateTime(letter.parkedAt()), letter.source(),
                        "EVENT".equals(letter.source()) ? text(letter.eventType())
                                : (text(letter.kind()) + " " + text(letter.channel())).trim(),
                        text(letter.errorCode() != null ? letter.errorCode() : letter.reason()),
                        letter.attempts() == null ? "" : letter.attempts().toString(), letter.replayable(),
                        clock.dateTime(letter.replayedAt()))).toList()),
                part.available() ? part.value().nextCursor() : null, message, errors)));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
