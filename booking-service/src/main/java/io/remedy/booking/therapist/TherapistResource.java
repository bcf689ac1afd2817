package io.remedy.booking.therapist;

import io.remedy.booking.therapist.TherapistView.NewRosterException;
import io.remedy.booking.therapist.TherapistView.NewTherapist;
import io.remedy.booking.therapist.TherapistView.RosterExceptionResponse;
import io.remedy.booking.therapist.TherapistView.RosterResponse;
import io.remedy.booking.therapist.TherapistView.RosterUpdate;
import io.remedy.booking.therapist.TherapistView.TherapistResponse;
import io.remedy.booking.therapist.TherapistView.TherapistUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** The chain's therapists, their weekly rosters and their leave. */
@Path("/api/v1/therapists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Therapists")
@SecurityRequirement(name = "jwt")
public class TherapistResource {

    private final TherapistService service;
    private final TherapistRosters rosters;
    private final TherapistLeave leave;
    private final Caller caller;
    private final Idempotency idempotency;

    public TherapistResource(TherapistService service, TherapistRosters rosters, TherapistLeave leave, Caller caller,
                             Idempotency idempotency) {
        this.service = service;
        this.rosters = rosters;
        this.leave = leave;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listTherapists",
            summary = "Lists the chain's therapists",
            description = "Staff see each therapist's e-mail and login; a client sees id and display name only. In "
                    + "display-name order. One page at a time: pass nextCursor as cursor (a chain's therapists usually "
                    + "fit one page of the default 100).")
    @APIResponse(responseCode = "200", description = "A page of therapists")
    public Uni<Page<TherapistResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(caller, Limit.of(limit, 100, 500), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTherapist",
            summary = "Reads one therapist")
    public Uni<TherapistResponse> get(@PathParam("id") UUID id) {
        return service.get(caller, id);
    }

    @POST
    @Operation(operationId = "addTherapist",
            summary = "Takes a therapist on (chain admins)")
    @APIResponse(responseCode = "201", description = "Taken on; Location names the therapist",
            content = @Content(schema = @Schema(implementation = TherapistResponse.class)))
    public Uni<Response> add(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewTherapist request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.add(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "changeTherapist", summary = "Changes a therapist's name, e-mail or login (chain admins)",
            description = "Send the whole therapist. If-Match takes their version (the roster's ETag is the same).")
    @APIResponse(responseCode = "200", description = "Changed; ETag = the new version")
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors)")
    @APIResponse(responseCode = "409", description = "The login is already another therapist's")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<TherapistResponse>> update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The version last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TherapistUpdate request) {
        return service.update(caller, id, ifMatch, request).map(changed -> IfMatch.tagged(changed, changed.version()));
    }

    @GET
    @Path("/{id}/roster")
    @Operation(operationId = "getRoster",
            summary = "Reads a therapist's weekly roster (front desk, managers, admins; the therapist themself)",
            description = "Entries are wall-clock times in each location's time zone. ETag = the therapist's version.")
    @APIResponse(responseCode = "200", description = "The roster; ETag for If-Match")
    @APIResponse(responseCode = "403", description = "A client, or another therapist")
    public Uni<RestResponse<RosterResponse>> roster(@PathParam("id") UUID id) {
        return rosters.roster(caller, id).map(roster -> IfMatch.tagged(roster, roster.version()));
    }

    @PUT
    @Path("/{id}/roster")
    @Operation(operationId = "replaceRoster",
            summary = "Replaces a therapist's weekly roster (chain admins; branch managers at their locations)",
            description = "Send every entry of the week at every location. A branch manager may change only the entries "
                    + "at their locations; the others must come back as they were. If-Match takes the roster's ETag.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag = the new version")
    @APIResponse(responseCode = "400", description = "An entry is not valid, names an unknown location or overlaps another")
    @APIResponse(responseCode = "403", description = "The change touches a location the caller does not manage")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<RosterResponse>> setRoster(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RosterUpdate request) {
        return rosters.setRoster(caller, id, ifMatch, request).map(roster -> IfMatch.tagged(roster, roster.version()));
    }

    @GET
    @Path("/{id}/roster/exceptions")
    @Operation(operationId = "listRosterExceptions",
            summary = "Lists a therapist's leave and sickness in start order (as the roster)")
    public Uni<Page<RosterExceptionResponse>> exceptions(
            @PathParam("id") UUID id,
            @Parameter(description = "Only exceptions ending after this instant (ISO-8601 with offset)",
                    schema = @Schema(format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Only exceptions starting before this instant (ISO-8601 with offset)",
                    schema = @Schema(format = "date-time")) @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return leave.exceptions(caller, id, from, to, limit, cursor);
    }

    @POST
    @Path("/{id}/roster/exceptions")
    @Operation(operationId = "addRosterException",
            summary = "Records leave or sickness (chain admins; branch managers at the therapist's locations)",
            description = "The therapist offers no slots in [from, to), at locationId or, without it, anywhere. "
                    + "Sessions already booked then stay; the front desk moves them.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the exception",
            content = @Content(schema = @Schema(implementation = RosterExceptionResponse.class)))
    public Uni<Response> addException(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id,
                                      @Valid @NotNull NewRosterException request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> leave.addException(caller, id, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @DELETE
    @Path("/{id}/roster/exceptions/{exceptionId}")
    @Operation(operationId = "removeRosterException",
            summary = "Removes a roster exception (whoever may record it)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> removeException(@PathParam("id") UUID id, @PathParam("exceptionId") UUID exceptionId) {
        return leave.removeException(caller, id, exceptionId);
    }

}
