package io.remedy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one measured step, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

    void add(long startNanos, long endNanos) {
        millis.add((endNanos - startNanos) / 1e6);
        lastEnd.accumulateAndGet(endNanos, Math::max);
    }

    /** The latest end ({@link System#nanoTime()}) added so far. */
    long lastEnd() {
        return lastEnd.get();
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", count(),
                percentile(50), percentile(90), percentile(99), percentile(100));
    }
}
