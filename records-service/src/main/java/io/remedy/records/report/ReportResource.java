package io.remedy.records.report;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.query.QueryParams;
import io.remedy.records.report.ReportView.RecordsReport;
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


/** Records' figures for the branch report. */
@Path("/api/v1/records/reports")
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
    @Operation(operationId = "getRecordsReport",
            summary = "Outcome, red-flag and overdue-note figures per location and per therapist over a date "
            + "range (chain admins; branch managers for their locations)")
    @APIResponse(responseCode = "200", description = "One row per location records knows of, zeros included")
    @APIResponse(responseCode = "400", description = "from or to missing, not a date, reversed, or over 366 days")
    @APIResponse(responseCode = "403", description = "Not a chain admin or branch manager, or another location")
    @APIResponse(responseCode = "404", description = "locationId names no location records knows in the caller's chain")
    public Uni<RecordsReport> report(
            @Parameter(description = "First day, inclusive (YYYY-MM-DD), in each location's time zone", required = true)
            @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive (YYYY-MM-DD)", required = true) @QueryParam("to") String to,
            @Parameter(description = "Only this location") @QueryParam("locationId") String locationId) {
        return service.report(caller, from, to, QueryParams.locationId(locationId));
    }
}
