package io.remedy.booking.calendar;

import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.regex.Pattern;

/**
 * The feed itself, {@code GET /calendar/{token}.ics}: no bearer token (calendar apps cannot send one), the secret
 * token in the path is the key. Unknown, malformed and revoked tokens are one and the same 404. Left out of the API
 * document (it is not part of the JSON API); the integrators' guide describes it.
 */
@Path("/calendar")
public class PublicFeedResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]{32,100}\\.ics");

    private final CalendarFeedService service;

    public PublicFeedResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Path("/{file}")
    @Operation(hidden = true)
    public Uni<Response> feed(@PathParam("file") String file) {
        if (file == null || !FILE.matcher(file).matches()) {
            return Uni.createFrom().item(PublicFeedResource::notFound);
        }
        String token = file.substring(0, file.length() - ".ics".length());
        return service.calendar(token).map(text -> text == null ? notFound() : Response.ok(text, CALENDAR)
                .header("Cache-Control", "private, max-age=300")
                .header("X-Robots-Tag", "noindex")
                .build());
    }

    private static Response notFound() {
        throw ProblemException.notFound("No such calendar feed (unknown or revoked)");
    }
}
