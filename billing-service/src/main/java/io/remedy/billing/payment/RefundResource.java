package io.remedy.billing.payment;

import io.remedy.billing.payment.PaymentView.NewRefund;
import io.remedy.billing.payment.PaymentView.PaymentResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Refunds of payments of an invoice. */
@Path("/api/v1/billing/invoices/{invoiceId}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
public class RefundResource {

    private final PaymentService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public RefundResource(PaymentService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refundPayment", summary = "Refunds part or all of one payment of an invoice",
            description = "The front desk of the invoice's location or a chain admin. Publishes payment.refunded."
                    + " Idempotency-Key: a retry answers the first result.")
    @APIResponse(responseCode = "201", description = "Refunded; the body has the invoice's status after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentResponse.class),
                    examples = @ExampleObject(name = "partial", value = """
                            {"id": "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e",
                             "invoiceId": "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901", "kind": "REFUND",
                             "method": "CARD_TERMINAL", "amountCents": 2500, "currency": "GBP",
                             "refundOf": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "at": "2026-11-05T10:05:00Z",
                             "invoiceStatus": "PART_PAID", "outstandingCents": 2500, "reason": "CLIENT_REQUEST"}""")))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not the front desk of the invoice's location")
    @APIResponse(responseCode = "404", description = "No such invoice, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "More than is left of the payment (amountCents)")
    public Uni<Response> refundPayment(@HeaderParam(Idempotency.HEADER) String key,
                                       @PathParam("invoiceId") UUID invoiceId,
                                       @Valid @NotNull NewRefund request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, new Keyed(invoiceId, request),
                () -> service.refund(caller, invoiceId, request).map(refund -> Created.at(at(uri, invoiceId), refund)));
    }

    private static URI at(UriInfo uri, UUID invoiceId) {
        return uri.getBaseUriBuilder().path("/api/v1/billing/invoices").path(invoiceId.toString()).build();
    }

    /** The request with the invoice it names, for the Idempotency-Key's request hash. */
    record Keyed(UUID invoiceId, Object request) {
    }
}
