package io.remedy.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of webhooks that need no running service: names, what a body keeps, retry waits, public addresses. */
class WebhookEventsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void catalogueTypesHaveShortPublicNames() {
        assertEquals("session.booked", WebhookEvents.publicName("remedy.booking.session.booked.v1"));
        assertEquals("red-flag.raised", WebhookEvents.publicName("remedy.records.red-flag.raised.v1"));
        assertEquals("payment.refunded", WebhookEvents.publicName("remedy.billing.payment.refunded.v1"));
        assertTrue(WebhookEvents.subscribable("remedy.booking.client.registered.v1").isEmpty(),
                "client events carry personal data: not offered");
        assertTrue(WebhookEvents.names().contains("session.no-show"));
    }

    @Test
    void aBodyKeepsIdsCodesTimesAndStatesOnly() throws Exception {
        JsonNode event = json.readTree("""
                {"sessionId": "s-1", "locationCode": "norwich", "locationName": "Harbour Norwich",
                 "therapistName": "Ana Costa", "therapistUserId": "u-1", "clientUserId": "u-2", "reason": "ILLNESS",
                 "cancelledBy": "CLIENT", "cancelledByUser": "u-2", "late": true, "startsAt": "2027-01-01T10:00:00Z",
                 "findings": ["NIGHT_PAIN"], "totalCents": 7500, "currency": "GBP",
                 "current": {"therapistId": "t-1", "therapistName": "Ben", "startsAt": "2027-01-02T10:00:00Z"}}""");
        JsonNode body = json.readTree(WebhookEvents.body(json, "session.cancelled",
                Instant.parse("2026-12-03T10:00:00Z"), event));
        assertEquals("session.cancelled", body.path("type").asText());
        assertEquals("2026-12-03T10:00:00Z", body.path("timestamp").asText());
        JsonNode data = body.path("data");
        assertEquals(List.of("sessionId", "locationCode", "cancelledBy", "late", "startsAt", "totalCents", "currency",
                "current"), fieldNames(data));
        assertEquals(List.of("therapistId", "startsAt"), fieldNames(data.path("current")));
    }

    @Test
    void retriesWaitLongerAndLongerThenTheLastWaitRepeats() {
        List<Duration> schedule = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(10));
        assertEquals(Duration.ofSeconds(5), WebhookRetries.waitAfter(schedule, 1));
        assertEquals(Duration.ofMinutes(5), WebhookRetries.waitAfter(schedule, 2));
        assertEquals(Duration.ofHours(10), WebhookRetries.waitAfter(schedule, 3));
        assertEquals(Duration.ofHours(10), WebhookRetries.waitAfter(schedule, 9));
    }

    @Test
    void onlyPublicAddressesAreTargets() throws Exception {
        for (String address : List.of("10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1", "224.0.0.1")) {
            assertFalse(WebhookTargets.isPublic(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111")) {
            assertTrue(WebhookTargets.isPublic(InetAddress.getByName(address)), address);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
