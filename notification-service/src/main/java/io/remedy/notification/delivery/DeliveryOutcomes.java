package io.remedy.notification.delivery;

import io.quarkus.logging.Log;
import io.remedy.contracts.notification.NotificationDelivered;
import io.remedy.contracts.notification.NotificationFailed;
import io.remedy.contracts.notification.Recipient;
import io.remedy.platform.outbox.Backoff;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * What a channel's answer does to a message, in the transaction that holds it locked: sent (with its attempt and
 * {@code notification.delivered}), nobody left to send to, or failed: retried with backoff or, after the last try
 * (or at once when the failure is permanent), parked as a dead letter with {@code notification.failed}.
 */
@ApplicationScoped
class DeliveryOutcomes {

    /** Longest error text kept; the contract allows 500 characters. */
    static final int MAX_ERROR = 480;

    /**
     * What the sender does after a failure was recorded: look again after {@code retryAfter} (null: never), and send
     * the in-app escalation that was written (see {@link UndeliveredEscalation}) once the transaction committed.
     */
    record AfterFailure(Duration retryAfter, boolean escalated) {
    }

    private final Outbox outbox;
    private final DeliveryConfig config;
    private final UndeliveredEscalation escalation;

    DeliveryOutcomes(Outbox outbox, DeliveryConfig config, UndeliveredEscalation escalation) {
        this.outbox = outbox;
        this.config = config;
        this.escalation = escalation;
    }

    Uni<Void> delivered(Delivery delivery, int attempt, String providerId) {
        Instant now = Instant.now();
        delivery.status = DeliveryStatus.SENT;
        delivery.sentAt = now;
        delivery.providerId = providerId;
        delivery.lastError = null;
        delivery.errorCode = null;
        delivery.nextAttemptAt = null;
        if (delivery.channel != Channel.IN_APP) {
            // an in-app message stays readable in the inbox; other channels' copies are not kept once sent
            delivery.bodyHtml = null;
            delivery.bodyText = null;
            delivery.calendar = null;
        }
        return DeliveryAttempt.of(delivery, attempt, DeliveryAttempt.Outcome.SENT, providerId, null, null, now)
                .persist()
                .chain(() -> outbox.append(OutgoingEvent.of(new NotificationDelivered(delivery.id,
                        contractChannel(delivery), delivery.kind, recipient(delivery), delivery.locationId,
                        delivery.sourceEventType == null ? null : delivery.sourceEventId, delivery.sourceEventType,
                        attempt, now), delivery.tenant)));
    }

    /** Every member of the role opted out: nothing to send, nothing failed. */
    Uni<Void> nobodyLeft(Delivery delivery) {
        delivery.status = DeliveryStatus.CANCELLED;
        delivery.lastError = "Every recipient opted out";
        delivery.nextAttemptAt = null;
        return Uni.createFrom().voidItem();
    }

    Uni<AfterFailure> failed(Delivery delivery, int attempt, SendFailure failure) {
        Instant now = Instant.now();
        String error = redacted(failure.getMessage(), delivery);
        delivery.lastError = error;
        delivery.errorCode = failure.code();
        DeliveryAttempt row = DeliveryAttempt.of(delivery, attempt, DeliveryAttempt.Outcome.FAILED, null,
                failure.code(), error, now);
        if (failure.permanent() || attempt >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.DEAD;
            delivery.deadAt = now;
            delivery.nextAttemptAt = null;
            Log.warnf("Delivery %s (%s, %s) parked as dead letter after %d attempts: %s", delivery.id,
                    delivery.kind, delivery.channel, attempt, failure.code());
            return row.persist().chain(() -> outbox.append(OutgoingEvent.of(new NotificationFailed(delivery.id,
                    contractChannel(delivery), delivery.kind, recipient(delivery), delivery.locationId,
                    delivery.sourceEventType == null ? null : delivery.sourceEventId, delivery.sourceEventType,
                    attempt, failure.code(), error, now), delivery.tenant)))
                    .chain(() -> escalation.escalate(delivery, now))
                    .map(escalated -> new AfterFailure(null, escalated));
        }
        Duration wait = backoff(attempt);
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = now.plus(wait);
        return row.persist().replaceWith(new AfterFailure(wait, false));
    }

    /** 5 s, 10 s, 20 s ... capped at the configured maximum. */
    Duration backoff(int attempts) {
        return new Backoff(config.firstRetryAfter(), config.maxRetryAfter()).after(attempts);
    }

    /** An error text without the recipient's address, short enough for the log and the event. */
    static String redacted(String error, Delivery delivery) {
        String text = error == null || error.isBlank() ? "Unknown failure" : error;
        if (delivery.address != null && !delivery.address.isBlank()) {
            text = text.replace(delivery.address, "<recipient>");
        }
        text = text.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "<address>").replaceAll("\\+?\\d{7,15}", "<number>");
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    private static io.remedy.contracts.notification.Channel contractChannel(Delivery delivery) {
        return io.remedy.contracts.notification.Channel.valueOf(delivery.channel.name());
    }

    static Recipient recipient(Delivery delivery) {
        return delivery.recipientKind == RecipientKind.CLIENT
                ? new Recipient(Recipient.Kind.CLIENT, delivery.clientId, blankToNull(delivery.recipientUserId))
                : new Recipient(Recipient.Kind.STAFF, null, blankToNull(delivery.recipientUserId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
