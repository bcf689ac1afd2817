package io.remedy.booking.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.platform.validation.WithinYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API records of locations, rooms, opening hours and closures. */
public final class LocationView {

    private LocationView() {
    }

    /** A new location of the caller's chain. */
    @Schema(name = "NewLocation")
    public record NewLocation(
            @Schema(description = "Short name unique in the chain, used in the token's locations claim", example = "norwich")
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String code,
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Postal address, several lines allowed", example = "12 Quay Street\nNorwich NR1 1AA")
            @Size(max = 500) String address,
            @Schema(description = "IANA time zone", example = "Europe/London") @NotBlank String timeZone,
            @Schema(description = "Cancellation notice window in hours; later cancellations are late", example = "24")
            @PositiveOrZero @Max(336) Integer noticeHours,
            @Schema(description = "Check-in opens this many minutes before a session's start (default 30); "
                    + "completion and no-show only from the start", example = "30")
            @PositiveOrZero @Max(1440) Integer checkInOpensMinutesBefore,
            @Schema(description = "ISO 4217 currency of the location's prices; absent: the currency most of the "
                    + "chain's services are priced in", example = "GBP") @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(description = "Tax rate in percent, included in prices (default 0)", example = "20")
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate,
            @Schema(description = "Fee of a late cancellation, in minor units of the currency (or a percent instead)",
                    example = "2500") @PositiveOrZero @Max(10_000_000) Integer lateCancellationFeeCents,
            @Schema(description = "Fee of a late cancellation as a percent of the booked price (or an amount instead)",
                    example = "50") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal lateCancellationFeePercent,
            @Schema(description = "Fee of a no-show, in minor units of the currency (or a percent instead)",
                    example = "5000") @PositiveOrZero @Max(10_000_000) Integer noShowFeeCents,
            @Schema(description = "Fee of a no-show as a percent of the booked price (or an amount instead)",
                    example = "100") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal noShowFeePercent) {
    }

