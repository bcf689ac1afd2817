package io.remedy.billing.messaging;

import io.remedy.billing.packages.PlanSeriesBook;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.records.PlanSeriesSet;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records' plan topic: only the series of each plan version (what the front desk sells as a package); the rest is clinical. */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "billing.plans";

    private final Inbox inbox;
    private final EventData data;
    private final PlanSeriesBook plans;

    public PlanEventsConsumer(Inbox inbox, EventData data, PlanSeriesBook plans) {
        this.inbox = inbox;
        this.data = data;
        this.plans = plans;
    }

    @Incoming("plans")
    public Uni<Void> onPlanEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (!EventCatalogue.PLAN_SERIES_SET.type().equals(envelope.type())) {
            return Uni.createFrom().voidItem();
        }
        return plans.keep(envelope.tenant(), data.read(envelope, PlanSeriesSet.class));
    }
}
