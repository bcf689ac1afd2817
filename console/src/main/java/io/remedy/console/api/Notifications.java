package io.remedy.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notification area's payloads as the gateway's public API shows them. */
public final class Notifications {

    private Notifications() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InboxMessage(UUID id, String kind, String subject, String body, UUID locationId, UUID aboutId,
                               boolean urgent, Instant deliveredAt, Instant readAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InboxPage(List<InboxMessage> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuietHours(LocalTime start, LocalTime end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preferences(Map<String, List<String>> channels, List<String> optOuts, QuietHours quietHours,
                              String timeZone, String language) {
    }
}
