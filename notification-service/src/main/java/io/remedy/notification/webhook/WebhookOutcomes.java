package io.remedy.notification.webhook;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.remedy.notification.webhook.WebhookCalls.Outcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What a try's outcome does, in the caller's transaction: the try is kept; a success ends the delivery, a 410 ends it
 * and disables the endpoint, a failure schedules the next try after the next wait of {@code retry-schedule} until
 * {@code give-up-after}; an endpoint failing for {@code disable-after} is disabled, and the chain admins are told.
 */
@ApplicationScoped
public class WebhookOutcomes {

    static final String GONE = "GONE";
    static final String FAILING = "FAILING";

    private final WebhookConfig config;
    private final WebhookAlerts alerts;

    public WebhookOutcomes(WebhookConfig config, WebhookAlerts alerts) {
        this.config = config;
        this.alerts = alerts;
    }

    /**
     * Locks the endpoint first and the delivery after it, in the order a deletion of the endpoint takes them (its row,
     * then the deliveries the database deletes with it), so that a try recorded during a deletion waits for it rather
     * than deadlocking with it.
     */
    Uni<Void> recorded(WebhookSender.Claimed claimed, Outcome outcome, Instant at, int took) {
        Instant now = Instant.now();
        return WebhookEndpoint.<WebhookEndpoint>findById(claimed.endpointId(), LockModeType.PESSIMISTIC_WRITE)
                .chain(endpoint -> {
            if (endpoint == null) {
                return Uni.createFrom().voidItem(); // deleted meanwhile, with its deliveries
            }
            return WebhookDelivery.<WebhookDelivery>findById(claimed.deliveryId()).chain(delivery -> {
                if (delivery == null) {
                    return Uni.createFrom().voidItem();
                }
                delivery.attempts++;
                delivery.lastAttemptAt = at;
                delivery.lastResponseCode = outcome.status();
                delivery.lastError = outcome.error();
                WebhookAttempt attempt = new WebhookAttempt();
                attempt.id = UUID.randomUUID();
                attempt.deliveryId = delivery.id;
                attempt.attempt = delivery.attempts;
                attempt.attemptedAt = at;
                attempt.responseCode = outcome.status();
                attempt.error = outcome.error();
                attempt.durationMs = took;
                Uni<Void> alert = Uni.createFrom().voidItem();
                if (outcome.succeeded()) {
                    delivery.status = WebhookDelivery.Status.SUCCEEDED;
                    delivery.succeededAt = now;
                    delivery.nextAttemptAt = null;
                    delivery.lastError = null;
                    endpoint.failingSince = null;
                } else if (outcome.status() != null && outcome.status() == 410) {
                    delivery.status = WebhookDelivery.Status.DEAD;
                    delivery.nextAttemptAt = null;
                    if (endpoint.enabled) {
                        Log.infof("Webhook endpoint %s answered 410: disabled", endpoint.id);
                        endpoint.disable(GONE, now);
                        alert = alerts.disabled(endpoint, now);
                    }
                } else {
                    Duration wait = WebhookRetries.waitAfter(config.retrySchedule(), delivery.attempts);
                    Instant next = now.plus(wait);
                    if (next.isAfter(delivery.createdAt.plus(config.giveUpAfter()))) {
                        delivery.status = WebhookDelivery.Status.DEAD;
                        delivery.nextAttemptAt = null;
                    } else {
                        delivery.status = WebhookDelivery.Status.FAILED;
                        delivery.nextAttemptAt = next;
                    }
                    if (!WebhookEvents.PING.equals(delivery.eventType)) {
                        if (endpoint.failingSince == null) {
                            endpoint.failingSince = at;
                        } else if (endpoint.enabled
                                && !endpoint.failingSince.plus(config.disableAfter()).isAfter(now)) {
                            Log.infof("Webhook endpoint %s failing since %s: disabled", endpoint.id,
                                    endpoint.failingSince);
                            endpoint.disable(FAILING, now);
                            alert = alerts.disabled(endpoint, now);
                        }
                    }
                }
                Uni<Void> told = alert;
                return attempt.persist().chain(() -> Panache.flush()).chain(() -> told);
            });
        });
    }
}
