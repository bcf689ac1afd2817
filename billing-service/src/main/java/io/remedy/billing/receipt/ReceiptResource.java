package io.remedy.billing.receipt;

import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An invoice as a PDF document: the receipt once it is paid, what a client claims from their insurer with. */
@Path("/api/v1/billing/invoices/{invoiceId}/pdf")
@Tag(name = "Invoices")
@SecurityRequirement(name = "jwt")
public class ReceiptResource {

    static final String PDF = "application/pdf";

    private final ReceiptService service;
    private final ReceiptPdf pdf;
    private final Caller caller;

    public ReceiptResource(ReceiptService service, ReceiptPdf pdf, Caller caller) {
        this.service = service;
        this.pdf = pdf;
        this.caller = caller;
    }

    @GET
    @Produces({PDF, "application/problem+json"})
    @Operation(operationId = "getInvoicePdf", summary = "Reads an invoice as a PDF: the receipt once it is paid",
            description = "Clinic, location, client, each service with its date, therapist and their professional"
                    + " registration number, the amounts and the payments with their method. The front desk of the"
                    + " location, chain admins and the client it is made out to; a therapist is refused (403).")
    @APIResponse(responseCode = "200", description = "The PDF document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "The caller sees the invoice's status only")
    @APIResponse(responseCode = "404", description = "No such invoice, or not one the caller may see")
    public Uni<Response> pdf(@PathParam("invoiceId") UUID invoiceId) {
        return service.receipt(caller, invoiceId)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(receipt -> Response.ok(pdf.render(receipt), PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "inline; filename=\"" + receipt.number() + ".pdf\"")
                        .build());
    }
}
