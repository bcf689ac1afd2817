package io.remedy.notification.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One try to hand a message to its channel, kept for the delivery log whatever its outcome. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    /** Outcome of an attempt. */
    public enum Outcome {
        SENT,
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    /** 1 for the first try of the message. */
    public int attempt;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Outcome status;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "error_code")
    public String errorCode;

    public String error;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    static DeliveryAttempt of(Delivery delivery, int attempt, Outcome outcome, String providerId, String errorCode,
                              String error, Instant at) {
        DeliveryAttempt row = new DeliveryAttempt();
        row.id = UUID.randomUUID();
        row.deliveryId = delivery.id;
        row.tenant = delivery.tenant;
        row.locationId = delivery.locationId;
        row.attempt = attempt;
        row.channel = delivery.channel;
        row.status = outcome;
        row.providerId = providerId;
        row.errorCode = errorCode;
        row.error = error;
        row.attemptedAt = at;
        return row;
    }
}
