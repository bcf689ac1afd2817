package io.remedy.notification.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are delivered and which targets they may have. */
@ConfigMapping(prefix = "remedy.notification.webhooks")
public interface WebhookConfig {

    /** Wait after the 1st, 2nd, ... failed try; the last one repeats until {@link #giveUpAfter()}. */
    @WithDefault("5s,5m,30m,2h,5h,10h")
    List<Duration> retrySchedule();

    /** A delivery still failing this long after it was written is given up. */
    @WithDefault("72h")
    Duration giveUpAfter();

    /** An endpoint whose deliveries kept failing this long is disabled and the chain admins are told. */
    @WithDefault("72h")
    Duration disableAfter();

    /** How long one try may take, connecting included. */
    @WithDefault("5s")
    Duration timeout();

    /** Tries under way at once to one endpoint (per replica), so a slow one holds up only itself. */
    @WithDefault("4")
    int perEndpoint();

    /** Tries under way at once in all (per replica). */
    @WithDefault("64")
    int inFlight();

    /** How often due deliveries are looked for. */
    @WithDefault("1s")
    Duration pollEvery();

    /** How long the old secret still signs after a rotation. */
    @WithDefault("24h")
    Duration previousSecretFor();

    /**
     * Host names (as written in the URL) that may resolve to private, loopback or link-local addresses: for local
     * runs and tests only. Empty in production.
     */
    Optional<List<String>> allowedHosts();
}
