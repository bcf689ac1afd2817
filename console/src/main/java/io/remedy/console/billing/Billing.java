package io.remedy.console.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** billing-service's answers as the console reads them (amounts in minor units of the invoice's currency). */
public final class Billing {

    /** The states a front desk filters by, in the order an invoice goes through them. */
    public static final List<String> STATUSES = List.of("ISSUED", "PART_PAID", "PAID", "VOID");

    /** Why money goes back, as billing's codes. */
    public static final List<String> REFUND_REASONS = List.of("CLIENT_REQUEST", "OVERCHARGED", "SESSION_NOT_GIVEN",
            "DUPLICATE_PAYMENT", "OTHER");

    /** Why an invoice is voided, as billing's codes. */
    public static final List<String> VOID_REASONS = List.of("ISSUED_IN_ERROR", "SESSION_NOT_GIVEN", "GOODWILL",
            "OTHER");

    /** What the front desk takes at the desk (online payments arrive from the provider). */
    public static final List<String> DESK_METHODS = List.of("CARD_TERMINAL", "CASH");

    private Billing() {
    }

    /** An invoice or a credit note; a therapist would see no amounts (null), the console shows them to others. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invoice(UUID id, String number, String kind, String reason, UUID locationId, String locationCode,
                          String locationName, UUID sessionId, UUID clientId, String billTo, UUID therapistId,
                          String status, String currency, Integer netCents, Integer taxCents, Integer totalCents,
                          Integer paidCents, Integer outstandingCents, Instant issuedAt, Instant voidedAt,
                          List<Line> lines, List<Payment> payments, String voidReason) {

        public boolean owing() {
            return "INVOICE".equals(kind) && outstandingCents != null && outstandingCents > 0
                    && !"VOID".equals(status);
        }

        public boolean paid() {
            return "PAID".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(Integer position, String serviceName, String therapistName, LocalDate serviceDate,
                       Integer netCents, Double taxRate, Integer taxCents, Integer grossCents) {
    }

    /** A payment ({@code kind} PAYMENT) or a refund of one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(UUID id, String kind, String method, Integer amountCents, String currency, UUID refundOf,
                          Instant at, String reason) {

        public boolean refund() {
            return refundOf != null || "REFUND".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InvoicePage(List<Invoice> items, String nextCursor) {
    }

    public record NewPayment(String method, int amountCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentLink(UUID id, UUID invoiceId, String url, Integer amountCents, String currency,
                              String status) {
    }

    /** A treatment plan's series as billing sells it (nothing clinical). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanSeries(UUID planId, Integer planVersion, String status, UUID clientId, UUID locationId,
                             String locationCode, UUID serviceId, Integer sessionCount, Instant changedAt,
                             UUID packageId, String packageName, UUID clientPackageId, boolean sellable) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanSeriesPage(List<PlanSeries> items, String nextCursor) {
    }

    /** A package a client holds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientPackage(UUID id, String name, UUID serviceId, UUID clientId, UUID locationId,
                                String locationCode, UUID invoiceId, String invoiceNumber, String invoiceStatus,
                                Integer priceCents, String currency, Integer sessionsTotal, Integer sessionsLeft,
                                Instant soldAt, Instant expiresAt, boolean usable, UUID planId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientPackagePage(List<ClientPackage> items, String nextCursor) {
    }

    public record NewClientPackage(UUID packageId, UUID clientId, UUID locationId, UUID planId) {
    }

    public record NewRefund(UUID paymentId, int amountCents, String reason) {
    }

    public record NewVoid(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(LocalDate from, LocalDate to, List<ReportRow> locations, List<CurrencyTotal> totals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportRow(UUID locationId, String locationCode, String locationName, String currency,
                            Integer invoices, Long invoicedCents, Long feesCents, Long paidCents, Long refundedCents,
                            Long outstandingCents, Long creditedCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CurrencyTotal(String currency, Integer invoices, Long invoicedCents, Long feesCents, Long paidCents,
                                Long refundedCents, Long outstandingCents, Long creditedCents) {
    }
}
