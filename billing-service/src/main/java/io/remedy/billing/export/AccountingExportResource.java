package io.remedy.billing.export;

import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A location's invoices over a period as the CSV an accounting package imports. */
@Path("/api/v1/billing/exports/accounting")
@Tag(name = "Billing reports")
@SecurityRequirement(name = "jwt")
public class AccountingExportResource {

    static final String CSV = "text/csv";

    private final AccountingExportService service;
    private final Caller caller;

    public AccountingExportResource(AccountingExportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Produces({CSV, "application/problem+json"})
    @Operation(operationId = "exportAccounting",
            summary = "Exports a location's invoices and credit notes over a period as CSV",
            description = "One line per document issued from `from` to `to` (inclusive, the location's days), in the"
                    + " order issued: date, number, type, the client's reference (never their name), net, tax and"
                    + " gross in the currency's major unit, currency, and what was paid on it less refunds. Credit"
                    + " notes carry negative amounts. Chain admins for every location, branch managers for theirs.")
    @APIResponse(responseCode = "200", description = "The CSV (RFC 4180, a header row)",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "norwich", value = """
                            date,number,type,client reference,net,tax,gross,currency,payments\r
                            2026-11-03,NORWICH-2026-000123,invoice,C-000042,62.50,12.50,75.00,GBP,75.00\r
                            2026-11-04,NORWICH-2026-000124,credit note,C-000017,-50.00,-10.00,-60.00,GBP,0.00\r
                            """)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or invalid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not a chain admin, nor the branch manager of the location")
    @APIResponse(responseCode = "404", description = "No such location in the caller's chain")
    public Uni<Response> export(
            @QueryParam("locationId") @Parameter(description = "The location", required = true,
                    example = "0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10") String locationId,
            @QueryParam("from") @Parameter(description = "First day, YYYY-MM-DD", required = true,
                    example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive, YYYY-MM-DD", required = true,
                    example = "2026-11-30") String to) {
        return service.export(caller, locationId, from, to)
                .map(export -> Response.ok(export.csv(), CSV + "; charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                        .build());
    }
}
