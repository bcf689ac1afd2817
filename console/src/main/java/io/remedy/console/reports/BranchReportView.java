package io.remedy.console.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the branch comparison shows: one row per location and the chain's total, as the gateway composed them, and
 * the data of its bar charts. A figure a service did not deliver shows as a dash; {@code missing} names the parts.
 */
public record BranchReportView(String from, String to, List<Row> rows, Row total, List<Chart> charts,
                               List<String> missing) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One location's figures (or the chain's), ready to print. */
    public record Row(String name, String code, String booked, String completed, String cancelled, String late,
                      String noShows, String therapistUtilisation, String roomUtilisation, String newClients,
                      String returningClients, String revenue, String clientsAssessed, String meanNrsChange,
                      String meanOdiChange, String clinicallyImportantShare, String redFlags, String urgentRedFlags,
                      String meanHoursToClearance, String overdueNotes, String sent, String failed,
                      String deadLetters, String medianSecondsToDelivery) {
    }

    /** A bar chart: its caption, the locations as categories and one series per figure. */
    public record Chart(String id, String caption, String json) {
    }

    /** The words the charts need, in the reader's language. */
    public interface Words {
        String chart(String id);

        String series(String key);
    }

    /** The services whose figures are missing, as one line. */
    public String missingText() {
        return String.join(", ", missing);
    }

    public static BranchReportView of(JsonNode report, Words words) {
        List<Row> rows = new ArrayList<>();
        List<JsonNode> locations = new ArrayList<>();
        report.path("locations").forEach(locations::add);
        for (JsonNode location : locations) {
            rows.add(row(text(location, "locationName", text(location, "locationCode", "—")),
                    text(location, "locationCode", ""), location));
        }
        Row total = row(null, null, report.path("total"));
        List<String> missing = new ArrayList<>();
        report.path("missing").forEach(name -> missing.add(name.asText()));

        List<String> names = distinctParts(locations.stream()
                .map(l -> text(l, "locationName", text(l, "locationCode", "—"))).toList());
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("bookings", names, locations, words, "booking",
                "sessionsBooked", "sessionsCompleted", "sessionsCancelled", "lateCancellations", "noShows"));
        charts.add(percentChart("utilisation", names, locations, words, "booking",
                "therapistUtilisation", "roomUtilisation"));
        charts.add(revenueChart(names, locations, words));
        charts.add(chart("outcomes", names, locations, words, "records", "meanNrsChange", "meanOdiChange"));
        charts.add(percentChart("improved", names, locations, words, "records", "clinicallyImportantShare"));
        charts.add(chart("redFlags", names, locations, words, "records", "redFlagsRaised", "urgentRedFlags",
                "overdueNotes"));
        charts.add(deliveryChart(names, locations, words));
        return new BranchReportView(report.path("from").asText(), report.path("to").asText(), rows, total,
                charts, missing);
    }

    /**
     * The branches' names without the words they all start with ("Harbour Remedial Massage Norwich" and "... Jupiter"
     * become "Norwich" and "Jupiter"), so that the charts' axes name what differs; the table keeps the full names.
     * A single branch, or names that would become empty, stay whole.
     */
    static List<String> distinctParts(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        List<String[]> words = names.stream().map(name -> name.trim().split("\\s+")).toList();
        int shared = 0;
        while (true) {
            int index = shared;
            if (words.stream().anyMatch(w -> w.length <= index + 1)
                    || words.stream().map(w -> w[index]).distinct().count() > 1) {
                break;
            }
            shared++;
        }
        int common = shared;
        return shared == 0 ? names : words.stream()
                .map(w -> String.join(" ", java.util.Arrays.copyOfRange(w, common, w.length))).toList();
    }

    private static Row row(String name, String code, JsonNode figures) {
        JsonNode b = figures.path("booking");
        JsonNode r = figures.path("records");
        JsonNode n = figures.path("notification");
        return new Row(name, code, count(b, "sessionsBooked"), count(b, "sessionsCompleted"),
                count(b, "sessionsCancelled"), count(b, "lateCancellations"), count(b, "noShows"),
                percent(b, "therapistUtilisation"), percent(b, "roomUtilisation"), count(b, "newClients"),
                count(b, "returningClients"), revenue(b), count(r, "clientsAssessed"), decimal(r, "meanNrsChange"),
                decimal(r, "meanOdiChange"), percent(r, "clinicallyImportantShare"), count(r, "redFlagsRaised"),
                count(r, "urgentRedFlags"), decimal(r, "meanHoursToClearance"), count(r, "overdueNotes"),
                n.isMissingNode() || n.isNull() ? "—" : String.valueOf(sent(n)), count(n, "failed"),
                count(n, "deadLetters"), decimal(n, "medianSecondsToDelivery"));
    }

    private static Chart chart(String id, List<String> names, List<JsonNode> locations, Words words, String section,
                               String... figures) {
        return bars(id, names, words, figures, figure -> locations.stream()
                .map(l -> number(l.path(section).path(figure))).toList(), "");
    }

    private static Chart percentChart(String id, List<String> names, List<JsonNode> locations, Words words,
                                      String section, String... figures) {
        return bars(id, names, words, figures, figure -> locations.stream().map(l -> {
            Double share = number(l.path(section).path(figure));
            return share == null ? null : round(share * 100);
        }).toList(), "%");
    }

    private static Chart revenueChart(List<String> names, List<JsonNode> locations, Words words) {
        Map<String, Object> spec = spec(names, words.chart("revenue"), "");
        List<Map<String, Object>> series = new ArrayList<>();
        Map<String, List<Double>> byCurrency = new LinkedHashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            JsonNode booking = locations.get(i).path("booking");
            String currency = text(booking, "currency", "");
            List<Double> values = byCurrency.computeIfAbsent(currency, c -> new ArrayList<>(nulls(locations.size())));
            Double cents = number(booking.path("revenueCents"));
            values.set(i, cents == null ? null : round(cents / 100));
        }
        byCurrency.forEach((currency, values) -> series.add(Map.of("name",
                (words.series("revenue") + " " + currency).trim(), "data", values)));
        spec.put("series", series);
        return new Chart("revenue", words.chart("revenue"), write(spec));
    }

    private static Chart deliveryChart(List<String> names, List<JsonNode> locations, Words words) {
        Map<String, Object> spec = spec(names, words.chart("delivery"), "");
        List<Map<String, Object>> series = new ArrayList<>();
        for (String channel : List.of("EMAIL", "SMS", "IN_APP")) {
            series.add(Map.of("name", words.series("sent." + channel), "data", locations.stream()
                    .map(l -> number(l.path("notification").path("sent").path(channel))).toList()));
        }
        for (String figure : List.of("failed", "deadLetters")) {
            series.add(Map.of("name", words.series(figure), "data", locations.stream()
                    .map(l -> number(l.path("notification").path(figure))).toList()));
        }
        spec.put("series", series);
        return new Chart("delivery", words.chart("delivery"), write(spec));
    }

    private static Chart bars(String id, List<String> names, Words words, String[] figures,
                              Function<String, List<Double>> values, String unit) {
        Map<String, Object> spec = spec(names, words.chart(id), unit);
        List<Map<String, Object>> series = new ArrayList<>();
        for (String figure : figures) {
            series.add(Map.of("name", words.series(figure), "data", values.apply(figure)));
        }
        spec.put("series", series);
        return new Chart(id, words.chart(id), write(spec));
    }

    private static Map<String, Object> spec(List<String> names, String caption, String unit) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("caption", caption);
        spec.put("categories", names);
        spec.put("unit", unit);
        return spec;
    }

    private static List<Double> nulls(int size) {
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }

    private static long sent(JsonNode notification) {
        long sum = 0;
        for (JsonNode count : notification.path("sent")) {
            sum += count.asLong();
        }
        return sum;
    }

    private static String revenue(JsonNode booking) {
        if (booking.isMissingNode() || booking.isNull()) {
            return "—";
        }
        JsonNode cents = booking.path("revenueCents");
        String currency = text(booking, "currency", "");
        if (cents.isNumber()) {
            return (BigDecimal.valueOf(cents.asLong(), 2).toPlainString() + " " + currency).trim();
        }
        List<String> parts = new ArrayList<>();
        booking.path("revenueCentsByCurrency").fields().forEachRemaining(e -> parts.add(
                BigDecimal.valueOf(e.getValue().asLong(), 2).toPlainString() + " " + e.getKey()));
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    private static String count(JsonNode section, String figure) {
        JsonNode value = section.path(figure);
        return value.isNumber() ? String.valueOf(value.asLong()) : "—";
    }

    private static String decimal(JsonNode section, String figure) {
        JsonNode value = section.path(figure);
        return value.isNumber() ? String.format(Locale.ROOT, "%.1f", value.asDouble()) : "—";
    }

    private static String percent(JsonNode section, String figure) {
        JsonNode value = section.path(figure);
        return value.isNumber() ? String.format(Locale.ROOT, "%.0f %%", value.asDouble() * 100) : "—";
    }

    private static Double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : null;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : otherwise;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart's data is always writable", e);
        }
    }
}
