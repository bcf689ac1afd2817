package io.remedy.notification.deadletter;

import io.remedy.notification.delivery.Channel;
import io.remedy.notification.delivery.RecipientKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API records of dead letters. */
public final class DeadLetterView {

    private DeadLetterView() {
    }

    /** Where a dead letter comes from. */
    public enum Source {
        /** A message that could not be sent after its last try. */
        DELIVERY,
        /** An incoming event our consumer could not handle, parked on its topic's dead-letter twin. */
        EVENT
    }

    /** A message or an event parked for an operator. */
    @Schema(name = "DeadLetter")
    public record DeadLetter(
            UUID id,
            @Schema(description = "DELIVERY: a message after its last try; EVENT: an incoming event from a"
                    + " dead-letter topic") Source source,
            @Schema(description = "When it was parked") Instant parkedAt,
            @Schema(description = "False once replayed: each is replayed at most once") boolean replayable,
            Instant replayedAt,
            @Schema(description = "DELIVERY: what the message is", example = "SESSION_REMINDER") String kind,
            @Schema(description = "DELIVERY: its channel") Channel channel,
            @Schema(description = "DELIVERY: who it was for") RecipientKind recipientKind,
            @Schema(description = "DELIVERY: the location it is about") UUID locationId,
            @Schema(description = "DELIVERY: tries made") Integer attempts,
            @Schema(description = "DELIVERY: why the last try failed", example = "PROVIDER_UNAVAILABLE") String errorCode,
            @Schema(description = "Why it was parked: the channel's error, or the consumer's reason") String reason,
            @Schema(description = "EVENT: the topic a replay publishes it to", example = "remedy.booking.sessions")
            String topic,
            @Schema(description = "EVENT: ce_id") String eventId,
            @Schema(description = "EVENT: ce_type", example = "remedy.booking.session.booked.v1") String eventType) {
    }
}
