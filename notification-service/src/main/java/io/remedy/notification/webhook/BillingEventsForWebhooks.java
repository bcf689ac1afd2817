package io.remedy.notification.webhook;

import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Billing's invoice and payment events, for webhooks only: a consumer group of its own, so whatever else the service
 * does with these events reads them independently.
 */
@ApplicationScoped
public class BillingEventsForWebhooks {

    static final String CONSUMER = "notification.webhook-invoices";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;

    public BillingEventsForWebhooks(Inbox inbox, WebhookFanOut webhooks) {
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    @Incoming("webhook-invoices")
    public Uni<Void> onBillingEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, (envelope, json) -> webhooks.offer(envelope));
    }
}
