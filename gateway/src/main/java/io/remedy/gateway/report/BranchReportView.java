package io.remedy.gateway.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The cross-branch report: one row per location, a chain total, and which services' figures are missing. */
@Schema(name = "BranchReport", description = "Figures of every location the caller may see, joined on locationId "
        + "from booking-service, records-service, notification-service and billing-service, with a total for the "
        + "chain. Money is never added across currencies.")
public record BranchReportView(
        @Schema(description = "First day of the range (inclusive)", example = "2026-03-01") LocalDate from,
        @Schema(description = "Last day of the range (inclusive)", example = "2026-03-31") LocalDate to,
        @Schema(description = "One row per location") List<LocationRow> locations,
        @Schema(description = "The chain's total: sums, and means weighted by their counts") Total total,
        @Schema(description = "Services that did not answer; their sections are null everywhere",
                example = "[\"records\"]") List<String> missing) {

    /** One location's figures, section by service. */
    @Schema(name = "BranchReportLocation")
    public record LocationRow(
            @Schema(example = "0b7c6d2e-6a8f-4f7e-9d0c-2f3b1a4e5d6c") String locationId,
            @Schema(description = "Unique in the chain; null when booking-service is missing", example = "norwich")
            String locationCode,
            @Schema(description = "Null when booking-service is missing", example = "Norwich") String locationName,
            @Schema(description = "booking-service's figures (GET /api/v1/reports/booking), null when missing",
                    example = "{\"timeZone\":\"Europe/London\",\"sessionsBooked\":120,\"sessionsCompleted\":96,"
                            + "\"sessionsCancelled\":14,\"lateCancellations\":3,\"noShows\":4,"
                            + "\"therapistUtilisation\":0.72,\"roomUtilisation\":0.55,\"newClients\":18,"
                            + "\"returningClients\":61,\"revenueCents\":614400,\"currency\":\"GBP\"}")
            ObjectNode booking,
            @Schema(description = "records-service's figures (GET /api/v1/records/reports), null when missing",
                    example = "{\"clientsAssessed\":40,\"meanNrsChange\":-2.4,\"meanOdiChange\":-11.5,"
                            + "\"clinicallyImportantShare\":0.6,\"redFlagsRaised\":2,\"urgentRedFlags\":1,"
                            + "\"meanHoursToClearance\":30.5,\"overdueNotes\":3,\"therapists\":[]}")
            ObjectNode records,
            @Schema(description = "notification-service's figures (GET /api/v1/notifications/reports), null when "
                    + "missing", example = "{\"sent\":{\"EMAIL\":310,\"SMS\":120,\"IN_APP\":95},\"failed\":4,"
                    + "\"deadLetters\":1,\"medianSecondsToDelivery\":2.1}")
            ObjectNode notification,
            @Schema(description = "billing-service's figures (GET /api/v1/billing/reports) in the location's currency,"
                    + " null when missing. The figures at the top are those of the one currency the location invoiced"
                    + " in (null when it invoiced in several); byCurrency has them per currency.",
                    example = "{\"currency\":\"GBP\",\"invoices\":96,\"invoicedCents\":720000,\"feesCents\":6000,"
                            + "\"paidCents\":690000,\"refundedCents\":7500,\"outstandingCents\":37500,"
                            + "\"creditedCents\":0,\"packageSales\":3,\"packageSalesCents\":126000,"
                            + "\"byCurrency\":{\"GBP\":{\"invoices\":96,\"invoicedCents\":720000,"
                            + "\"feesCents\":6000,\"paidCents\":690000,\"refundedCents\":7500,"
                            + "\"outstandingCents\":37500,\"creditedCents\":0,\"packageSales\":3,"
                            + "\"packageSalesCents\":126000}}}")
            ObjectNode billing) {
    }

    /** The chain's total, section by service. */
    @Schema(name = "BranchReportTotal", description = "Counts summed; means weighted by their counts "
            + "(clientsAssessed for outcome figures, redFlagsRaised for clearance, messages sent for delivery time); "
            + "utilisation as the mean over locations that report it; revenue per currency when locations differ; "
            + "billing's money per currency (byCurrency), its top-level figures only when every location invoiced in "
            + "one and the same currency.")
    public record Total(ObjectNode booking, ObjectNode records, ObjectNode notification, ObjectNode billing) {
    }
}
