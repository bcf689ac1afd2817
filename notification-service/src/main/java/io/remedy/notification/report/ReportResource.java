package io.remedy.notification.report;

import io.remedy.notification.report.ReportView.Report;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Delivery figures per location, for the gateway's branch report. */
@Path("/api/v1/notifications/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "jwt")
public class ReportResource {

    private final ReportService service;
    private final Caller caller;

    public ReportResource(ReportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getNotificationReport",
            summary = "Delivery figures per location over a date range",
            description = "Messages sent per channel, failed attempts, dead letters and the median seconds from"
                    + " event to delivery; days in each location's time zone. Chain admins: every location; branch"
                    + " managers: their locations.")
    @APIResponse(responseCode = "200", description = "One row per known location (zeros without activity)")
    @APIResponse(responseCode = "400", description = "from or to missing or not valid, or the range too long")
    @APIResponse(responseCode = "403", description = "Not a chain admin or branch manager, or another location")
    public Uni<Report> report(
            @QueryParam("from") @Parameter(description = "First day, inclusive", example = "2026-03-01", required = true) String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive", example = "2026-03-31", required = true) String to,
            @QueryParam("locationId") @Parameter(description = "Only this location") String locationId) {
        return service.report(caller, from, to, QueryParams.locationId(locationId));
    }
}
