package io.remedy.gateway.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Joins the services' report rows on {@code locationId} and computes the chain's total. Pure: the service hands it
 * what each service answered ({@code null} for a service that did not).
 */
public final class BranchReportAssembler {

    /** Service names as the report calls them. */
    public static final String BOOKING = "booking";
    public static final String RECORDS = "records";
    public static final String NOTIFICATION = "notification";
    public static final String BILLING = "billing";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> LOCATION_FIELDS = Set.of("locationId", "locationCode", "locationName");
    /** A billing row's identity: where and in which currency; everything else in it is money or a count to sum. */
    private static final Set<String> BILLING_KEYS = Set.of("locationId", "locationCode", "locationName", "currency");

    private BranchReportAssembler() {
    }

    /**
     * @param booking            booking-service's {@code locations} rows, or null when it did not answer
     * @param billing            billing-service's rows (one per location and currency), or null when it did not
     * @param visibleCodes       the location codes the caller may see; empty for all of the chain's
     */
    public static BranchReportView assemble(ReportQuery query, List<JsonNode> booking, List<JsonNode> records,
                                            List<JsonNode> notification, List<JsonNode> billing,
                                            Optional<Set<String>> visibleCodes) {
        Map<String, Builder> rows = new LinkedHashMap<>();
        if (booking != null) {
            for (JsonNode row : booking) {
                String id = row.path("locationId").asText(null);
                if (id == null) {
                    continue;
                }
                String code = row.path("locationCode").asText(null);
                if (visibleCodes.isPresent() && (code == null || !visibleCodes.get().contains(code))) {
                    continue;
                }
                Builder builder = rows.computeIfAbsent(id, Builder::new);
                builder.code = code;
                builder.name = row.path("locationName").asText(null);
                builder.booking = section(row);
            }
        }
        // without booking's rows the gateway cannot tell a location's code: the services' own checks are what holds
        boolean onlyKnown = booking != null && visibleCodes.isPresent();
        addSections(rows, records, onlyKnown, (builder, section) -> builder.records = section);
        addSections(rows, notification, onlyKnown, (builder, section) -> builder.notification = section);
        if (billing != null) {
            Map<String, List<JsonNode>> byLocation = new LinkedHashMap<>();
            for (JsonNode row : billing) {
                String id = row.path("locationId").asText(null);
                if (id == null || (onlyKnown && !rows.containsKey(id))) {
                    continue;
                }
                byLocation.computeIfAbsent(id, key -> new ArrayList<>()).add(row);
            }
            byLocation.forEach((id, money) -> rows.computeIfAbsent(id, Builder::new).billing = billingSection(money));
        }

        List<String> missing = new ArrayList<>();
        if (booking == null) {
            missing.add(BOOKING);
        }
        if (records == null) {
            missing.add(RECORDS);
        }
        if (notification == null) {
            missing.add(NOTIFICATION);
        }
        if (billing == null) {
            missing.add(BILLING);
        }
        List<BranchReportView.LocationRow> locations = new ArrayList<>();
        for (Builder builder : rows.values()) {
            locations.add(new BranchReportView.LocationRow(builder.id, builder.code, builder.name,
                    booking == null ? null : orEmpty(builder.booking),
                    records == null ? null : orEmpty(builder.records),
                    notification == null ? null : orEmpty(builder.notification),
                    billing == null ? null : orEmpty(builder.billing)));
        }
        BranchReportView.Total total = new BranchReportView.Total(
                booking == null ? null : bookingTotal(sections(locations, BranchReportView.LocationRow::booking)),
                records == null ? null : recordsTotal(sections(locations, BranchReportView.LocationRow::records)),
                notification == null ? null
                        : notificationTotal(sections(locations, BranchReportView.LocationRow::notification)),
                billing == null ? null : billingTotal(sections(locations, BranchReportView.LocationRow::billing)));
        return new BranchReportView(query.from(), query.to(), locations, total, missing);
    }

    private static final class Builder {
        final String id;
        String code;
        String name;
        ObjectNode booking;
        ObjectNode records;
        ObjectNode notification;
        ObjectNode billing;

        Builder(String id) {
            this.id = id;
        }
    }

    private interface SectionSetter {
        void set(Builder builder, ObjectNode section);
    }

