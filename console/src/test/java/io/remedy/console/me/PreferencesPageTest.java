package io.remedy.console.me;

import io.remedy.console.api.Notifications;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PreferencesPageTest {

    private static final Notifications.Preferences CURRENT = new Notifications.Preferences(
            Map.of("DAILY_DIARY", List.of("EMAIL"), "SESSION_REMINDER", List.of("SMS")),
            List.of("NOTE_OVERDUE", "HOMEWORK"), null, "Europe/London", "en");

    @Test
    void theTickedChannelsReplaceAKindsAndNoneTickedLeavesItToTheClinicsUsualOnes() {
        MultivaluedHashMap<String, String> sent = new MultivaluedHashMap<>();
        sent.add("channel_BOOKING_CONFIRMATION", "EMAIL");
        sent.add("channel_BOOKING_CONFIRMATION", "IN_APP");
        sent.add("channel_BOOKING_CONFIRMATION", "PIGEON");

        Map<String, List<String>> channels = PreferencesPage.channels(CURRENT, sent);

        assertEquals(List.of("EMAIL", "IN_APP"), channels.get("BOOKING_CONFIRMATION"));
        // reminders had SMS; nothing ticked now: the kind goes out on its usual channels again
        assertFalse(channels.containsKey("SESSION_REMINDER"));
    }

    @Test
    void kindsThePageDoesNotShowKeepTheirChannelsAndOptOuts() {
        MultivaluedHashMap<String, String> sent = new MultivaluedHashMap<>();
        sent.add("optOut", "WAITLIST_OFFER");
        sent.add("optOut", "RED_FLAG_ALERT");

        assertEquals(List.of("EMAIL"), PreferencesPage.channels(CURRENT, sent).get("DAILY_DIARY"));
        // homework was opted out and is no longer ticked: wanted again; a staff kind stays as it was, and a kind the
        // page does not show cannot be sent from it
        assertEquals(List.of("NOTE_OVERDUE", "WAITLIST_OFFER"), PreferencesPage.optOuts(CURRENT, sent));
    }
}
