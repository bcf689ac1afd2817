package io.remedy.booking.hire;

import io.remedy.booking.hire.RoomHireView.HireResponse;
import io.remedy.booking.hire.RoomHireView.NewHire;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Hires of a location's room by outside practitioners; a hire blocks the room like a session. */
@Path("/api/v1/locations/{locationId}/rooms/{roomId}/hires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Room hires")
@SecurityRequirement(name = "jwt")
public class RoomHireResource {

    private final RoomHireService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public RoomHireResource(RoomHireService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "hireRoom",
            summary = "Hires out the room for a time range (chain admins, the location's managers)")
    @APIResponse(responseCode = "201", description = "Hired; Location names the hire",
            content = @Content(schema = @Schema(implementation = HireResponse.class)))
    @APIResponse(responseCode = "409", description = "A session, hold or other hire occupies the room then (field roomId)")
    public Uni<Response> hire(@HeaderParam(Idempotency.HEADER) String key, @PathParam("locationId") UUID locationId,
                              @PathParam("roomId") UUID roomId, @Valid @NotNull NewHire request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.hire(caller, locationId, roomId, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @GET
    @Operation(operationId = "listRoomHires",
            summary = "Lists the room's hires by start (front desk of the location)",
            description = "Optionally those overlapping [from, to); cancelled ones only when asked.")
    public Uni<Page<HireResponse>> list(@PathParam("locationId") UUID locationId, @PathParam("roomId") UUID roomId,
                              @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                              @QueryParam("includeCancelled") @DefaultValue("false") boolean includeCancelled,
                              @QueryParam("cursor") String cursor,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
                              @QueryParam("limit") String limit) {
        return service.list(caller, locationId, roomId, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), includeCancelled, cursor, Limit.of(limit, 100, 500));
    }

    @GET
    @Path("/{hireId}")
    @Operation(operationId = "getRoomHire",
            summary = "Reads one hire (front desk of the location)")
    @APIResponse(responseCode = "200", description = "The hire",
            content = @Content(schema = @Schema(implementation = HireResponse.class)))
    @APIResponse(responseCode = "404", description = "No such hire of this room")
    public Uni<HireResponse> get(@PathParam("locationId") UUID locationId, @PathParam("roomId") UUID roomId,
                                 @PathParam("hireId") UUID hireId) {
        return service.get(caller, locationId, roomId, hireId);
    }

    @DELETE
    @Path("/{hireId}")
    @Operation(operationId = "cancelRoomHire",
            summary = "Cancels a hire; the room is free again (chain admins, the location's managers)",
            description = "If-Match is honoured when sent.")
    @APIResponse(responseCode = "200", description = "Cancelled; the hire as it is now")
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public Uni<HireResponse> cancel(@PathParam("locationId") UUID locationId, @PathParam("roomId") UUID roomId,
                                    @PathParam("hireId") UUID hireId,
                                    @Parameter(in = ParameterIn.HEADER, description = "The hire's version, \"<version>\"")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.cancel(caller, locationId, roomId, hireId, ifMatch);
    }
}
