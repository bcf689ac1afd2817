package io.remedy.billing.online;

import io.quarkus.runtime.ShutdownEvent;
import io.remedy.billing.config.BillingConfig;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;

/**
 * The payment provider's API: {@code POST /v1/checkouts} with a bearer token opens a hosted checkout page for an
 * amount; the provider answers with its id and the page's URL, and later sends a signed webhook to
 * {@code webhookUrl} when the client paid or declined. No card data ever reaches billing.
 */
@ApplicationScoped
public class PaymentProvider {

    /** A hosted checkout: the provider's id and the page the client pays on. */
    public record Checkout(String id, String url) {
    }

    private final BillingConfig.Provider config;
    private final WebClient web;

    public PaymentProvider(BillingConfig config, Vertx vertx) {
        this.config = config.provider();
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setUserAgent("remedy-billing"));
    }

    void close(@Observes ShutdownEvent event) {
        web.close();
    }

    /** Opens a checkout for {@code amountCents} of {@code currency}; {@code reference} comes back in its webhooks. */
    public Uni<Checkout> open(UUID reference, int amountCents, String currency, String description) {
        String base = config.url().endsWith("/") ? config.url().substring(0, config.url().length() - 1) : config.url();
        return web.postAbs(base + "/v1/checkouts")
                .timeout(config.timeout().toMillis())
                .bearerTokenAuthentication(config.token())
                .sendJsonObject(new JsonObject()
                        .put("reference", reference.toString())
                        .put("amountCents", amountCents)
                        .put("currency", currency)
                        .put("description", description)
                        .put("webhookUrl", config.webhookUrl()))
                .onFailure().transform(failure -> unavailable())
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw unavailable();
                    }
                    JsonObject answer = response.bodyAsJsonObject();
                    if (answer == null || answer.getString("id") == null || answer.getString("url") == null) {
                        throw unavailable();
                    }
                    return new Checkout(answer.getString("id"), answer.getString("url"));
                });
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE,
                "The payment provider cannot open a payment page now; try again shortly"));
    }
}