    private static void addSections(Map<String, Builder> rows, List<JsonNode> answered, boolean onlyKnown,
                                    SectionSetter setter) {
        if (answered == null) {
            return;
        }
        for (JsonNode row : answered) {
            String id = row.path("locationId").asText(null);
            if (id == null || (onlyKnown && !rows.containsKey(id))) {
                continue;
            }
            setter.set(rows.computeIfAbsent(id, Builder::new), section(row));
        }
    }

    /** A service's row without the location's identity (which the report row carries once). */
    private static ObjectNode section(JsonNode row) {
        ObjectNode section = NODES.objectNode();
        row.properties().forEach(field -> {
            if (!LOCATION_FIELDS.contains(field.getKey())) {
                section.set(field.getKey(), field.getValue());
            }
        });
        return section;
    }

    private static ObjectNode orEmpty(ObjectNode section) {
        return section == null ? NODES.objectNode() : section;
    }

    private static List<ObjectNode> sections(List<BranchReportView.LocationRow> rows,
                                             java.util.function.Function<BranchReportView.LocationRow, ObjectNode> of) {
        return rows.stream().map(of).filter(section -> section != null && !section.isEmpty()).toList();
    }

    static ObjectNode bookingTotal(List<ObjectNode> rows) {
        ObjectNode total = NODES.objectNode();
        sumAll(total, rows, Set.of("therapistUtilisation", "roomUtilisation", "revenueCents"));
        mean(total, "therapistUtilisation", rows);
        mean(total, "roomUtilisation", rows);
        Map<String, Long> revenue = new TreeMap<>();
        for (ObjectNode row : rows) {
            if (row.path("revenueCents").isIntegralNumber()) {
                revenue.merge(row.path("currency").asText("?"), row.get("revenueCents").asLong(), Long::sum);
            }
        }
        if (revenue.size() == 1) {
            Map.Entry<String, Long> only = revenue.entrySet().iterator().next();
            total.put("revenueCents", only.getValue());
            total.put("currency", only.getKey());
        } else {
            // amounts in different currencies do not add up: one total per currency instead
            total.putNull("revenueCents");
            total.putNull("currency");
        }
        ObjectNode byCurrency = total.putObject("revenueCentsByCurrency");
        revenue.forEach(byCurrency::put);
        return total;
    }

    /**
     * One location's billing rows (one per currency it invoiced in) as its section: {@code byCurrency} with the figures
     * of each currency, and the same figures at the top with {@code currency} when there is exactly one (null when
     * there are several: amounts in different currencies do not add up).
     */
    static ObjectNode billingSection(List<JsonNode> rows) {
        Map<String, Map<String, Long>> byCurrency = new TreeMap<>();
        for (JsonNode row : rows) {
            String currency = row.path("currency").asText(null);
            if (currency == null) {
                continue;
            }
            Map<String, Long> figures = byCurrency.computeIfAbsent(currency, key -> new LinkedHashMap<>());
            row.properties().forEach(field -> {
                if (!BILLING_KEYS.contains(field.getKey()) && field.getValue().isIntegralNumber()) {
                    figures.merge(field.getKey(), field.getValue().asLong(), Long::sum);
                }
            });
        }
        return money(byCurrency);
    }

    /** The chain's billing: each location's figures summed per currency, never across currencies. */
    static ObjectNode billingTotal(List<ObjectNode> sections) {
        Map<String, Map<String, Long>> byCurrency = new TreeMap<>();
        for (ObjectNode section : sections) {
            section.path("byCurrency").properties().forEach(currency -> {
                Map<String, Long> figures = byCurrency.computeIfAbsent(currency.getKey(), key -> new LinkedHashMap<>());
                currency.getValue().properties().forEach(field -> {
                    if (field.getValue().isIntegralNumber()) {
                        figures.merge(field.getKey(), field.getValue().asLong(), Long::sum);
                    }
                });
            });
        }
        return money(byCurrency);
    }

