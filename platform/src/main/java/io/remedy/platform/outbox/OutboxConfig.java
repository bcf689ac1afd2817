package io.remedy.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of the outbox and its relay ({@code remedy.outbox.*}). */
@ConfigMapping(prefix = "remedy.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** The relay that publishes pending rows to Kafka. */
    Relay relay();

    /** How long sent rows are kept. */
    Retention retention();

    /** Retention of sent rows: they carry event data (some of it personal), so they go once they served. */
    interface Retention {

        /** How long a row is kept after Kafka acknowledged it (for an operator's look at what went out). */
        @WithDefault("7d")
        Duration sent();

        /** How often sent rows older than that are purged. */
        @WithDefault("15m")
        Duration purgeEvery();

        /** Rows deleted per purge statement (several rounds run until none is left). */
        @WithDefault("1000")
        int purgeBatch();
    }

    /** Relay settings. */
    interface Relay {

        /** Run the relay in this process; tests that only check rows may switch it off. */
        @WithDefault("true")
        boolean enabled();

        /** Pause between polls while there is nothing to publish. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Delay of the extra poll after an append (leaves the appending transaction time to commit). */
        @WithDefault("25ms")
        Duration nudgeDelay();

        /** Rows published per transaction (at most one per aggregate). */
        @WithDefault("100")
        int batchSize();

        /** First pause after a failed publish; doubles per further failure. */
        @WithDefault("500ms")
        Duration initialBackoff();

        /** Longest pause while Kafka stays unreachable. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** How long to wait for the broker's acknowledgement of a batch before counting it failed. */
        @WithDefault("45s")
        Duration sendTimeout();

        /** How often the {@code remedy.outbox.pending} gauge is refreshed. */
        @WithDefault("5s")
        Duration gaugeInterval();
    }
}
