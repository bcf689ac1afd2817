package io.remedy.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in this replica's memory: the fallback while the shared store cannot be reached. Same arithmetic as
 * the store's SQL; each replica then allows the full rate on its own (fail open, but not unlimited).
 */
final class LocalBuckets {

    /** Beyond this many buckets the map starts over (full buckets are what a new key gets anyway). */
    private static final int MAX_BUCKETS = 100_000;

    private record State(double tokens, long updatedAtNanos) {
    }

    private final ConcurrentMap<String, State> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    LocalBuckets(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    LocalBuckets() {
        this(System::nanoTime);
    }

    Decision take(String key, Policy policy) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear();
        }
        long now = nanoClock.getAsLong();
        boolean[] allowed = new boolean[1];
        State after = buckets.compute(key, (k, before) -> {
            double available = before == null ? policy.capacity()
                    : Math.min(policy.capacity(), before.tokens()
                            + Math.max(0, now - before.updatedAtNanos()) / 1e9 * policy.refillPerSecond());
            allowed[0] = available >= 1;
            return new State(allowed[0] ? available - 1 : available, now);
        });
        return new Decision(allowed[0], policy, after.tokens(), false);
    }
}
