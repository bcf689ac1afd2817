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
}
