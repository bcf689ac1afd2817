package io.remedy.notification.message;

import io.remedy.notification.diary.DiaryEntry;
import io.remedy.notification.plan.Homework;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The made-up client, session and findings a preview is written for: every value any template reads, so that each
 * kind of message renders as it would for a real one. Nothing here is anyone's data.
 */
final class TemplateSamples {

    static final String GIVEN_NAME = "Sam";
    static final String FAMILY_NAME = "Patel";
    static final String LOCATION_NAME = "Riverside";

    private TemplateSamples() {
    }

    static Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("serviceName", "Remedial massage 60 min");
        values.put("therapistName", "Ana Ortiz");
        values.put("previousTherapistName", "Ben Carter");
        values.put("therapistChanged", true);
        values.put("roomName", "Room 1");
        values.put("late", false);
        values.put("byClinic", false);
        values.put("reason", "CLIENT_REQUEST");
        values.put("homework", List.of(
                new Homework("Knee-to-chest stretch", "Hold 30 seconds, three times each side", 2, 5),
                new Homework("Walk", "Twenty minutes at an easy pace", null, 7)));
        values.put("planVersion", 2);
        values.put("urgent", false);
        values.put("escalated", false);
        values.put("severity", "REFER");
        values.put("findings", List.of("NIGHT_PAIN"));
        values.put("clientRef", "C-7F3A21");
        values.put("redFlagRef", "R-19B4C0");
        values.put("sessionRef", "S-52D8E6");
        values.put("clearance", "RESCREEN_NEGATIVE");
        values.put("amount", "75.00 GBP");
        values.put("method", "CARD_TERMINAL");
        values.put("webhookUrl", "https://crm.example.com/hooks/remedy");
        values.put("webhookId", "0b7c4d0e-5f0a-4c1e-9a57-3f7d2c1e8b90");
        values.put("webhookReason", "it kept failing for 3 days");
        values.put("entries", List.of(
                new DiaryEntry("09:00", "10:00", "Remedial massage 60 min", "Room 1", "Sam Patel"),
                new DiaryEntry("10:15", "11:30", "Initial assessment 75 min", "Room 2", "Robin Quill")));
        return values;
    }

    /** The moments a template may name: a session next Tuesday at 10:00 in {@code zone}, and what goes with it. */
    static Map<String, Instant> moments(ZoneId zone, Instant now) {
        LocalDate tuesday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Instant session = tuesday.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        Map<String, Instant> moments = new HashMap<>();
        moments.put("when", session);
        moments.put("previousWhen", tuesday.minusDays(1).atTime(LocalTime.of(15, 30)).atZone(zone).toInstant());
        moments.put("expires", now.plusSeconds(2 * 3600));
        moments.put("raised", now);
        moments.put("cleared", now);
        moments.put("due", session.plusSeconds(24 * 3600));
        moments.put("session", session);
        moments.put("disabled", now);
        moments.put("diary", tuesday.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant());
        moments.put("paidAt", now);
        return moments;
    }
}
