package io.remedy.booking.hire;

import io.remedy.booking.hire.RoomHireView.HirePage;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The hires of all of a location's rooms at once: what a day or a week of its diary shows. */
@Path("/api/v1/locations/{locationId}/hires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Room hires")
@SecurityRequirement(name = "jwt")
public class LocationHireResource {

    private final RoomHireService service;
    private final Caller caller;

    public LocationHireResource(RoomHireService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listLocationHires",
            summary = "Lists the hires of every room of the location by start (front desk of the location)",
            description = "Optionally those overlapping [from, to); cancelled ones only when asked.")
    public Uni<HirePage> list(@PathParam("locationId") UUID locationId,
                              @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                              @QueryParam("includeCancelled") @DefaultValue("false") boolean includeCancelled,
                              @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return service.listAtLocation(caller, locationId, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), includeCancelled, cursor, limit);
    }
}
