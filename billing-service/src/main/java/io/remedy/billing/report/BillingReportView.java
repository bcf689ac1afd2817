package io.remedy.billing.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** API records of the billing report. */
public final class BillingReportView {

    private BillingReportView() {
    }

    /** The money of each location over a date range, each in its own currency, and the chain's per currency. */
    @Schema(name = "BillingReport")
    public record BillingReport(LocalDate from, LocalDate to, List<LocationMoney> locations,
                                @Schema(description = "The chain's figures, one total per currency (never added "
                                        + "across currencies)") List<CurrencyMoney> totals) {
    }

    /** One location's invoices issued in the range (days in the location's zone), in one currency. */
    @Schema(name = "BillingReportRow")
    public record LocationMoney(
            UUID locationId,
            @Schema(example = "norwich") String locationCode,
            String locationName,
            @Schema(example = "GBP") String currency,
            @Schema(description = "Invoices issued (credit notes not counted)") long invoices,
            @Schema(description = "Their totals, tax included, in minor units of currency") long invoicedCents,
            @Schema(description = "Of which the fees of late cancellations and no-shows") long feesCents,
            @Schema(description = "Paid towards them (refunds not taken off)") long paidCents,
            @Schema(description = "Refunded of what was paid") long refundedCents,
            @Schema(description = "Still owed on them (void invoices owe nothing)") long outstandingCents,
            @Schema(description = "Cancelled by credit notes (voided)") long creditedCents,
            @Schema(description = "Packages of sessions sold (their invoices are among the invoices)")
            long packageSales,
            @Schema(description = "What they were sold for, tax included") long packageSalesCents) {
    }

    /** The chain's figures in one currency. */
    @Schema(name = "BillingReportCurrencyTotal")
    public record CurrencyMoney(@Schema(example = "GBP") String currency, long invoices, long invoicedCents,
                                long feesCents, long paidCents, long refundedCents, long outstandingCents,
                                long creditedCents, long packageSales, long packageSalesCents) {

        static List<CurrencyMoney> of(List<LocationMoney> rows) {
            Map<String, long[]> sums = new TreeMap<>();
            for (LocationMoney row : rows) {
                long[] sum = sums.computeIfAbsent(row.currency(), c -> new long[9]);
                sum[0] += row.invoices();
                sum[1] += row.invoicedCents();
                sum[2] += row.feesCents();
                sum[3] += row.paidCents();
                sum[4] += row.refundedCents();
                sum[5] += row.outstandingCents();
                sum[6] += row.creditedCents();
                sum[7] += row.packageSales();
                sum[8] += row.packageSalesCents();
            }
            return sums.entrySet().stream().map(e -> new CurrencyMoney(e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5], e.getValue()[6],
                    e.getValue()[7], e.getValue()[8])).toList();
        }
    }
}
