package io.remedy.booking.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** API records of the service catalogue. */
public final class ServiceView {

    private ServiceView() {
    }

    /** A new service on the chain's menu. */
    @Schema(name = "NewService")
    public record NewService(
            @Schema(example = "Remedial massage 60 min") @NotBlank @Size(max = 200) String name,
            @Schema(example = "60") @NotNull @Positive @Max(480) Integer durationMinutes,
            @Schema(description = "Time after the session for cleaning and notes", example = "15")
            @PositiveOrZero @Max(120) Integer bufferMinutes,
            @Schema(description = "List price in minor units", example = "7500") @NotNull @PositiveOrZero Integer priceCents,
            @Schema(example = "GBP") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(description = "Therapists who offer it; absent or empty: nobody yet")
            @Size(max = 500) List<@NotNull UUID> therapistIds) {
    }

    /** The whole of a service, as it becomes (If-Match with its ETag). */
    @Schema(name = "ServiceUpdate")
    public record ServiceUpdate(
            @Schema(example = "Remedial massage 60 min") @NotBlank @Size(max = 200) String name,
            @Schema(example = "60") @NotNull @Positive @Max(480) Integer durationMinutes,
            @Schema(description = "Time after the session for cleaning and notes", example = "15")
            @NotNull @PositiveOrZero @Max(120) Integer bufferMinutes,
            @Schema(description = "List price in minor units", example = "7500") @NotNull @PositiveOrZero Integer priceCents,
            @Schema(example = "GBP") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(description = "Therapists who offer it") @NotNull @Size(max = 500) List<@NotNull UUID> therapistIds) {
    }

    /** A service as the API shows it. */
    @Schema(name = "Service")
    public record ServiceResponse(UUID id, String name, int durationMinutes, int bufferMinutes, int priceCents,
                                  String currency,
                                  @Schema(description = "Therapists who offer it") List<UUID> therapistIds,
                                  @Schema(description = "Version, also sent as ETag") long version) {
        static ServiceResponse of(BookableService service, Collection<UUID> therapistIds) {
            return new ServiceResponse(service.id, service.name, service.durationMinutes, service.bufferMinutes,
                    service.priceCents, service.currency,
                    therapistIds.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(),
                    service.version);
        }
    }
}
