package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.notification.message.ClinicalNotices;
import io.remedy.notification.webhook.WebhookFanOut;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records' plan events: the latest plan's homework is kept and sent to the client. */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "notification.plans";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final EventData data;
    private final ClinicalNotices notices;

    public PlanEventsConsumer(Inbox inbox, EventData data, ClinicalNotices notices, WebhookFanOut webhooks) {
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.data = data;
        this.notices = notices;
    }

    @Incoming("plans")
    public Uni<Void> onPlanEvent(Message<String> message) {
        // the chain's webhook endpoints hear of the event in the same transaction as its other effects
        return inbox.handle(CONSUMER, message, (envelope, json) -> apply(envelope, json)
                .chain(() -> webhooks.offer(envelope)));
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.PLAN_UPDATED.type().equals(envelope.type())) {
            return notices.planUpdated(envelope, data.read(envelope, PlanUpdated.class)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
