package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.WaitlistOfferExpired;
import io.remedy.contracts.booking.WaitlistOffered;
import io.remedy.notification.message.SessionNotices;
import io.remedy.notification.webhook.WebhookFanOut;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Booking's waitlist events: a freed slot offered to a waiting client, and the end of such an offer. */
@ApplicationScoped
public class WaitlistEventsConsumer {

    static final String CONSUMER = "notification.waitlist";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final EventData data;
    private final SessionNotices notices;

    public WaitlistEventsConsumer(Inbox inbox, EventData data, SessionNotices notices, WebhookFanOut webhooks) {
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.data = data;
        this.notices = notices;
    }

    @Incoming("waitlist")
    public Uni<Void> onWaitlistEvent(Message<String> message) {
        // the chain's webhook endpoints hear of the event in the same transaction as its other effects
        return inbox.handle(CONSUMER, message, (envelope, json) -> apply(envelope, json)
                .chain(() -> webhooks.offer(envelope)));
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.WAITLIST_OFFERED.type().equals(envelope.type())) {
            return notices.offered(envelope, data.read(envelope, WaitlistOffered.class)).replaceWithVoid();
        }
        if (EventCatalogue.WAITLIST_OFFER_EXPIRED.type().equals(envelope.type())) {
            return notices.offerEnded(envelope, data.read(envelope, WaitlistOfferExpired.class)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
