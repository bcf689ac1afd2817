package io.remedy.gateway.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The report as CSV (RFC 4180): a header row, one line per location, then the chain's total (locationId
 * {@code total}). Billing's money is in the location's currency (column {@code billing.currency}); the total's billing
 * cells are empty when the locations invoiced in several currencies (the JSON report has them per currency). Figures of a missing service are empty cells; the last column names the missing services. Text a
 * spreadsheet would run as a formula (starting with {@code = + - @}) is prefixed with an apostrophe.
 */
public final class BranchReportCsv {

    /** A column: the section it comes from and the path of the figure in it. */
    private record Column(String section, String... path) {

        String header() {
            return section + "." + String.join(".", path);
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("booking", "timeZone"),
            new Column("booking", "sessionsBooked"),
            new Column("booking", "sessionsCompleted"),
            new Column("booking", "sessionsCancelled"),
            new Column("booking", "lateCancellations"),
            new Column("booking", "noShows"),
            new Column("booking", "therapistUtilisation"),
            new Column("booking", "roomUtilisation"),
            new Column("booking", "newClients"),
            new Column("booking", "returningClients"),
            new Column("booking", "revenueCents"),
            new Column("booking", "currency"),
            new Column("records", "clientsAssessed"),
            new Column("records", "meanNrsChange"),
            new Column("records", "meanOdiChange"),
            new Column("records", "clinicallyImportantShare"),
            new Column("records", "redFlagsRaised"),
            new Column("records", "urgentRedFlags"),
            new Column("records", "meanHoursToClearance"),
            new Column("records", "overdueNotes"),
            new Column("notification", "sent", "EMAIL"),
            new Column("notification", "sent", "SMS"),
            new Column("notification", "sent", "IN_APP"),
            new Column("notification", "failed"),
            new Column("notification", "deadLetters"),
            new Column("notification", "medianSecondsToDelivery"),
            new Column("billing", "currency"),
            new Column("billing", "invoices"),
            new Column("billing", "invoicedCents"),
            new Column("billing", "paidCents"),
            new Column("billing", "refundedCents"),
            new Column("billing", "outstandingCents"),
            new Column("billing", "packageSales"),
            new Column("billing", "packageSalesCents"));

    private BranchReportCsv() {
    }

    public static String write(BranchReportView report) {
        StringBuilder csv = new StringBuilder();
        csv.append("locationId,locationCode,locationName");
        COLUMNS.forEach(column -> csv.append(',').append(column.header()));
        csv.append(",missing\r\n");
        String missing = String.join(";", report.missing());
        for (BranchReportView.LocationRow row : report.locations()) {
            line(csv, row.locationId(), row.locationCode(), row.locationName(), row.booking(), row.records(),
                    row.notification(), row.billing(), missing);
        }
        BranchReportView.Total total = report.total();
        line(csv, "total", "", "", total.booking(), total.records(), total.notification(), total.billing(), missing);
        return csv.toString();
    }

    private static void line(StringBuilder csv, String id, String code, String name, ObjectNode booking,
                             ObjectNode records, ObjectNode notification, ObjectNode billing, String missing) {
        csv.append(text(id)).append(',').append(text(code)).append(',').append(text(name));
        for (Column column : COLUMNS) {
            ObjectNode section = switch (column.section()) {
                case "booking" -> booking;
                case "records" -> records;
                case "billing" -> billing;
                default -> notification;
            };
            csv.append(',').append(cell(section, column.path()));
        }
        csv.append(',').append(text(missing)).append("\r\n");
    }

    private static String cell(ObjectNode section, String... path) {
        if (section == null) {
            return "";
        }
        JsonNode value = section;
        for (String step : path) {
            value = value.path(step);
        }
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isNumber() || value.isBoolean() ? value.asText() : text(value.asText());
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
