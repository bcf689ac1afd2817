package io.remedy.console.admin;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
    public record Row(UUID id, String parkedAt, String source, String what, String location, String reason,
                      String attempts, boolean replayable, String replayedAt) {
    }

    private final DeadLettersApi deadLetters;
    private final BookingApi booking;
    private final Viewer viewer;

    public DeadLetterPage(@RestClient DeadLettersApi deadLetters, @RestClient BookingApi booking, Viewer viewer) {
        this.deadLetters = deadLetters;
        this.booking = booking;
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
        AdminMessages words = Texts.in(viewer.language(), AdminMessages.class);
        // location names beside the letters: one call; without booking the column stays empty, the page still works
        Uni<Map<UUID, String>> places = Part.of(booking.locations()).map(part -> part.available()
                ? part.value().stream().collect(Collectors.toMap(Booking.Location::id, Booking.Location::name))
                : Map.<UUID, String>of());
        return Uni.combine().all().unis(Part.of(deadLetters.list(50, cursor)), places).asTuple()
                .map(both -> Templates.deadLetters(new DeadLetters(both.getItem1().map(page -> page.items().stream()
                        .map(letter -> row(letter, clock, words, both.getItem2())).toList()),
                        both.getItem1().available() ? both.getItem1().value().nextCursor() : null, message, errors)));
    }

    /** A dead letter in the clinic's words: what the message or event was, and why it was parked. */
    static Row row(DeadLettersApi.DeadLetter letter, Clock clock, AdminMessages words, Map<UUID, String> places) {
        boolean event = "EVENT".equals(letter.source());
        String what = event ? words.dl_event(text(letter.eventType()))
                : String.join(" ", java.util.stream.Stream.of(words.dl_kind(text(letter.kind())),
                        letter.channel() == null ? "" : words.dl_channel(letter.channel()),
                        letter.recipientKind() == null ? "" : words.dl_recipient(letter.recipientKind()))
                        .filter(part -> !part.isBlank()).toList());
        String reason;
        if (event) {
            reason = letter.reason() == null || letter.reason().isBlank() ? words.dl_event_failed_plain()
                    : words.dl_event_failed(letter.reason());
        } else if (letter.errorCode() != null) {
            reason = words.dl_error(letter.errorCode());
        } else {
            reason = text(letter.reason());
        }
        String location = letter.locationId() == null ? "" : places.getOrDefault(letter.locationId(), "");
        return new Row(letter.id(), clock.dateTime(letter.parkedAt()), letter.source(), what, location, reason,
                letter.attempts() == null ? "" : letter.attempts().toString(), letter.replayable(),
                clock.dateTime(letter.replayedAt()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
