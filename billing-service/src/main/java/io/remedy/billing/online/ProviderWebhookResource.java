package io.remedy.billing.online;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.logging.Log;
import io.remedy.billing.config.BillingConfig;
import io.remedy.billing.online.PaymentLinkService.ProviderEvent;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The payment provider's webhooks. They carry no token: each is signed the Standard Webhooks way (HMAC-SHA256 over
 * {@code webhook-id.webhook-timestamp.body} with the shared secret, a timestamp within five minutes), and one that
 * does not verify is refused with 401 and changes nothing. Not part of the public API behind the gateway: the
 * provider reaches this service directly.
 */
@Path("/provider/webhooks")
public class ProviderWebhookResource {

    private final PaymentLinkService service;
    private final Webhook webhook;
    private final ObjectMapper json;

    public ProviderWebhookResource(PaymentLinkService service, BillingConfig config, ObjectMapper json) {
        this.service = service;
        try {
            this.webhook = new Webhook(config.provider().webhookSecret());
        } catch (EmptyWebhookSecretException e) {
            throw new IllegalStateException("remedy.billing.provider.webhook-secret is empty", e);
        }
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Uni<Response> receive(String body, @Context HttpHeaders headers) {
        Map<String, List<String>> signed = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> signed.put(name.toLowerCase(Locale.ROOT), values));
        try {
            webhook.verify(body == null ? "" : body, signed);
        } catch (WebhookVerificationException e) {
            Log.warnf("A provider webhook was refused: %s", e.getMessage());
            throw ProblemException.unauthenticated("The webhook's signature does not verify");
        }
        ProviderEvent event;
        try {
            JsonNode tree = json.readTree(body);
            JsonNode data = tree.path("data");
            event = new ProviderEvent(signed.get("webhook-id").get(0), tree.path("type").asText(),
                    data.path("checkoutId").asText(null),
                    data.path("amountCents").isInt() ? data.path("amountCents").asInt() : null);
        } catch (IOException e) {
            throw ProblemException.badRequest("The webhook's body is not JSON");
        }
        if (event.checkoutId() == null) {
            throw ProblemException.validation("data.checkoutId", "is required");
        }
        return service.settle(event).replaceWith(Response.noContent().build());
    }
}
