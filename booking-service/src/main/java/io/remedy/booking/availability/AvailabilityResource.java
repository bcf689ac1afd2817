package io.remedy.booking.availability;

import io.remedy.booking.availability.AvailabilityView.SlotResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public availability: free slots for a service. */
@Path("/api/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability")
@SecurityRequirement(name = "jwt")
public class AvailabilityResource {

    private final AvailabilityService service;
    private final Caller caller;

    public AvailabilityResource(AvailabilityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "searchAvailability",
            summary = "Finds free slots for a service (anyone signed in to the chain, clients included)",
            description = "Slots starting on the dates from..to (inclusive, each location's own dates) at one location "
                    + "or every location of the chain, optionally with one therapist. A slot has the location open for "
                    + "the whole treatment and not closed that day, a therapist who offers the service rostered there "
                    + "until the end of the buffer and not on leave or busy anywhere, and a free room. Start times step "
                    + "every 15 minutes along the location's wall clock (a time skipped by a daylight-saving change "
                    + "does not exist). Ordered by start, location code, therapist; at most 31 days per search.")
    @APIResponse(responseCode = "200", description = "A page of free slots")
    @APIResponse(responseCode = "400", description = "A parameter is missing or not valid (field named)")
    @APIResponse(responseCode = "404", description = "No such service, location or therapist in the chain")
    public Uni<Page<SlotResponse>> search(
            @Parameter(description = "The service to book", required = true, schema = @Schema(format = "uuid"))
            @QueryParam("serviceId") String serviceId,
            @Parameter(description = "First date", required = true, example = "2026-12-01", schema = @Schema(format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last date, inclusive", required = true, example = "2026-12-07",
                    schema = @Schema(format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this location; absent for every location of the chain",
                    schema = @Schema(format = "uuid")) @QueryParam("locationId") String locationId,
            @Parameter(description = "Only this therapist", schema = @Schema(format = "uuid"))
            @QueryParam("therapistId") String therapistId,
            @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.search(caller, serviceId, from, to, locationId, therapistId, limit, cursor);
    }
}
