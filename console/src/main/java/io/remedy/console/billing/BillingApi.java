package io.remedy.console.billing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * billing-service's public API through the gateway, called with the signed-in user's token: invoices, payments at
 * the front desk, the payment provider's link for paying online, the receipt PDF and the money report. The API
 * decides who sees which invoice (a client only their own, the front desk their locations').
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BillingApi {

    /** Invoices and credit notes, newest first; every filter may be null. */
    @GET
    @Path("/invoices")
    Uni<Billing.InvoicePage> invoices(@QueryParam("locationId") UUID locationId, @QueryParam("clientId") UUID clientId,
                                      @QueryParam("status") String status, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") String cursor);

    @GET
    @Path("/invoices/{id}")
    Uni<Billing.Invoice> invoice(@PathParam("id") UUID id);

    /** The invoice as a PDF: the receipt once it is paid. */
    @GET
    @Path("/invoices/{id}/pdf")
    @Produces("application/pdf")
    Uni<byte[]> pdf(@PathParam("id") UUID id);

    /** A card-terminal or cash payment; the key makes a repeated form submission pay once. */
    @POST
    @Path("/invoices/{id}/payments")
    Uni<JsonNode> pay(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key, Billing.NewPayment payment);

    /** Opens the provider's hosted page for what is outstanding; the answer's {@code url} is where to pay. */
    @POST
    @Path("/invoices/{id}/payment-link")
    Uni<Billing.PaymentLink> paymentLink(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key);

    /** A client's treatment plans as billing sells their series: the package that sells each, and any sale. */
    @GET
    @Path("/plan-series")
    Uni<Billing.PlanSeriesPage> planSeries(@QueryParam("clientId") UUID clientId, @QueryParam("limit") Integer limit);

    /** The packages a client holds, most recently sold first. */
    @GET
    @Path("/client-packages")
    Uni<Billing.ClientPackagePage> clientPackages(@QueryParam("clientId") UUID clientId,
                                                  @QueryParam("limit") Integer limit);

    /** Sells a package (or a plan's series as one); the answer names the invoice to pay. */
    @POST
    @Path("/client-packages")
    Uni<Billing.ClientPackage> sell(@HeaderParam("Idempotency-Key") String key, Billing.NewClientPackage sale);

    /** Refunds part or all of a payment of the invoice. */
    @POST
    @Path("/invoices/{id}/refunds")
    Uni<JsonNode> refund(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key,
                         Billing.NewRefund refund);

    /** Voids an invoice with nothing left paid on it, by a credit note. */
    @POST
    @Path("/invoices/{id}/void")
    Uni<JsonNode> voidInvoice(@PathParam("id") UUID id, Billing.NewVoid reason);

    /** Each location's money in its own currency and the totals per currency. */
    @GET
    @Path("/reports")
    Uni<Billing.Report> report(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("locationId") UUID locationId);
}
