package io.remedy.booking.location;

import io.remedy.booking.location.LocationView.ClosureResponse;
import io.remedy.booking.location.LocationView.LocationResponse;
import io.remedy.booking.location.LocationView.LocationUpdate;
import io.remedy.booking.location.LocationView.NewClosure;
import io.remedy.booking.location.LocationView.NewLocation;
import io.remedy.booking.location.LocationView.NewRoom;
import io.remedy.booking.location.LocationView.OpeningHoursResponse;
import io.remedy.booking.location.LocationView.OpeningHoursUpdate;
import io.remedy.booking.location.LocationView.RoomResponse;
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

/** The chain's locations (branches): rooms, opening hours and closures. */
@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
@SecurityRequirement(name = "jwt")
public class LocationResource {

    private final LocationService service;
    private final LocationOpeningHours opening;
    private final LocationClosures closures;
    private final LocationRooms rooms;
    private final Caller caller;
    private final Idempotency idempotency;

    public LocationResource(LocationService service, LocationOpeningHours opening, LocationClosures closures,
                            LocationRooms rooms, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.opening = opening;
        this.closures = closures;
        this.rooms = rooms;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listLocations",
            summary = "Lists the locations of the caller's chain",
            description = "In code order. One page at a time: pass nextCursor as cursor (a chain's locations "
                    + "usually fit one page of the default 100).")
    @APIResponse(responseCode = "200", description = "A page of locations")
    public Uni<Page<LocationResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(caller, Limit.of(limit, 100, 500), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLocation",
            summary = "Reads one location", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The location; ETag = its version")
    @APIResponse(responseCode = "404", description = "No such location in the caller's chain")
    public Uni<RestResponse<LocationResponse>> get(@PathParam("id") UUID id) {
        return service.get(caller, id).map(location -> IfMatch.tagged(location, location.version()));
    }

    @POST
    @Operation(operationId = "openLocation",
            summary = "Opens a location (chain admins)",
            description = "A new location opens Monday-Friday 08:00-20:00 and Saturday 09:00-17:00 until its opening "
                    + "hours are changed.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(schema = @Schema(implementation = LocationResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is already used in this chain")
    public Uni<Response> open(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewLocation request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.open(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateLocation",
            summary = "Changes a location's name, time zone or notice window (chain admins, its managers)")
    @APIResponse(responseCode = "200", description = "Changed; ETag = the new version")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<LocationResponse>> update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LocationUpdate request) {
        return service.update(caller, id, ifMatch, request).map(location -> IfMatch.tagged(location, location.version()));
    }

    @GET
    @Path("/{id}/opening-hours")
    @Operation(operationId = "getOpeningHours",
            summary = "Reads a location's weekly opening hours",
            description = "Wall-clock times in the location's time zone; a weekday without intervals is closed. "
                    + "ETag = the location's version.")
    public Uni<RestResponse<OpeningHoursResponse>> openingHours(@PathParam("id") UUID id) {
        return opening.openingHours(caller, id).map(hours -> IfMatch.tagged(hours, hours.version()));
    }

    @PUT
    @Path("/{id}/opening-hours")
    @Operation(operationId = "replaceOpeningHours",
            summary = "Replaces a location's weekly opening hours (chain admins, its managers)",
            description = "Send every interval of the week; several a day are allowed, none may overlap. If-Match takes "
                    + "the location's ETag.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag = the location's new version")
    @APIResponse(responseCode = "400", description = "An interval is not valid or overlaps another (field named)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<OpeningHoursResponse>> setOpeningHours(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OpeningHoursUpdate request) {
        return opening.setOpeningHours(caller, id, ifMatch, request).map(hours -> IfMatch.tagged(hours, hours.version()));
    }

    @GET
    @Path("/{id}/closures")
    @Operation(operationId = "listClosures",
            summary = "Lists a location's closures (holidays) in date order")
    public Uni<Page<ClosureResponse>> closures(
            @PathParam("id") UUID id,
            @Parameter(description = "Only closures ending on or after this date", schema = @Schema(format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Only closures starting on or before this date", schema = @Schema(format = "date"))
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return closures.closures(caller, id, from, to, limit, cursor);
    }

    @POST
    @Path("/{id}/closures")
    @Operation(operationId = "addClosure",
            summary = "Closes a location for a day or several (chain admins, its managers)",
            description = "Give date, or from and to (inclusive), as dates of the location's time zone.")
    @APIResponse(responseCode = "201", description = "Closed; Location names the closure",
            content = @Content(schema = @Schema(implementation = ClosureResponse.class)))
    public Uni<Response> addClosure(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id,
                                    @Valid @NotNull NewClosure request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> closures.addClosure(caller, id, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @DELETE
    @Path("/{id}/closures/{closureId}")
    @Operation(operationId = "removeClosure",
            summary = "Removes a closure (chain admins, the location's managers)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Void> removeClosure(@PathParam("id") UUID id, @PathParam("closureId") UUID closureId) {
        return closures.removeClosure(caller, id, closureId);
    }

    @GET
    @Path("/{id}/rooms")
    @Operation(operationId = "listRooms",
            summary = "Lists the rooms of a location",
            description = "In name order. One page at a time: pass nextCursor as cursor (a location's rooms "
                    + "usually fit one page of the default 100).")
    @APIResponse(responseCode = "200", description = "A page of the location's rooms")
    public Uni<Page<RoomResponse>> rooms(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return rooms.rooms(caller, id, Limit.of(limit, 100, 500), cursor);
    }

    @POST
    @Path("/{id}/rooms")
    @Operation(operationId = "addRoom",
            summary = "Adds a room to a location (chain admins, the location's managers)")
    @APIResponse(responseCode = "201", description = "Added; Location names the room",
            content = @Content(schema = @Schema(implementation = RoomResponse.class)))
    public Uni<Response> addRoom(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id, @Valid @NotNull NewRoom request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> rooms.addRoom(caller, id, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

}
