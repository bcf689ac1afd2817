package io.remedy.notification.inapp;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** API records of the in-app inbox. */
public final class InboxView {

    private InboxView() {
    }

    /** One in-app message, as the inbox lists it and the live stream pushes it. */
    @Schema(name = "InboxMessage")
    public record InboxMessage(
            @Schema(description = "The message; use it to mark it read") UUID id,
            @Schema(description = "What the message is", example = "BOOKING_CONFIRMATION") String kind,
            @Schema(description = "Title", example = "Your session at Harbour Norwich is booked") String subject,
            @Schema(description = "Text, times in the location's time zone") String body,
            @Schema(description = "The location the message is about") UUID locationId,
            @Schema(description = "The session, offer, plan, red flag or note the message is about") UUID aboutId,
            @Schema(description = "True for urgent clinical alerts") boolean urgent,
            @Schema(description = "When it arrived") Instant deliveredAt,
            @Schema(description = "When the caller read it; null while unread") Instant readAt) {
    }
}
