package io.remedy.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.remedy.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decides calls against the shared buckets, and keeps deciding when the store cannot: a store that fails or is slower
 * than {@code store-timeout} is left alone for {@code store-retry-after}, meanwhile this replica's own buckets decide
 * (fail open to a local limit). The switch is logged once each way and counted
 * ({@code remedy.gateway.ratelimit.local.decisions}).
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitStore store;
    private final LocalBuckets local = new LocalBuckets();
    private final Vertx vertx;
    private final GatewayConfig.RateLimit config;
    private final Counter localDecisions;
    private final MeterRegistry registry;
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private volatile long storeRetryAt;
    private long sweeper = -1;

    public RateLimiter(RateLimitStore store, Vertx vertx, GatewayConfig config, MeterRegistry registry) {
        this.store = store;
        this.vertx = vertx;
        this.config = config.rateLimit();
        this.registry = registry;
        this.localDecisions = Counter.builder("remedy.gateway.ratelimit.local.decisions")
                .description("Calls decided by a replica's local bucket because the shared store was unreachable")
                .register(registry);
    }

    void sweepIdleBuckets(@Observes StartupEvent started) {
        if (!config.enabled()) {
            return;
        }
        store.warmUp().subscribe().with(ready -> Log.debug("Rate-limit store reachable"),
                failure -> Log.warnf("Rate-limit store not reachable at start-up (%s): limiting per replica until it is",
                        failure.getMessage()));
        Duration idle = config.idleBucketExpiry();
        long every = Math.max(1000, Math.min(idle.toMillis(), Duration.ofMinutes(5).toMillis()));
        sweeper = vertx.setPeriodic(every, id -> store.deleteIdle(idle).subscribe().with(
                deleted -> Log.debugf("Deleted %d idle rate-limit buckets", deleted),
                failure -> Log.debugf("Idle rate-limit buckets not deleted: %s", failure.getMessage())));
    }

    @PreDestroy
    void stopSweeping() {
        if (sweeper >= 0) {
            vertx.cancelTimer(sweeper);
        }
    }

    /** Takes a token for {@code key} under {@code policy}; never fails. */
    public Uni<Decision> take(String key, Policy policy) {
        if (storeDown.get() && System.nanoTime() - storeRetryAt < 0) {
            return Uni.createFrom().item(() -> decideLocally(key, policy));
        }
        return store.take(key, policy)
                .ifNoItem().after(config.storeTimeout()).fail()
                .onItem().invoke(this::storeAnswered)
                .onFailure().recoverWithItem(failure -> {
                    storeFailed(failure);
                    return decideLocally(key, policy);
                });
    }

    /** Counts a refusal, by route class. */
    void refused(Decision decision) {
        registry.counter("remedy.gateway.ratelimit.refused", "class", decision.policy().name()).increment();
    }

    private Decision decideLocally(String key, Policy policy) {
        localDecisions.increment();
        return local.take(key, policy);
    }

    private void storeAnswered(Decision decision) {
        if (storeDown.compareAndSet(true, false)) {
            Log.info("Rate-limit store reachable again: replicas share their buckets again");
        }
    }

    private void storeFailed(Throwable failure) {
        storeRetryAt = System.nanoTime() + config.storeRetryAfter().toNanos();
        if (storeDown.compareAndSet(false, true)) {
            Log.warnf("Rate-limit store unreachable (%s): each replica limits on its own for now",
                    failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }
    }
}
