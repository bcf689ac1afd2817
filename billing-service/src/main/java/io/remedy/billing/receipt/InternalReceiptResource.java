package io.remedy.billing.receipt;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.billing.config.BillingConfig;
import io.remedy.billing.invoice.Invoice;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

/**
 * The receipt of a paid invoice for notification-service, which e-mails it to the client: not behind the gateway and
 * not in the public API, authenticated by the shared internal token ({@code remedy.billing.receipts.internal-token}
 * in the {@value #TOKEN_HEADER} header)
 * and scoped by the tenant the asking event named. See docs/decisions/receipts.md.
 */
@Path("/internal/receipts/{tenant}/{invoiceId}")
public class InternalReceiptResource {

    /**
     * The header the token comes in: not {@code Authorization}, which the OIDC layer reads as a user's bearer token
     * (and refuses) before any resource sees it.
     */
    public static final String TOKEN_HEADER = "Remedy-Internal-Token";

    private final BillingConfig config;
    private final ReceiptPdf pdf;

    public InternalReceiptResource(BillingConfig config, ReceiptPdf pdf) {
        this.config = config;
        this.pdf = pdf;
    }

    @GET
    @Produces(ReceiptResource.PDF)
    @Operation(hidden = true)
    public Uni<Response> receipt(@PathParam("tenant") String tenant, @PathParam("invoiceId") UUID invoiceId,
                                 @HeaderParam(TOKEN_HEADER) String token) {
        if (!authorised(token)) {
            return Uni.createFrom().item(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        return find(tenant, invoiceId).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(receipt -> receipt == null ? Response.status(Response.Status.NOT_FOUND).build()
                        : Response.ok(pdf.render(receipt), ReceiptResource.PDF)
                                .header(HttpHeaders.CONTENT_DISPOSITION,
                                        "attachment; filename=\"" + receipt.number() + ".pdf\"")
                                .build());
    }

    private static Uni<Receipt> find(String tenant, UUID invoiceId) {
        return Panache.withSession(() -> Invoice.<Invoice>find("id = ?1 and tenant = ?2", invoiceId, tenant)
                .firstResult()
                .chain(invoice -> invoice == null ? Uni.createFrom().nullItem() : ReceiptService.of(invoice)));
    }

    /** The shared token, compared in constant time. */
    boolean authorised(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        byte[] expected = config.receipts().internalToken().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
