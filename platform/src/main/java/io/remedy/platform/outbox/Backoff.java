package io.remedy.platform.outbox;

import java.time.Duration;

/** Exponential backoff, capped: {@code initial × 2^(failures-1)}, never more than {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** Pause after {@code failures} consecutive failures (0 = none). */
    public Duration after(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        int shift = Math.min(failures - 1, 30);
        long millis = initial.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
