package io.remedy.billing.online;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Online payment: a link to the payment provider's hosted page. */
@Path("/api/v1/billing/invoices/{invoiceId}/payment-link")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
public class PaymentLinkResource {

    private final PaymentLinkService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public PaymentLinkResource(PaymentLinkService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "createPaymentLink", summary = "Opens the payment provider's hosted page for what is"
            + " outstanding on an invoice",
            description = "The client the invoice is made out to, or the front desk of its location. The answer's url"
                    + " is the page to pay on; the provider's signed webhook records the payment. Idempotency-Key:"
                    + " a retry answers the first link.")
    @APIResponse(responseCode = "201", description = "The link; url is the provider's page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentLinkService.Link.class),
                    examples = @ExampleObject(name = "open", value = """
                            {"id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
                             "invoiceId": "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901",
                             "url": "https://pay.example.com/checkout/cs_2026_4f7a9c",
                             "amountCents": 7500, "currency": "GBP", "status": "OPEN",
                             "createdAt": "2026-11-03T16:20:00Z"}""")))
    @APIResponse(responseCode = "403", description = "Neither the invoice's client nor its location's front desk")
    @APIResponse(responseCode = "404", description = "No such invoice, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Nothing is owed on the invoice")
    @APIResponse(responseCode = "503", description = "The payment provider cannot be reached")
    public Uni<Response> createPaymentLink(@HeaderParam(Idempotency.HEADER) String key,
                                           @PathParam("invoiceId") UUID invoiceId) {
        return idempotency.execute(caller, key, new LinkRequest(invoiceId),
                () -> service.create(caller, invoiceId).map(link -> Created.at(URI.create(link.url()), link)));
    }

    /** What a link request is, for its Idempotency-Key's request hash. */
    record LinkRequest(UUID invoiceId) {
    }
}
