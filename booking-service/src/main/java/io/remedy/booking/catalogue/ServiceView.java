package io.remedy.booking.catalogue;

import jakarta.validation.Valid;
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
            @Size(max = 500) List<@NotNull UUID> therapistIds,
            @Schema(description = "Prices at single locations, each in the location's currency; a location without "
                    + "one charges the price above when it is in its currency")
            @Size(max = 500) List<@Valid @NotNull LocationPriceSetting> locationPrices) {
    }

    /** A service's price at one location, in minor units of the location's currency. */
    @Schema(name = "LocationPriceSetting")
    public record LocationPriceSetting(
            @NotNull UUID locationId,
            @Schema(description = "Price in minor units of the location's currency, tax included", example = "9500")
            @NotNull @PositiveOrZero @Max(10_000_000) Integer priceCents) {
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
            @Schema(description = "Therapists who offer it") @NotNull @Size(max = 500) List<@NotNull UUID> therapistIds,
            @Schema(description = "Prices at single locations, each in the location's currency; absent keeps them, "
                    + "empty removes them") @Size(max = 500) List<@Valid @NotNull LocationPriceSetting> locationPrices) {
    }

    /** A service as the API shows it. */
    @Schema(name = "Service")
    public record ServiceResponse(UUID id, String name, int durationMinutes, int bufferMinutes, int priceCents,
                                  String currency,
                                  @Schema(description = "Therapists who offer it") List<UUID> therapistIds,
                                  @Schema(description = "Prices at single locations, in their currencies")
                                  List<LocationPriceResponse> locationPrices,
                                  @Schema(description = "Version, also sent as ETag") long version) {
        static ServiceResponse of(BookableService service, Collection<UUID> therapistIds,
                                  Collection<ServicePrices.LocationPrice> prices) {
            return new ServiceResponse(service.id, service.name, service.durationMinutes, service.bufferMinutes,
                    service.priceCents, service.currency,
                    therapistIds.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(),
                    prices.stream().map(p -> new LocationPriceResponse(p.locationId(), p.priceCents(), p.currency()))
                            .sorted((a, b) -> a.locationId().toString().compareTo(b.locationId().toString()))
                            .toList(),
                    service.version);
        }
    }

    /** A service's price at one location. */
    @Schema(name = "LocationPrice")
    public record LocationPriceResponse(UUID locationId,
                                        @Schema(description = "Minor units of currency, tax included") int priceCents,
                                        @Schema(example = "USD") String currency) {
    }
}
