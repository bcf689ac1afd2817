package io.remedy.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the delivery log is worked through. */
@ConfigMapping(prefix = "remedy.delivery")
public interface DeliveryConfig {

    /** How often waiting messages are looked for. */
    @WithDefault("500ms")
    Duration pollEvery();

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
