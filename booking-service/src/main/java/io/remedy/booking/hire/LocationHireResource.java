package io.remedy.booking.hire;

import io.remedy.booking.hire.RoomHireView.HireResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    public Uni<Page<HireResponse>> list(@PathParam("locationId") UUID locationId,
                              @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                              @QueryParam("includeCancelled") @DefaultValue("false") boolean includeCancelled,
                              @QueryParam("cursor") String cursor,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
                              @QueryParam("limit") String limit) {
        return service.listAtLocation(caller, locationId, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), includeCancelled, cursor, Limit.of(limit, 100, 500));
    }
}
