package io.remedy.booking.report;

import io.remedy.booking.report.BookingReportView.BookingReport;
import io.remedy.platform.caller.Caller;
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

/** Booking figures per location, for administrators and for the gateway's cross-branch report. */
@Path("/api/v1/reports/booking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "jwt")
public class BookingReportResource {

    private final BookingReportService service;
    private final Caller caller;

    public BookingReportResource(BookingReportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getBookingReport",
            summary = "Booking figures per location over a date range (chain admins; branch managers for theirs)",
            description = "Sessions booked, completed, cancelled (late apart), no-shows, utilisation of therapists' "
                    + "rostered hours and of rooms, new vs returning clients and revenue at list price, per location; "
                    + "each location's days are its own. A location without activity has a row of zeros.")
    @APIResponse(responseCode = "200", description = "One row per location the caller may see")
    @APIResponse(responseCode = "400", description = "from or to missing, unreadable, reversed, or over 366 days apart")
    @APIResponse(responseCode = "403", description = "Not an admin or manager, or another manager's location")
    @APIResponse(responseCode = "404", description = "No such location in the chain")
    public Uni<BookingReport> report(
            @Parameter(description = "First day", required = true, example = "2026-11-01", schema = @Schema(format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive", required = true, example = "2026-11-30",
                    schema = @Schema(format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only this location", schema = @Schema(format = "uuid"))
            @QueryParam("locationId") String locationId) {
        return service.report(caller, from, to, locationId);
    }
}
