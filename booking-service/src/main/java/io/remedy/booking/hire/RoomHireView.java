package io.remedy.booking.hire;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import io.remedy.platform.validation.WithinYears;

/** API records of room hires. */
public final class RoomHireView {

    private RoomHireView() {
    }

    /** A hire of a room by an outside practitioner. */
    @Schema(name = "NewRoomHire")
    public record NewHire(
            @Schema(description = "Who hires the room", example = "Jo Reed (Pilates)") @NotBlank @Size(max = 200)
            String practitionerName,
            @Schema(description = "Start, ISO-8601 with offset", example = "2026-12-01T18:00:00+00:00")
            @NotNull @WithinYears(past = 1, future = 2) OffsetDateTime startsAt,
            @Schema(description = "End, ISO-8601 with offset", example = "2026-12-01T20:00:00+00:00")
            @NotNull @WithinYears(past = 1, future = 2) OffsetDateTime endsAt,
            @Schema(description = "Anything the front desk should know") @Size(max = 2000) String note) {
    }

    /** A room hire as the API shows it. */
    @Schema(name = "RoomHire")
    public record HireResponse(UUID id, UUID locationId, UUID roomId, String practitionerName,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String note, Instant startsAt,
                               Instant endsAt, @Schema(description = "ACTIVE or CANCELLED") RoomHire.Status status,
                               Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) Instant cancelledAt,
                               long version) {

        static HireResponse of(RoomHire hire) {
            return new HireResponse(hire.id, hire.locationId, hire.roomId, hire.practitionerName, hire.note,
                    hire.startsAt, hire.endsAt, hire.status, hire.createdAt, hire.cancelledAt, hire.version);
        }
    }
}