    private static ObjectNode money(Map<String, Map<String, Long>> byCurrency) {
        ObjectNode section = NODES.objectNode();
        Set<String> names = new LinkedHashSet<>();
        byCurrency.values().forEach(figures -> names.addAll(figures.keySet()));
        if (byCurrency.size() == 1) {
            Map.Entry<String, Map<String, Long>> only = byCurrency.entrySet().iterator().next();
            section.put("currency", only.getKey());
            only.getValue().forEach(section::put);
        } else {
            section.putNull("currency");
            names.forEach(section::putNull);
        }
        ObjectNode perCurrency = section.putObject("byCurrency");
        byCurrency.forEach((currency, figures) -> {
            ObjectNode node = perCurrency.putObject(currency);
            figures.forEach(node::put);
        });
        return section;
    }

    static ObjectNode recordsTotal(List<ObjectNode> rows) {
        ObjectNode total = NODES.objectNode();
        Set<String> means = Set.of("meanNrsChange", "meanOdiChange", "clinicallyImportantShare", "meanHoursToClearance");
        sumAll(total, rows, means);
        weightedMean(total, "meanNrsChange", "clientsAssessed", rows);
        weightedMean(total, "meanOdiChange", "clientsAssessed", rows);
        weightedMean(total, "clinicallyImportantShare", "clientsAssessed", rows);
        weightedMean(total, "meanHoursToClearance", "redFlagsRaised", rows);
        return total;
    }

    static ObjectNode notificationTotal(List<ObjectNode> rows) {
        ObjectNode total = NODES.objectNode();
        sumAll(total, rows, Set.of("medianSecondsToDelivery"));
        // a median does not combine: the locations' medians, weighted by what each sent, approximate it
        weightedMean(total, "medianSecondsToDelivery", row -> sumOf(row.path("sent")), rows);
        return total;
    }

    /**
     * Sums every integral figure (and every object of integral figures, key by key, e.g. {@code sent} by channel)
     * except {@code except}; anything else (text, lists, fractions) has no chain-wide sum and is left out.
     */
    private static void sumAll(ObjectNode total, List<ObjectNode> rows, Set<String> except) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> row.properties().forEach(field -> names.add(field.getKey())));
        for (String name : names) {
            if (except.contains(name)) {
                continue;
            }
            Collection<JsonNode> values = rows.stream().map(row -> row.get(name))
                    .filter(value -> value != null && !value.isNull()).toList();
            if (!values.isEmpty() && values.stream().allMatch(JsonNode::isIntegralNumber)) {
                total.put(name, values.stream().mapToLong(JsonNode::asLong).sum());
            } else if (!values.isEmpty() && values.stream().allMatch(BranchReportAssembler::integralObject)) {
                Map<String, Long> byKey = new TreeMap<>();
                values.forEach(value -> value.properties().forEach(
                        entry -> byKey.merge(entry.getKey(), entry.getValue().asLong(), Long::sum)));
                ObjectNode summed = total.putObject(name);
                byKey.forEach(summed::put);
            }
        }
    }

    private static boolean integralObject(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isIntegralNumber()) {
                return false;
            }
        }
        return true;
    }

    private static long sumOf(JsonNode object) {
        long sum = 0;
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            sum += entry.getValue().asLong();
        }
        return sum;
    }

    private static void mean(ObjectNode total, String field, List<ObjectNode> rows) {
        weightedMean(total, field, row -> 1, rows);
    }

    private static void weightedMean(ObjectNode total, String field, String weightField, List<ObjectNode> rows) {
        weightedMean(total, field, row -> row.path(weightField).asLong(0), rows);
    }

    private interface Weight {
        long of(ObjectNode row);
    }

    /** Mean of the rows that have the figure, weighted; a plain mean when every weight is 0; null when none has it. */
    private static void weightedMean(ObjectNode total, String field, Weight weight, List<ObjectNode> rows) {
        Predicate<ObjectNode> has = row -> row.path(field).isNumber();
        List<ObjectNode> with = rows.stream().filter(has).toList();
        if (with.isEmpty()) {
            total.putNull(field);
            return;
        }
        double weights = 0;
        double weighted = 0;
        for (ObjectNode row : with) {
            long w = Math.max(0, weight.of(row));
            weights += w;
            weighted += w * row.get(field).asDouble();
        }
        if (weights == 0) {
            total.put(field, with.stream().mapToDouble(row -> row.get(field).asDouble()).average().orElseThrow());
        } else {
            total.put(field, weighted / weights);
        }
    }
}
