package io.remedy.booking.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** API records of the booking report. */
public final class BookingReportView {

    private BookingReportView() {
    }

    /** The booking figures of each location over a date range. */
    @Schema(name = "BookingReport")
    public record BookingReport(LocalDate from, LocalDate to, List<LocationFigures> locations,
                                @Schema(description = "The chain's revenue, one total per currency (never added "
                                        + "across currencies), by currency code") List<CurrencyTotal> totals) {
    }

    /** The revenue of the report's locations that price in one currency. */
    @Schema(name = "BookingReportCurrencyTotal")
    public record CurrencyTotal(
            @Schema(example = "GBP") String currency,
            @Schema(description = "Completed sessions at their booked price, in minor units of currency")
            long revenueCents,
            @Schema(description = "Sessions completed at these locations") long sessionsCompleted) {

        static List<CurrencyTotal> of(List<LocationFigures> rows) {
            Map<String, long[]> sums = new TreeMap<>();
            for (LocationFigures row : rows) {
                long[] sum = sums.computeIfAbsent(row.currency(), c -> new long[2]);
                sum[0] += row.revenueCents();
                sum[1] += row.sessionsCompleted();
            }
            return sums.entrySet().stream()
                    .map(e -> new CurrencyTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        }
    }

    /** One location's booking figures; days are the location's own. */
    @Schema(name = "BookingReportRow")
    public record LocationFigures(
            UUID locationId,
            @Schema(example = "norwich") String locationCode,
            String locationName,
            @Schema(example = "Europe/London") String timeZone,
            @Schema(description = "Sessions starting in the range, whatever their status now") long sessionsBooked,
            long sessionsCompleted,
            @Schema(description = "All cancellations, late ones included") long sessionsCancelled,
            @Schema(description = "Cancellations inside the location's notice window") long lateCancellations,
            long noShows,
            @Schema(description = "Booked treatment minutes of live sessions ÷ the therapists' rostered minutes (leave "
                    + "and closures left out), 0..1; null when nobody was rostered", example = "0.62")
            Double therapistUtilisation,
            @Schema(description = "Booked treatment minutes of live sessions ÷ open minutes × rooms, 0..1; null when "
                    + "the location was never open or has no room", example = "0.41")
            Double roomUtilisation,
            @Schema(description = "Clients seen here in the range whose first ever (not cancelled) session at the "
                    + "chain is in the range") long newClients,
            @Schema(description = "Clients seen here in the range who had a session at the chain before it")
            long returningClients,
            @Schema(description = "Completed sessions at the price they were booked at, in minor units of currency")
            long revenueCents,
            @Schema(description = "The location's currency (ISO 4217)", example = "GBP") String currency) {
    }
}
