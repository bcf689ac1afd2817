package io.remedy.notification.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API records of the delivery log. */
public final class DeliveryView {

    private DeliveryView() {
    }

    /** One message to one recipient on one channel, with every attempt to send it. */
    @Schema(name = "Delivery")
    public record DeliveryResponse(
            UUID id,
            @Schema(example = "BOOKING_CONFIRMATION") String kind,
            Channel channel,
            @Schema(description = "PENDING (waiting, or deferred until notBefore), SENT, FAILED (will be retried),"
                    + " DEAD (parked; see dead letters) or CANCELLED") DeliveryStatus status,
            RecipientView recipient,
            UUID locationId,
            @Schema(description = "The session, offer, plan, red flag or note the message is about") UUID aboutId,
            @Schema(description = "ce_id of the asking event; null for scheduled messages") String sourceEventId,
            @Schema(description = "ce_type of the asking event; null for scheduled messages") String sourceEventType,
            @Schema(description = "Urgent clinical alert: quiet hours and opt-outs do not apply") boolean urgent,
            Instant createdAt,
            @Schema(description = "Not sent before this time (quiet hours, or the next retry)") Instant notBefore,
            Instant sentAt,
            @Schema(description = "The channel's id of the sent message (Message-ID, SMS provider id)") String providerId,
            @Schema(description = "Why the last attempt failed, as a code", example = "PROVIDER_UNAVAILABLE")
            String errorCode,
            @Schema(description = "What the channel said, without addresses") String lastError,
            Instant deadAt,
            Instant replayedAt,
            @Schema(description = "Every attempt, oldest first") List<AttemptView> attempts) {
    }

    /** Who a message is for, by reference. */
    @Schema(name = "DeliveryRecipient")
    public record RecipientView(
            @Schema(description = "CLIENT, STAFF (by login) or ROLE (staff with a role at a location)")
            RecipientKind kind,
            UUID clientId,
            String userId,
            @Schema(example = "branch-manager") String role,
            @Schema(example = "norwich") String locationCode) {
    }

    /** One attempt to hand a message to its channel. */
    @Schema(name = "DeliveryAttempt")
    public record AttemptView(
            int attempt,
            @Schema(description = "SENT or FAILED") DeliveryAttempt.Outcome status,
            String providerId,
            String errorCode,
            String error,
            Instant attemptedAt) {
    }

    static DeliveryResponse of(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryResponse(d.id, d.kind, d.channel, d.status,
                new RecipientView(d.recipientKind, d.clientId, d.recipientUserId, d.recipientRole,
                        d.recipientKind == RecipientKind.ROLE ? d.locationCode : null),
                d.locationId, d.aboutId, d.sourceEventType == null ? null : d.sourceEventId, d.sourceEventType,
                d.urgent, d.createdAt, d.status == DeliveryStatus.SENT ? null : d.nextAttemptAt, d.sentAt,
                d.providerId, d.errorCode, d.lastError, d.deadAt, d.replayedAt,
                attempts.stream().map(a -> new AttemptView(a.attempt, a.status, a.providerId, a.errorCode, a.error,
                        a.attemptedAt)).toList());
    }
}
