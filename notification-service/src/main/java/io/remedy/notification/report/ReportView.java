package io.remedy.notification.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API records of the delivery report the gateway composes into the branch report. */
public final class ReportView {

    private ReportView() {
    }

    /** Delivery figures per location over a date range (days in each location's time zone). */
    @Schema(name = "NotificationReport")
    public record Report(LocalDate from, LocalDate to, List<LocationFigures> locations) {
    }

    /** One location's delivery figures. */
    @Schema(name = "NotificationLocationFigures")
    public record LocationFigures(
            UUID locationId,
            @Schema(description = "Messages sent, by channel", example = "{\"EMAIL\": 120, \"SMS\": 80, \"IN_APP\": 95}")
            Map<String, Long> sent,
            @Schema(description = "Send attempts that failed") long failed,
            @Schema(description = "Messages parked after their last try") long deadLetters,
            @Schema(description = "Median seconds from the asking event to the channel's acceptance; null when"
                    + " nothing was sent") Double medianSecondsToDelivery) {
    }
}
