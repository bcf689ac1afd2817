package io.remedy.billing.payment;

import io.remedy.billing.payment.PaymentView.BalanceResponse;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** What a client owes, per currency. */
@Path("/api/v1/billing/clients/{clientId}/balance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
public class BalanceResource {

    private final PaymentService service;
    private final Caller caller;

    public BalanceResource(PaymentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getClientBalance", summary = "A client's balance: invoiced, paid, refunded and"
            + " outstanding, per currency",
            description = "A chain admin over the chain, the front desk over its locations' invoices, a client their"
                    + " own; therapists are refused.")
    @APIResponse(responseCode = "200", description = "The balance per currency (empty when nothing is invoiced)")
    @APIResponse(responseCode = "403", description = "A therapist")
    @APIResponse(responseCode = "404", description = "No such client in the chain, or (for a client) not themself")
    public Uni<BalanceResponse> balance(@PathParam("clientId") UUID clientId) {
        return service.balance(caller, clientId);
    }
}