    /** The editable part of a location (the code stays: tokens name it). */
    @Schema(name = "LocationUpdate")
    public record LocationUpdate(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Postal address; absent keeps the current one, blank removes it",
                    example = "12 Quay Street\nNorwich NR1 1AA")
            @Size(max = 500) String address,
            @Schema(description = "IANA time zone", example = "Europe/London") @NotBlank String timeZone,
            @Schema(description = "Cancellation notice window in hours; later cancellations are late", example = "24")
            @NotNull @PositiveOrZero @Max(336) Integer noticeHours,
            @Schema(description = "Check-in opens this many minutes before a session's start; absent keeps the "
                    + "current window", example = "30")
            @PositiveOrZero @Max(1440) Integer checkInOpensMinutesBefore,
            @Schema(description = "ISO 4217 currency of the location's prices; absent keeps it; sessions already "
                    + "booked keep theirs", example = "GBP") @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(description = "Tax rate in percent, included in prices; absent keeps it", example = "20")
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate,
            @Schema(description = "Fee of a late cancellation, in minor units of the currency (replaces a percent); absent keeps the policy, 0 ends the fee",
                    example = "2500") @PositiveOrZero @Max(10_000_000) Integer lateCancellationFeeCents,
            @Schema(description = "Fee of a late cancellation as a percent of the booked price (replaces an amount); absent keeps the policy",
                    example = "50") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal lateCancellationFeePercent,
            @Schema(description = "Fee of a no-show, in minor units of the currency (replaces a percent); absent keeps the policy, 0 ends the fee",
                    example = "5000") @PositiveOrZero @Max(10_000_000) Integer noShowFeeCents,
            @Schema(description = "Fee of a no-show as a percent of the booked price (replaces an amount); absent keeps the policy",
                    example = "100") @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal noShowFeePercent) {
    }

    /** A location as the API shows it. */
    @Schema(name = "Location")
    public record LocationResponse(UUID id, String code, String name,
                                   @Schema(description = "Postal address; absent when not given")
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String address,
                                   String timeZone, int noticeHours,
                                   @Schema(description = "Check-in opens this many minutes before a session's start")
                                   int checkInOpensMinutesBefore,
                                   @Schema(description = "ISO 4217 currency of the location's prices", example = "GBP")
                                   String currency,
                                   @Schema(description = "Tax rate in percent, included in prices", example = "20")
                                   BigDecimal taxRate,
                                   @Schema(description = "Fee of a late cancellation in minor units; absent when none "
                                           + "or a percent") @JsonInclude(JsonInclude.Include.NON_NULL)
                                   Integer lateCancellationFeeCents,
                                   @Schema(description = "Fee of a late cancellation as a percent of the booked price;"
                                           + " absent when none or an amount") @JsonInclude(JsonInclude.Include.NON_NULL)
                                   BigDecimal lateCancellationFeePercent,
                                   @Schema(description = "Fee of a no-show in minor units; absent when none or a "
                                           + "percent") @JsonInclude(JsonInclude.Include.NON_NULL)
                                   Integer noShowFeeCents,
                                   @Schema(description = "Fee of a no-show as a percent of the booked price; absent "
                                           + "when none or an amount") @JsonInclude(JsonInclude.Include.NON_NULL)
                                   BigDecimal noShowFeePercent,
                                   long version) {
        static LocationResponse of(Location location) {
            return new LocationResponse(location.id, location.code, location.name, location.address, location.timeZone,
                    location.noticeHours, location.checkInOpensMinutesBefore, location.currency, location.taxRate,
                    location.lateCancellationFeeCents, location.lateCancellationFeePercent, location.noShowFeeCents,
                    location.noShowFeePercent, location.version);
        }
    }

    /** A new room at a location. */
    @Schema(name = "NewRoom")
    public record NewRoom(@NotBlank @Size(max = 100) String name) {
    }

    /** A room as the API shows it. */
    @Schema(name = "Room")
    public record RoomResponse(
            @Schema(example = "3a5c7e9b-2d4f-4b6a-8c1e-5f7a9c2e4b6d") UUID id,
            @Schema(example = "0b8f6f1e-5d7a-4c1e-9a51-2f0c3d9e7a10") UUID locationId,
            @Schema(example = "Treatment room 2") String name) {
        static RoomResponse of(Room room) {
            return new RoomResponse(room.id, room.locationId, room.name);
        }
    }

    /** One opening interval on a weekday, wall-clock in the location's time zone. */
    @Schema(name = "OpeningInterval")
    public record OpeningHoursInterval(
            @Schema(example = "MONDAY") @NotNull DayOfWeek dayOfWeek,
            @Schema(description = "Opening time HH:mm", example = "08:00") @NotNull String start,
            @Schema(description = "Closing time HH:mm, after start; 24:00 is the end of the day", example = "20:00")
            @NotNull String end) {

        static OpeningHoursInterval of(WeeklyInterval interval) {
            return new OpeningHoursInterval(interval.day(), WeeklyInterval.clock(interval.startMinute()),
                    WeeklyInterval.clock(interval.endMinute()));
        }
    }

    /** The whole week's opening hours; a weekday without intervals is closed. */
    @Schema(name = "OpeningHoursUpdate")
    public record OpeningHoursUpdate(
            @Schema(description = "Every opening interval of the week; several a day allowed, none overlapping")
            @NotNull @Size(max = 100) List<@Valid @NotNull OpeningHoursInterval> intervals) {
    }

    /** A location's opening hours as the API shows them. */
    @Schema(name = "OpeningHours")
    public record OpeningHoursResponse(UUID locationId,
                                       @Schema(description = "The zone the wall-clock times are in", example = "Europe/London")
                                       String timeZone,
                                       List<OpeningHoursInterval> intervals,
                                       @Schema(description = "The location's version, also sent as ETag") long version) {
    }

    /** A new closure: one {@code date}, or {@code from} and {@code to} (inclusive). */
    @Schema(name = "NewClosure")
    public record NewClosure(
            @Schema(description = "A single day closed (instead of from/to)", example = "2026-12-25") @WithinYears(past = 1, future = 5) LocalDate date,
            @Schema(description = "First day closed", example = "2026-12-24") @WithinYears(past = 1, future = 5) LocalDate from,
            @Schema(description = "Last day closed, inclusive", example = "2026-12-26") @WithinYears(past = 1, future = 5) LocalDate to,
            @Schema(example = "Christmas") @Size(max = 200) String reason) {
    }

    /** A closure as the API shows it. */
    @Schema(name = "Closure")
    public record ClosureResponse(UUID id, UUID locationId,
                                  @Schema(description = "First day closed") LocalDate from,
                                  @Schema(description = "Last day closed, inclusive") LocalDate to,
                                  String reason) {
        static ClosureResponse of(Closure closure) {
            return new ClosureResponse(closure.id, closure.locationId, closure.firstDay, closure.lastDay, closure.reason);
        }
    }
}
