package io.remedy.notification.webhook;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An address a chain registered to be told of events, with the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    public String url;

    /** Subscribed event types, comma-separated. */
    @Column(name = "events")
    public String eventList;

    public String description;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** Bookkeeping of the sender's tries: it does not change the version an admin's {@code If-Match} names. */
    @Column(name = "failing_since")
    @OptimisticLock(excluded = true)
    public Instant failingSince;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public List<String> events() {
        return eventList == null || eventList.isBlank() ? List.of() : Arrays.asList(eventList.split(","));
    }

    public void events(List<String> types) {
        eventList = String.join(",", new ArrayList<>(new java.util.TreeSet<>(types)));
    }

    /** Whether the endpoint wants this event type (a ping is always wanted). */
    public boolean wants(String type) {
        return WebhookEvents.PING.equals(type) || events().contains(type);
    }

    /** The secrets that sign a delivery now: the current one, and the previous one during its grace period. */
    public List<String> signingSecrets(Instant now) {
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            return List.of(secret, previousSecret);
        }
        return List.of(secret);
    }

    void disable(String reason, Instant at) {
        enabled = false;
        disabledReason = reason;
        disabledAt = at;
        updatedAt = at;
    }
}
