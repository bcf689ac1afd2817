package io.remedy.booking.availability;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** API records of availability. */
public final class AvailabilityView {

    private AvailabilityView() {
    }

    /** A free slot: where, with whom, in which room, and when, in the location's own offset. */
    @Schema(name = "Slot")
    public record SlotResponse(
            UUID locationId,
            @Schema(example = "norwich") String locationCode,
            UUID therapistId,
            @Schema(example = "Ana Costa") String therapistName,
            @Schema(description = "A room free for the treatment and its buffer; booking may name it or leave it out")
            UUID roomId,
            @Schema(description = "Start, ISO-8601 with the location's offset", example = "2026-12-01T10:00:00Z")
            OffsetDateTime startsAt,
            @Schema(description = "End of the treatment (the buffer after it is not included)",
                    example = "2026-12-01T11:00:00Z")
            OffsetDateTime endsAt,
            @Schema(description = "What the client pays for the service here, in minor units of currency, tax "
                    + "included; absent when the service has no price at this location", example = "7500")
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer priceCents,
            @Schema(description = "ISO 4217 currency of the price (the location's)", example = "GBP")
            @JsonInclude(JsonInclude.Include.NON_NULL) String currency) {

        static SlotResponse of(SlotFinder.Slot slot, Integer priceCents, String currency) {
            return new SlotResponse(slot.locationId(), slot.locationCode(), slot.therapistId(), slot.therapistName(),
                    slot.roomId(), slot.startsAt().atZone(slot.zone()).toOffsetDateTime(),
                    slot.endsAt().atZone(slot.zone()).toOffsetDateTime(), priceCents,
                    priceCents == null ? null : currency);
        }
    }
}
