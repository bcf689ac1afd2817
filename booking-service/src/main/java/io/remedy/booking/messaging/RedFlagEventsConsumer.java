package io.remedy.booking.messaging;

import io.remedy.booking.redflag.RedFlagService;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.remedy.platform.inbox.PoisonEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records' red flags: a raised flag holds the client's future sessions; clearing every open flag lifts the hold. */
@ApplicationScoped
public class RedFlagEventsConsumer {

    static final String CONSUMER = "booking.red-flags";

    private final Inbox inbox;
    private final RedFlagService redFlags;
    private final EventData data;

    public RedFlagEventsConsumer(Inbox inbox, RedFlagService redFlags, EventData data) {
        this.inbox = inbox;
        this.redFlags = redFlags;
        this.data = data;
    }

    @Incoming("red-flags")
    public Uni<Void> onRedFlagEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        boolean raised = EventCatalogue.RED_FLAG_RAISED.type().equals(envelope.type());
        boolean cleared = EventCatalogue.RED_FLAG_CLEARED.type().equals(envelope.type());
        if (!raised && !cleared) {
            return Uni.createFrom().voidItem();
        }
        if (raised) {
            RedFlagRaised event = data.read(envelope, RedFlagRaised.class);
            requireIds(envelope, event.redFlagId() != null && event.clientId() != null);
            return redFlags.raised(envelope.tenant(), event);
        }
        RedFlagCleared event = data.read(envelope, RedFlagCleared.class);
        requireIds(envelope, event.redFlagId() != null && event.clientId() != null);
        return redFlags.cleared(envelope.tenant(), event);
    }

    private static void requireIds(CloudEvent envelope, boolean present) {
        if (!present) {
            throw new PoisonEventException("Red-flag event " + envelope.id() + " names no redFlagId or clientId");
        }
    }
}
