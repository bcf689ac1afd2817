package io.remedy.notification.receipt;

import io.quarkus.runtime.ShutdownEvent;
import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.SendFailure;
import io.remedy.notification.message.MessageKind;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The attachments of an e-mail: a receipt's PDF, fetched from billing-service when the e-mail goes out (never kept
 * here: billing holds the invoice). A failed fetch fails the send, which is retried like any other.
 */
@ApplicationScoped
public class ReceiptAttachments {

    private final ReceiptConfig config;
    private final WebClient web;

    public ReceiptAttachments(ReceiptConfig config, Vertx vertx) {
        this.config = config;
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("remedy-notification"));
    }

    void close(@Observes ShutdownEvent event) {
        web.close();
    }

    /** What the delivery's e-mail carries: the receipt of a RECEIPT message, nothing for any other. */
    public Uni<List<MailAttachment>> of(Delivery delivery) {
        if (!MessageKind.RECEIPT.name().equals(delivery.kind) || delivery.aboutId == null) {
            return Uni.createFrom().item(List.of());
        }
        String base = config.billingUrl().endsWith("/")
                ? config.billingUrl().substring(0, config.billingUrl().length() - 1) : config.billingUrl();
        String url = base + "/internal/receipts/" + URLEncoder.encode(delivery.tenant, StandardCharsets.UTF_8) + "/"
                + delivery.aboutId;
        return web.getAbs(url)
                .timeout(config.timeout().toMillis())
                .putHeader("Remedy-Internal-Token", config.token())
                .send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        // billing may not know the invoice yet or be restarting: the send is tried again
                        throw new SendFailure(SendFailure.PROVIDER_UNAVAILABLE,
                                "billing-service answered " + response.statusCode() + " for the receipt", false);
                    }
                    MailAttachment pdf = MailAttachment.create()
                            .setName("receipt-" + delivery.aboutId + ".pdf")
                            .setContentType("application/pdf")
                            .setDisposition("attachment")
                            .setData(response.body().getDelegate());
                    return List.of(pdf);
                });
    }
}
