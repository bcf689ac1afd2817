package io.remedy.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook API's records. */
public final class WebhookView {

    private WebhookView() {
    }

    /** An endpoint to register, or its new state (PUT replaces all three). */
    @Schema(name = "WebhookEndpointRequest")
    public record EndpointRequest(
            @Schema(description = "Where deliveries are POSTed: an http(s) URL on a public address",
                    example = "https://crm.example.com/hooks/remedy") @NotNull @Size(max = 2000) String url,
            @Schema(description = "Event types to deliver, e.g. session.booked; see the list in the integrators' guide")
            @NotNull @Size(min = 1, max = 20) List<@NotNull String> events,
            @Schema(description = "What the endpoint is for") @Size(max = 500) String description) {
    }

    /** A registered endpoint; {@code secret} only in the answers to creation and rotation. */
    @Schema(name = "WebhookEndpoint")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Endpoint(UUID id, String url, List<String> events, String description, boolean enabled,
                           @Schema(description = "Why it was disabled: DISABLED_BY_ADMIN, GONE (410), FAILING")
                           String disabledReason,
                           Instant disabledAt,
                           @Schema(description = "Until when the secret before the last rotation still signs")
                           Instant previousSecretExpiresAt,
                           Instant createdAt, Instant updatedAt,
                           @Schema(description = "The signing secret (whsec_…): shown only when created or rotated")
                           String secret) {

        static Endpoint of(WebhookEndpoint row, String secret) {
            Instant previousUntil = row.previousSecret == null ? null : row.previousSecretUntil;
            return new Endpoint(row.id, row.url, row.events(), row.description, row.enabled, row.disabledReason,
                    row.disabledAt, previousUntil, row.createdAt, row.updatedAt, secret);
        }
    }

    /** One delivery of an event to an endpoint, with its tries. */
    @Schema(name = "WebhookDelivery")
    public record Delivery(UUID id,
                           @Schema(description = "The event type, e.g. session.booked, or ping") String eventType,
                           WebhookDelivery.Status status, int attempts, Integer lastResponseCode, String lastError,
                           Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant succeededAt,
                           List<Attempt> tries) {

        static Delivery of(WebhookDelivery row, List<WebhookAttempt> tries) {
            boolean waiting = row.status == WebhookDelivery.Status.PENDING || row.status == WebhookDelivery.Status.FAILED;
            return new Delivery(row.id, row.eventType, row.status, row.attempts, row.lastResponseCode, row.lastError,
                    row.createdAt, row.lastAttemptAt, waiting ? row.nextAttemptAt : null, row.succeededAt,
                    tries.stream().map(Attempt::of).toList());
        }
    }

    /** One try: when, what the endpoint answered (or why there was no answer), how long it took. */
    @Schema(name = "WebhookAttempt")
    public record Attempt(int attempt, Instant at, Integer responseCode, String error, int durationMs) {

        static Attempt of(WebhookAttempt row) {
            return new Attempt(row.attempt, row.attemptedAt, row.responseCode, row.error, row.durationMs);
        }
    }
}
