package io.remedy.booking.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(example = "GBP") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }

    /** A service as the API shows it. */
    @Schema(name = "Service")
    public record ServiceResponse(UUID id, String name, int durationMinutes, int bufferMinutes, int priceCents,
                                  String currency) {
        static ServiceResponse of(BookableService service) {
            return new ServiceResponse(service.id, service.name, service.durationMinutes, service.bufferMinutes,
                    service.priceCents, service.currency);
        }
    }
}
