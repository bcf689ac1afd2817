package io.remedy.booking.messaging;

import io.remedy.booking.series.PlanProposals;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records' treatment plans: each new version of an active plan gets a proposed series of sessions. */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "booking.plans";

    private final Inbox inbox;
    private final PlanProposals proposals;
    private final EventData data;

    public PlanEventsConsumer(Inbox inbox, PlanProposals proposals, EventData data) {
        this.inbox = inbox;
        this.proposals = proposals;
        this.data = data;
    }

    @Incoming("plans")
    public Uni<Void> onPlanEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (!EventCatalogue.PLAN_UPDATED.type().equals(envelope.type())) {
            return Uni.createFrom().voidItem();
        }
        return proposals.planUpdated(envelope.tenant(), data.read(envelope, PlanUpdated.class));
    }
}
