package io.remedy.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Publishes pending outbox rows to Kafka as CloudEvents (binary mode) and marks them sent only after the broker
 * acknowledged. Polls every {@code remedy.outbox.relay.poll-interval}, at once after an append's commit, and backs off
 * exponentially (capped) while Kafka is unreachable. Safe with several replicas: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}. Delivery is at least once; consumers de-duplicate by event id (inbox). This class
 * decides when a round runs; {@link OutboxRound} is one round, {@link OutboxRecords} the record of a row.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The channel the relay publishes on (connector config ships with the platform). */
    public static final String CHANNEL = "remedy-outbox";

    private final OutboxRound rounds;
    private final OutboxConfig.Relay config;
    private final Vertx vertx;
    private final Backoff backoff;

    // state below is only touched on the relay's own context (one event-loop thread)
    private Context context;
    private boolean running;
    private boolean stopped = true;
    private boolean rerun;
    private int failures;
    private long timer = -1;
    private long timerDue;
    private long nextCount;

    public OutboxRelay(OutboxRound rounds, OutboxConfig config, Vertx vertx) {
        this.rounds = rounds;
        this.config = config.relay();
        this.vertx = vertx;
        this.backoff = new Backoff(this.config.initialBackoff(), this.config.maxBackoff());
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("Outbox relay disabled (remedy.outbox.relay.enabled=false)");
            return;
        }
        context = SafeContext.create(vertx);
        context.runOnContext(v -> {
            stopped = false;
            schedule(0);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (context != null) {
            context.runOnContext(v -> {
                stopped = true;
                cancelTimer();
            });
        }
    }

    /**
     * Asks for a poll soon (after an append whose commit nobody reports): after {@code nudge-delay}, which leaves the
     * appending transaction time to commit. Cheap and safe to call from any thread.
     */
    public void nudge() {
        nudge(config.nudgeDelay().toMillis());
    }

    /** Asks for a poll now: an append was just committed. Cheap and safe to call from any thread. */
    public void wake() {
        nudge(0);
    }

    private void nudge(long delay) {
        Context relayContext = context;
        if (relayContext == null) {
            return;
        }
        relayContext.runOnContext(v -> {
            if (stopped || failures > 0) {
                return; // backing off: Kafka is down, polling sooner would not help
            }
            if (running) {
                rerun = true;
                return;
            }
            if (timer == -1 || timerDue > System.currentTimeMillis() + delay) {
                schedule(delay);
            }
        });
    }

    /** Rows not yet sent, as last counted (also the gauge {@code remedy.outbox.pending}). */
    public long pending() {
        return rounds.pending();
    }

    private void schedule(long delayMillis) {
        cancelTimer();
        if (stopped) {
            return;
        }
        long delay = Math.max(1, delayMillis);
        timerDue = System.currentTimeMillis() + delay;
        timer = vertx.setTimer(delay, id -> context.runOnContext(v -> {
            if (timer == id) {
                timer = -1;
                round();
            }
        }));
    }

    private void cancelTimer() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    private void round() {
        if (stopped || running) {
            return;
        }
        running = true;
        rerun = false;
        // each round gets a fresh safe context, so no Hibernate session can leak from one round into the next
        Context round = SafeContext.create(vertx);
        round.runOnContext(v -> rounds.relayOnce()
                .call(sent -> System.currentTimeMillis() >= nextCount ? rounds.countPending()
                        : Uni.createFrom().nullItem())
                .subscribe().with(
                        sent -> context.runOnContext(x -> afterRound(sent, null)),
                        failure -> context.runOnContext(x -> afterRound(0, failure))));
    }

    private void afterRound(int sent, Throwable failure) {
        running = false;
        if (System.currentTimeMillis() >= nextCount) {
            nextCount = System.currentTimeMillis() + config.gaugeInterval().toMillis();
        }
        if (failure != null) {
            failures++;
            Duration pause = backoff.after(failures);
            Log.warnf("Outbox relay: publishing failed (%d in a row), next try in %d ms: %s", failures,
                    pause.toMillis(), failure.toString());
            schedule(pause.toMillis());
            return;
        }
        if (failures > 0) {
            Log.infof("Outbox relay: publishing again after %d failures", failures);
        }
        failures = 0;
        // a full batch or an append during the round: more may be waiting
        schedule(sent >= config.batchSize() || rerun || sent > 0 ? 0 : config.pollInterval().toMillis());
    }
}
