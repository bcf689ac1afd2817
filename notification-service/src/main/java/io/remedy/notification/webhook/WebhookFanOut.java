package io.remedy.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.inbox.PoisonEventException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Turns an incoming event into one delivery row per enabled endpoint of its chain that subscribed to it, inside the
 * inbox's transaction: however often Kafka redelivers the event, each endpoint gets it once (the inbox records the
 * event with the rows, and a delivery is unique per endpoint and event).
 */
@ApplicationScoped
public class WebhookFanOut {

    private final ObjectMapper json;
    private final WebhookSender sender;

    public WebhookFanOut(ObjectMapper json, WebhookSender sender) {
        this.json = json;
        this.sender = sender;
    }

    /** Writes the event's deliveries, if any endpoint wants it; runs in the caller's transaction. */
    public Uni<Void> offer(CloudEvent envelope) {
        String type = WebhookEvents.subscribable(envelope.type()).orElse(null);
        if (type == null) {
            return Uni.createFrom().voidItem();
        }
        // FOR KEY SHARE, as the deliveries' foreign key will: an endpoint being deleted is waited for and then not
        // found, rather than found and its deliveries refused by the key (which would fail the event)
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select * from webhook_endpoint where tenant = :tenant and enabled for key share",
                        WebhookEndpoint.class)
                        .setParameter("tenant", envelope.tenant())
                        .getResultList())
                .chain(endpoints -> {
                    var wanting = endpoints.stream().filter(endpoint -> endpoint.wants(type)).toList();
                    if (wanting.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    Instant happened = envelope.time() == null ? now : envelope.time();
                    String body = WebhookEvents.body(json, type, happened, data(envelope));
                    return Multi.createFrom().iterable(wanting)
                            .onItem().transformToUniAndConcatenate(endpoint ->
                                    WebhookDelivery.of(endpoint, envelope.id(), type, body, now).persist())
                            .collect().last()
                            .invoke(sender::nudge)
                            .replaceWithVoid();
                });
    }

    private JsonNode data(CloudEvent envelope) {
        try {
            return envelope.data() == null ? null : json.readTree(envelope.data());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("Event " + envelope.id() + " carries data that is not JSON");
        }
    }
}
