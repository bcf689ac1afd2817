package io.remedy.notification.delivery;

import io.quarkus.logging.Log;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * An urgent message never dies silently: when one is parked as a dead letter, the chain's admins get it in-app
 * (which does not depend on an address), marked as undelivered and to whom. One such copy per message source and
 * kind, however many of its channels fail; a message to the admins themselves is not escalated again.
 */
@ApplicationScoped
class UndeliveredEscalation {

    private final DeliveryRepository deliveries;

    UndeliveredEscalation(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** Writes the admins' in-app copy of a dead urgent message, in the caller's transaction; emits whether it did. */
    Uni<Boolean> escalate(Delivery dead, Instant now) {
        if (!dead.urgent || (dead.recipientKind == RecipientKind.ROLE && Caller.CHAIN_ADMIN.equals(dead.recipientRole))) {
            return Uni.createFrom().item(false);
        }
        String location = dead.locationCode == null || dead.locationCode.isBlank() ? Caller.ALL_LOCATIONS
                : dead.locationCode;
        String recipient = "role:" + Caller.CHAIN_ADMIN + "@" + location;
        return deliveries.findOnce(dead.tenant, dead.sourceEventId, dead.kind, Channel.IN_APP, recipient)
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(false);
                    }
                    Log.warnf("Urgent delivery %s (%s) is dead: escalated to the chain admins in-app", dead.id,
                            dead.kind);
                    Delivery copy = new Delivery();
                    copy.id = UUID.randomUUID();
                    copy.tenant = dead.tenant;
                    copy.sourceEventId = dead.sourceEventId;
                    copy.sourceEventType = dead.sourceEventType;
                    copy.kind = dead.kind;
                    copy.channel = Channel.IN_APP;
                    copy.recipientKind = RecipientKind.ROLE;
                    copy.recipient = recipient;
                    copy.recipientRole = Caller.CHAIN_ADMIN;
                    copy.locationId = dead.locationId;
                    copy.locationCode = location;
                    copy.aboutId = dead.aboutId;
                    copy.urgent = true;
                    copy.traceparent = dead.traceparent;
                    copy.tracestate = dead.tracestate;
                    copy.language = dead.language;
                    boolean spanish = "es".equals(dead.language);
                    copy.subject = (spanish ? "NO ENTREGADO: " : "UNDELIVERED: ") + dead.subject;
                    copy.bodyText = (spanish
                            ? "Este mensaje urgente no pudo entregarse (" + dead.channel + ", " + whom(dead)
                                    + "). Asegúrense de que alguien actúe. Mensaje:\n\n"
                            : "This urgent message could not be delivered (" + dead.channel + ", " + whom(dead)
                                    + "). Please make sure someone acts on it. The message:\n\n")
                            + (dead.bodyText == null ? "" : dead.bodyText);
                    copy.status = DeliveryStatus.PENDING;
                    copy.eventTime = dead.eventTime;
                    copy.createdAt = now;
                    return deliveries.persist(copy).replaceWith(true);
                });
    }

    /** To whom a message was, without an address: the client, a member of staff by login, or a role at a place. */
    private static String whom(Delivery delivery) {
        return switch (delivery.recipientKind) {
            case CLIENT -> "client " + delivery.clientId;
            case STAFF -> "staff " + delivery.recipientUserId;
            case ROLE -> delivery.recipientRole + " @ " + delivery.locationCode;
        };
    }
}
