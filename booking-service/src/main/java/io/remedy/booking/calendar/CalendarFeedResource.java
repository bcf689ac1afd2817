package io.remedy.booking.calendar;

import io.remedy.booking.calendar.CalendarFeedView.Feed;
import io.remedy.booking.calendar.CalendarFeedView.NewFeed;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Private calendar feeds: make one (its URL carries a secret token, shown once), list yours, revoke one. */
@Path("/api/v1/calendar/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar feeds")
@SecurityRequirement(name = "jwt")
public class CalendarFeedResource {

    private final CalendarFeedService service;
    private final Caller caller;
    public CalendarFeedResource(CalendarFeedService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createCalendarFeed",
            summary = "Makes a private calendar feed: a therapist's diary or the calling client's sessions",
            description = "A therapist makes one of their own diary; front-desk staff, managers and admins of any"
                    + " therapist's (showing the sessions at their locations); a client of their own sessions. The"
                    + " answer's url carries the secret token and is shown only now; the feed needs no bearer token. Takes no"
                    + " Idempotency-Key (the answer is never stored): a retry makes another feed.")
    @APIResponse(responseCode = "201", description = "Made; url is the feed to subscribe to",
            content = @Content(schema = @Schema(implementation = Feed.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "The caller may not follow this diary")
    public Uni<Response> create(@Valid @NotNull NewFeed request, @Context UriInfo uri) {
        // no Idempotency-Key: a stored answer would keep the secret token in clear (docs/decisions/calendar-feed-tokens.md)
        return service.create(caller, request).map(made -> {
            URI feedUrl = uri.getBaseUriBuilder().path("calendar").path(made.token() + ".ics").build();
            return Response.created(uri.getAbsolutePathBuilder().path(made.feed().id.toString()).build())
                    .entity(Feed.of(made.feed(), feedUrl.toString())).build();
        });
    }

    @GET
    @Operation(operationId = "listCalendarFeeds", summary = "Lists the caller's calendar feeds, newest first")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    public Uni<Page<Feed>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(caller, Limit.of(limit), cursor);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeCalendarFeed",
            summary = "Revokes a calendar feed: its URL stops working at once (its maker, or a chain admin)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such feed of the caller's")
    public Uni<Response> revoke(@PathParam("id") UUID id) {
        return service.revoke(caller, id).replaceWith(Response.noContent().build());
    }
}
