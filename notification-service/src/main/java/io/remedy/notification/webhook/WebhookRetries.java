package io.remedy.notification.webhook;

import java.time.Duration;
import java.util.List;

/**
 * The wait before a webhook's next try, read from a schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then 10 h again
 * until the retry period ends), as the Standard Webhooks providers retry. A table, not a formula: the platform's
 * doubling {@code Backoff} cannot give this spread of waits, and integrators read the schedule from our docs.
 */
final class WebhookRetries {

    private WebhookRetries() {
    }

    /** The wait after the {@code failures}-th failed try (1 = the first); the schedule's last wait repeats. */
    static Duration waitAfter(List<Duration> schedule, int failures) {
        if (schedule.isEmpty()) {
            return Duration.ofMinutes(5);
        }
        return schedule.get(Math.max(0, Math.min(failures, schedule.size()) - 1));
    }
}
