package io.remedy.billing.invoice;

import io.remedy.billing.invoice.InvoiceView.InvoiceResponse;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Invoices: issued when a session is completed, never edited, voided by a credit note. */
@Path("/api/v1/billing/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
@SecurityRequirement(name = "jwt")
public class InvoiceResource {

    private final InvoiceService service;
    private final Caller caller;

    public InvoiceResource(InvoiceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listInvoices", summary = "Lists invoices and credit notes, newest first",
            description = "A chain admin sees every invoice of the chain; the front desk those of its locations; a"
                    + " therapist the billing status of their own sessions (no amounts); a client their own.")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (named in errors)")
    public Uni<Page<InvoiceResponse>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("locationId") @Parameter(description = "Only invoices of this location") String locationId,
            @QueryParam("clientId") @Parameter(description = "Only invoices of this client") String clientId,
            @QueryParam("status") @Parameter(description = "ISSUED, PART_PAID, PAID or VOID") String status,
            @QueryParam("from") @Parameter(description = "Issued at or after (ISO-8601 with offset)",
                    example = "2026-03-01T00:00:00Z") String from,
            @QueryParam("to") @Parameter(description = "Issued before (ISO-8601 with offset)",
                    example = "2026-04-01T00:00:00Z") String to) {
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw ProblemException.validation("to", "must be after from");
        }
        return service.list(caller, new InvoiceService.Filter(QueryParams.locationId(locationId),
                QueryParams.optionalUuid("clientId", clientId),
                QueryParams.optionalEnum("status", status, InvoiceStatus.class), fromInstant, toInstant), Limit.of(limit), cursor);
    }

    @GET
    @Path("/{invoiceId}")
    @Operation(operationId = "getInvoice", summary = "Reads one invoice with its lines and payments",
            description = "A therapist sees its status only.")
    @APIResponse(responseCode = "200", description = "The invoice")
    @APIResponse(responseCode = "404", description = "No such invoice, or not one the caller may see")
    public Uni<InvoiceResponse> get(@PathParam("invoiceId") UUID invoiceId) {
        return service.get(caller, invoiceId);
    }

    @POST
    @Path("/{invoiceId}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidInvoice", summary = "Voids an unpaid invoice by issuing a credit note for it",
            description = "The front desk of the invoice's location or a chain admin. What was paid is refunded first."
                    + " An optional body names the reason. Answers with the credit note.")
    @APIResponse(responseCode = "200", description = "The credit note; the invoice is now VOID")
    @APIResponse(responseCode = "400", description = "The reason is not one of the codes (named in errors)")
    @APIResponse(responseCode = "403", description = "Not the front desk of the invoice's location")
    @APIResponse(responseCode = "404", description = "No such invoice, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Already void, a credit note, or payments not refunded")
    public Uni<InvoiceResponse> voidInvoice(@PathParam("invoiceId") UUID invoiceId,
                                            @Valid InvoiceView.NewVoid request) {
        return service.voidInvoice(caller, invoiceId, request == null ? null : request.reason());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value.trim());
            if (parsed.getYear() < 1900 || parsed.getYear() > 2100) {
                throw ProblemException.validation(name, "must be a date between 1900 and 2100");
            }
            return parsed.toInstant();
        } catch (DateTimeException e) {
            throw ProblemException.validation(name, "is not an ISO-8601 date-time with offset");
        }
    }
}
