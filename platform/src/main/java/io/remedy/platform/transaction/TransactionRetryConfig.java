package io.remedy.platform.transaction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a transaction that lost a deadlock or a serialization conflict is run again ({@code remedy.transaction.retry.*}). */
@ConfigMapping(prefix = "remedy.transaction.retry")
public interface TransactionRetryConfig {

    /** Runs after the first before the request is answered 503; 0 answers the first loss at once. */
    @WithDefault("4")
    int maxRetries();

    /** Pause before the first run again; doubles per further run, each pause with jitter. */
    @WithDefault("20ms")
    Duration initialBackoff();

    /** Longest pause between two runs. */
    @WithDefault("300ms")
    Duration maxBackoff();

    /** Share of a pause drawn at random (0 to 1), so racers that lost together do not meet again. */
    @WithDefault("0.5")
    double jitter();

    /** {@code Retry-After} of the 503 answered when every run lost. */
    @WithDefault("1s")
    Duration retryAfter();
}
