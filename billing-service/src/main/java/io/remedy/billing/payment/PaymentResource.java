package io.remedy.billing.payment;

import io.remedy.billing.payment.PaymentView.NewPayment;
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

/** Payments at the front desk towards an invoice. */
@Path("/api/v1/billing/invoices/{invoiceId}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
public class PaymentResource {

    private final PaymentService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public PaymentResource(PaymentService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPayment", summary = "Records a card-terminal or cash payment towards an invoice",
            description = "The front desk of the invoice's location or a chain admin. Part payments are allowed, more"
                    + " than is outstanding is not. Publishes payment.received. Idempotency-Key: a retry answers the"
                    + " first result.")
    @APIResponse(responseCode = "201", description = "Recorded; the body has the invoice's status after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentResponse.class),
                    examples = @ExampleObject(name = "card", value = """
                            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
                             "invoiceId": "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901", "kind": "PAYMENT",
                             "method": "CARD_TERMINAL", "amountCents": 7500, "currency": "GBP",
                             "at": "2026-11-03T16:25:00Z", "invoiceStatus": "PAID", "outstandingCents": 0}""")))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not the front desk of the invoice's location")
    @APIResponse(responseCode = "404", description = "No such invoice, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "More than is outstanding (amountCents), or the invoice is void")
    public Uni<Response> recordPayment(@HeaderParam(Idempotency.HEADER) String key,
                                       @PathParam("invoiceId") UUID invoiceId,
                                       @Valid @NotNull NewPayment request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, new Keyed(invoiceId, request),
                () -> service.record(caller, invoiceId, request).map(payment -> Created.at(at(uri, invoiceId), payment)));
    }

    private static URI at(UriInfo uri, UUID invoiceId) {
        return uri.getBaseUriBuilder().path("/api/v1/billing/invoices").path(invoiceId.toString()).build();
    }

    /** The request with the invoice it names, for the Idempotency-Key's request hash. */
    record Keyed(UUID invoiceId, Object request) {
    }
}
