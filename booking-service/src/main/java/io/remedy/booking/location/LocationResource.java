package io.remedy.booking.location;

import io.remedy.booking.location.LocationView.LocationResponse;
import io.remedy.booking.location.LocationView.NewLocation;
import io.remedy.booking.location.LocationView.NewRoom;
import io.remedy.booking.location.LocationView.RoomResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The chain's locations (branches) and their rooms. */
@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
@SecurityRequirement(name = "jwt")
public class LocationResource {

    private final LocationService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public LocationResource(LocationService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Lists the locations of the caller's chain")
    public Uni<List<LocationResponse>> list() {
        return service.list(caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one location")
    public Uni<LocationResponse> get(@PathParam("id") UUID id) {
        return service.get(caller, id);
    }

    @POST
    @Operation(summary = "Opens a location (chain admins)")
    public Uni<Response> open(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewLocation request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.open(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @GET
    @Path("/{id}/rooms")
    @Operation(summary = "Lists the rooms of a location")
    public Uni<List<RoomResponse>> rooms(@PathParam("id") UUID id) {
        return service.rooms(caller, id);
    }

    @POST
    @Path("/{id}/rooms")
    @Operation(summary = "Adds a room to a location (chain admins, the location's managers)")
    public Uni<Response> addRoom(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id, @Valid @NotNull NewRoom request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.addRoom(caller, id, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }
}
