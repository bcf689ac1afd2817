package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.notification.message.ClinicalNotices;
import io.remedy.notification.webhook.WebhookFanOut;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records' red-flag events: alerts to the treating therapist and the location's branch managers. */
@ApplicationScoped
public class RedFlagEventsConsumer {

    static final String CONSUMER = "notification.red-flags";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final EventData data;
    private final ClinicalNotices notices;

    public RedFlagEventsConsumer(Inbox inbox, EventData data, ClinicalNotices notices, WebhookFanOut webhooks) {
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.data = data;
        this.notices = notices;
    }

    @Incoming("red-flags")
    public Uni<Void> onRedFlagEvent(Message<String> message) {
        // the chain's webhook endpoints hear of the event in the same transaction as its other effects
        return inbox.handle(CONSUMER, message, (envelope, json) -> apply(envelope, json)
                .chain(() -> webhooks.offer(envelope)));
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.RED_FLAG_RAISED.type().equals(envelope.type())) {
            return notices.redFlagRaised(envelope, data.read(envelope, RedFlagRaised.class)).replaceWithVoid();
        }
        if (EventCatalogue.RED_FLAG_CLEARED.type().equals(envelope.type())) {
            return notices.redFlagCleared(envelope, data.read(envelope, RedFlagCleared.class)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
