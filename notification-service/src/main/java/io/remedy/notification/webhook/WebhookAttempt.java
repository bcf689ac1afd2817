package io.remedy.notification.webhook;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One try of a delivery, kept for its log whatever the endpoint answered. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public int attempt;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "response_code")
    public Integer responseCode;

    public String error;

    @Column(name = "duration_ms")
    public int durationMs;
}
