package io.remedy.notification.webhook;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event to one endpoint: its body is fixed when written, so every try signs the same bytes. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** Where a delivery stands. */
    public enum Status {
        /** Not tried yet (or queued again by hand). */
        PENDING,
        /** Tried and failed; tried again at {@code nextAttemptAt}. */
        FAILED,
        /** The endpoint answered 2xx. */
        SUCCEEDED,
        /** Given up: retried for the whole retry period, or the endpoint answered 410. */
        DEAD
    }

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "endpoint_id")
    public UUID endpointId;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Column(name = "event_type")
    public String eventType;

    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "last_response_code")
    public Integer lastResponseCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "succeeded_at")
    public Instant succeededAt;

    static WebhookDelivery of(WebhookEndpoint endpoint, String sourceEventId, String type, String payload,
                              Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.tenant = endpoint.tenant;
        delivery.endpointId = endpoint.id;
        delivery.sourceEventId = sourceEventId;
        delivery.eventType = type;
        delivery.payload = payload;
        delivery.status = Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }
}
