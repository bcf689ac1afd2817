package io.remedy.booking.session;

import io.remedy.booking.session.SessionView.Cancellation;
import io.remedy.booking.session.SessionView.HistoryEntry;
import io.remedy.booking.session.SessionView.NewSession;
import io.remedy.booking.session.SessionView.Reschedule;
import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.query.InstantOrDay;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Sessions (appointments): book, read, list, and their life cycle: reschedule, cancel, check in, complete, no-show. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@SecurityRequirement(name = "jwt")
public class SessionResource {

    private static final String IF_MATCH_DESCRIPTION = "The session's ETag from GET or the list (\"<version>\")";

    private final SessionBooking booking;
    private final SessionQueries queries;
    private final SessionMoves moves;
    private final SessionLifecycleService lifecycle;
    private final Caller caller;
    private final Idempotency idempotency;

    public SessionResource(SessionBooking booking, SessionQueries queries, SessionMoves moves,
                           SessionLifecycleService lifecycle, Caller caller, Idempotency idempotency) {
        this.booking = booking;
        this.queries = queries;
        this.moves = moves;
        this.lifecycle = lifecycle;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "bookSession",
            summary = "Books a session (front desk for any client at their locations; a client for themself)")
    @APIResponse(responseCode = "201", description = "Booked; Location names the new session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The therapist or room is taken at that time (field therapistId or"
            + " roomId), the client already has a session then (field clientId), or the client is on a red-flag hold"
            + " (type red-flag-hold, field clientId)")
    @APIResponse(responseCode = "422", description = "startsAt is in the past (field startsAt)")
    public Uni<Response> book(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewSession request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> booking.book(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @POST
    @Path("/past")
    @Operation(operationId = "recordPastSession",
            summary = "Records a session that has already started (chain admins)",
            description = "For history carried over from a previous system (or a demo's): the same request as a booking,"
                    + " with a start before now. Then complete it, mark it a no-show or cancel it as any session."
                    + " Nobody books a session to come this way, and nobody books a past one with POST /sessions.")
    @APIResponse(responseCode = "201", description = "Recorded as booked; Location names the session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "422", description = "startsAt is not in the past (field startsAt)")
    public Uni<Response> recordPast(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewSession request,
                                    @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> booking.recordPast(caller, request)
                .map(created -> Created.at(uri.getBaseUriBuilder().path("api/v1/sessions")
                        .path(created.id().toString()).build(), created)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSession",
            summary = "Reads one session (front desk of its location, its client, its therapist)")
    @APIResponse(responseCode = "200", description = "The session; ETag carries its version for If-Match",
            headers = @Header(name = HttpHeaders.ETAG, description = "\"<version>\""))
    @APIResponse(responseCode = "404", description = "No such session, or not one the caller may see")
    public Uni<RestResponse<SessionResponse>> get(@PathParam("id") UUID id) {
        return queries.get(caller, id).map(SessionResource::withEtag);
    }

    @GET
    @Operation(operationId = "listSessions",
            summary = "Lists sessions starting between from and to, by location, therapist or client",
            description = "Ordered by start. A client sees their own sessions; front-desk staff those of their"
                    + " locations; a therapist also their own. from and to take a date-time or a date; a date is read"
                    + " in the time zone of locationId, or without it in the one zone of the chain's locations (a"
                    + " chain in several zones must name locationId). One page at a time: pass nextCursor as cursor.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Uni<Page<SessionResponse>> list(
            @Parameter(required = true, example = "2026-12-03", description = "Sessions starting at or after this:"
                    + " a date-time with offset, or a date for that day's local midnight (the location's time zone)")
            @QueryParam("from") String from,
            @Parameter(required = true, example = "2026-12-03", description = "Sessions starting before this: a"
                    + " date-time with offset, or a date for the end of that day (the next local midnight), so"
                    + " from=2026-12-03&to=2026-12-03 is that whole day")
            @QueryParam("to") String to,
            @QueryParam("locationId") String locationId,
            @QueryParam("therapistId") UUID therapistId,
            @QueryParam("clientId") UUID clientId,
            @QueryParam("cursor") String cursor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        return queries.list(caller, InstantOrDay.parse("from", from), InstantOrDay.parse("to", to),
                QueryParams.locationId(locationId), therapistId, clientId, cursor, Limit.of(limit, 100, 500));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getSessionHistory",
            summary = "A session's history: booking, moves, check-in, completion, cancellation, no-show",
            description = "Oldest first; whoever may see the session may see its history.")
    @APIResponse(responseCode = "200", description = "A page of the history")
    @APIResponse(responseCode = "404", description = "No such session, or not one the caller may see")
    public Uni<Page<HistoryEntry>> history(@PathParam("id") UUID id,
                                    @QueryParam("cursor") String cursor,
                                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
                                    @QueryParam("limit") String limit) {
        return queries.history(caller, id, cursor, Limit.of(limit, 100, 500));
    }

    @POST
    @Path("/{id}/reschedule")
    @Operation(operationId = "rescheduleSession",
            summary = "Moves a booked session to a new time, therapist or room; it keeps its id and history",
            description = "Front desk of its location, or its client. Publishes session.rescheduled.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "The new therapist or room is taken, or the client has another"
            + " session then (the field is named), the session is not BOOKED, or the client is on a red-flag hold;"
            + " nothing changed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SessionResponse>> reschedule(@PathParam("id") UUID id,
                                                         @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
                                                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                         @Valid @NotNull Reschedule request) {
        return moves.reschedule(caller, id, ifMatch, request).map(SessionResource::withEtag);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelSession",
            summary = "Cancels a booked session, with a reason code",
            description = "Front desk of its location (cancelledBy CLINIC) or its client (CLIENT). Late when inside"
                    + " the location's notice window. Publishes session.cancelled; the freed slot is offered to the"
                    + " waitlist.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "The session is not BOOKED")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SessionResponse>> cancel(@PathParam("id") UUID id,
                                                     @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
                                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @Valid @NotNull Cancellation request) {
        return lifecycle.cancel(caller, id, ifMatch, request).map(SessionResource::withEtag);
    }

    @POST
    @Path("/{id}/check-in")
    @Operation(operationId = "checkInSession",
            summary = "Checks the client in (front desk of the location)")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "409", description = "The session is not BOOKED, or the client is on a red-flag hold")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SessionResponse>> checkIn(@PathParam("id") UUID id,
                                                      @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return lifecycle.checkIn(caller, id, ifMatch).map(SessionResource::withEtag);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeSession",
            summary = "Marks the session completed (front desk of the location, or the session's therapist)",
            description = "From BOOKED or CHECKED_IN. Publishes session.completed.")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "409", description = "The session is not BOOKED or CHECKED_IN")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SessionResponse>> complete(@PathParam("id") UUID id,
                                                       @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
                                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return lifecycle.complete(caller, id, ifMatch).map(SessionResource::withEtag);
    }

    @POST
    @Path("/{id}/no-show")
    @Operation(operationId = "markSessionNoShow",
            summary = "Marks that the client did not come (front desk of the location, or the session's therapist)",
            description = "From BOOKED. Publishes session.no-show; the slot no longer counts as occupied.")
    @APIResponse(responseCode = "200", description = "Marked a no-show")
    @APIResponse(responseCode = "409", description = "The session is not BOOKED")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SessionResponse>> noShow(@PathParam("id") UUID id,
                                                     @Parameter(in = ParameterIn.HEADER, description = IF_MATCH_DESCRIPTION)
                                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return lifecycle.noShow(caller, id, ifMatch).map(SessionResource::withEtag);
    }

    private static RestResponse<SessionResponse> withEtag(SessionResponse session) {
        return IfMatch.tagged(session, session.version());
    }
}
