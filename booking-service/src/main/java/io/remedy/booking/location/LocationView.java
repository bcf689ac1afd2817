package io.remedy.booking.location;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** API records of locations and rooms. */
public final class LocationView {

    private LocationView() {
    }

    /** A new location of the caller's chain. */
    @Schema(name = "NewLocation")
    public record NewLocation(
            @Schema(description = "Short name unique in the chain, used in the token's locations claim", example = "norwich")
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String code,
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "IANA time zone", example = "Europe/London") @NotBlank String timeZone,
            @Schema(description = "Cancellation notice window in hours; later cancellations are late", example = "24")
            @PositiveOrZero @Max(336) Integer noticeHours) {
    }

    /** A location as the API shows it. */
    @Schema(name = "Location")
    public record LocationResponse(UUID id, String code, String name, String timeZone, int noticeHours, long version) {
        static LocationResponse of(Location location) {
            return new LocationResponse(location.id, location.code, location.name, location.timeZone,
                    location.noticeHours, location.version);
        }
    }

    /** A new room at a location. */
    @Schema(name = "NewRoom")
    public record NewRoom(@NotBlank @Size(max = 100) String name) {
    }

    /** A room as the API shows it. */
    @Schema(name = "Room")
    public record RoomResponse(UUID id, UUID locationId, String name) {
        static RoomResponse of(Room room) {
            return new RoomResponse(room.id, room.locationId, room.name);
        }
    }
}
