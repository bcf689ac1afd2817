package io.remedy.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of the idempotent consumer ({@code remedy.inbox.*}). */
@ConfigMapping(prefix = "remedy.inbox")
public interface InboxConfig {

    /** Tries of a failing effect before the message goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause before the second try; doubles per further try. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest pause between tries. */
    @WithDefault("5s")
    Duration maxBackoff();
}
