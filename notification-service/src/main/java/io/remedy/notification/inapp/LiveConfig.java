package io.remedy.notification.inapp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live stream of in-app messages. */
@ConfigMapping(prefix = "remedy.live")
public interface LiveConfig {

    /** A comment line this often keeps idle connections (and the proxies between) open. */
    @WithDefault("20s")
    Duration heartbeat();

    /** Wait before listening again after the database connection dropped. */
    @WithDefault("1s")
    Duration reconnectAfter();

    /**
     * Streams one user may follow at once on one replica (a phone, a browser tab or two); one more is refused with
     * 429, so that one caller cannot hold the service's connections.
     */
    @WithDefault("3")
    int maxStreamsPerUser();

    /** Most messages replayed to a stream that reconnects with {@code Last-Event-ID}; the inbox has the rest. */
    @WithDefault("100")
    int maxReplayed();
}
