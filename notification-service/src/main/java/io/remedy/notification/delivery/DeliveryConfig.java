package io.remedy.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the delivery log is worked through. */
@ConfigMapping(prefix = "remedy.delivery")
public interface DeliveryConfig {

    /** How often waiting and retried messages are looked for (the scheduler's finest beat is one second). */
    @WithDefault("1s")
    Duration pollEvery();

    /** Wait after a message is written before the round that sends it, so that its transaction has committed. */
    @WithDefault("50ms")
    Duration nudgeDelay();

    /** Tries before a message is parked as a dead letter. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the first retry; doubled after each failure. */
    @WithDefault("5s")
    Duration firstRetryAfter();

    /** Longest wait between retries. */
    @WithDefault("10m")
    Duration maxRetryAfter();
}
