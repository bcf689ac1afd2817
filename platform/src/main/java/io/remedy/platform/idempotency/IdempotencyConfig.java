package io.remedy.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long stored idempotent responses live ({@code remedy.idempotency.*}). */
@ConfigMapping(prefix = "remedy.idempotency")
public interface IdempotencyConfig {

    /** How long a stored response is replayed; after that the key is forgotten and may be used afresh. */
    @WithDefault("24h")
    Duration retention();

    /** How often expired keys are purged. */
    @WithDefault("15m")
    Duration purgeEvery();

    /** Keys deleted per purge statement (several rounds run until none is left). */
    @WithDefault("1000")
    int purgeBatch();
}
