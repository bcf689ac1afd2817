package io.remedy.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.EventType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events a chain may subscribe to, by their public names ({@code session.booked}), and the body a delivery
 * carries: {@code {type, timestamp, data}} whose data keeps ids, codes, times, states and amounts of the event and
 * drops everything else (names, reasons, findings, homework), so no personal or clinical data leaves.
 */
public final class WebhookEvents {

    /** The event {@code POST /webhooks/{id}/test} sends. */
    public static final String PING = "ping";

    /** Public name to the catalogue's event type. */
    static final Map<String, EventType<?>> SUBSCRIBABLE;

    static {
        Map<String, EventType<?>> types = new LinkedHashMap<>();
        for (EventType<?> type : List.of(EventCatalogue.SESSION_BOOKED, EventCatalogue.SESSION_RESCHEDULED,
                EventCatalogue.SESSION_CANCELLED, EventCatalogue.SESSION_COMPLETED, EventCatalogue.SESSION_NO_SHOW,
                EventCatalogue.WAITLIST_OFFERED, EventCatalogue.PLAN_UPDATED, EventCatalogue.RED_FLAG_RAISED,
                EventCatalogue.RED_FLAG_CLEARED, EventCatalogue.INVOICE_ISSUED, EventCatalogue.PAYMENT_RECEIVED,
                EventCatalogue.PAYMENT_REFUNDED, EventCatalogue.PACKAGE_SOLD)) {
            types.put(publicName(type.type()), type);
        }
        SUBSCRIBABLE = Map.copyOf(types);
    }

    /** Fields kept whatever their name's ending. */
    private static final Set<String> KEPT = Set.of("number", "currency", "status", "severity", "version", "late",
            "cancelledBy", "method", "invoiceStatus", "timeZone", "durationMinutes");
    /** Objects whose kept fields are kept (a reschedule's slots). */
    private static final Set<String> NESTED = Set.of("previous", "current");

    private WebhookEvents() {
    }

    /** Every name a chain may subscribe to, in the catalogue's order. */
    public static List<String> names() {
        return SUBSCRIBABLE.keySet().stream().sorted().toList();
    }

    /** {@code remedy.booking.session.booked.v1} → {@code session.booked}. */
    static String publicName(String cloudEventType) {
        String withoutVersion = cloudEventType.replaceFirst("\\.v\\d+$", "");
        String[] parts = withoutVersion.split("\\.", 3);
        return parts.length == 3 ? parts[2] : withoutVersion;
    }

    /** The public name of a CloudEvents type a chain may subscribe to, if it is one. */
    static Optional<String> subscribable(String cloudEventType) {
        String name = publicName(cloudEventType);
        return SUBSCRIBABLE.containsKey(name) && SUBSCRIBABLE.get(name).type().equals(cloudEventType)
                ? Optional.of(name) : Optional.empty();
    }

    /** The body of a delivery. */
    static String body(ObjectMapper json, String type, Instant timestamp, JsonNode eventData) {
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("timestamp", timestamp.toString());
        body.set("data", eventData == null ? json.createObjectNode() : idsAndCodes(json, eventData));
        return body.toString();
    }

    /** Ids, codes, times, states and amounts of an event; nothing a person could be known by. */
    static ObjectNode idsAndCodes(ObjectMapper json, JsonNode data) {
        ObjectNode kept = json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject() && NESTED.contains(name)) {
                kept.set(name, idsAndCodes(json, value));
            } else if (value.isValueNode() && keeps(name)) {
                kept.set(name, value);
            }
        }
        return kept;
    }

    private static boolean keeps(String name) {
        if (name.endsWith("UserId") || name.endsWith("By")) {
            return KEPT.contains(name);
        }
        return name.endsWith("Id") || name.endsWith("Code") || name.endsWith("At") || name.endsWith("Cents")
                || KEPT.contains(name);
    }
}
