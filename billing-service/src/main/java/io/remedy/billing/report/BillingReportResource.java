package io.remedy.billing.report;

import io.remedy.billing.report.BillingReportView.BillingReport;
import io.remedy.platform.caller.Caller;
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

/** The billing figures per location over a date range, in each location's currency. */
@Path("/api/v1/billing/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing reports")
@SecurityRequirement(name = "jwt")
public class BillingReportResource {

    private final BillingReportService service;
    private final Caller caller;

    public BillingReportResource(BillingReportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getBillingReport",
            summary = "Invoiced, paid, refunded and outstanding money and package sales per location, in its currency",
            description = "Over the invoices issued from `from` to `to` (inclusive, the location's days): chain admins"
                    + " for every location of the chain, branch managers for theirs. Amounts in different currencies"
                    + " are never added: `totals` has one entry per currency.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not a chain admin or branch manager, or not their location")
    public Uni<BillingReport> report(
            @QueryParam("from") @Parameter(description = "First day, YYYY-MM-DD", required = true,
                    example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive, YYYY-MM-DD", required = true,
                    example = "2026-11-30") String to,
            @QueryParam("locationId") @Parameter(description = "Only this location") String locationId) {
        return service.report(caller, from, to, locationId);
    }
}
