package io.remedy.gateway.routing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one service. Closed, every call passes; {@code threshold} consecutive failures (no
 * connection, timeout, 502/503/504) open it; while open, calls are refused at once (503 + {@code Retry-After}) and
 * the service gets time to recover; after {@code openDuration} one probe call passes (half-open): its success closes
 * the circuit, its failure opens it again. Thread-safe; every permit must end in success, failure or release.
 */
public final class CircuitBreaker {

    /** The breaker's state, as the metrics report it (0, 1, 2). */
    public enum State { CLOSED, HALF_OPEN, OPEN }

    /** The answer to "may this call go out?". */
    public sealed interface Permit permits Granted, Refused {
    }

    /** Refused: try again after this long. */
    public record Refused(Duration retryAfter) implements Permit {
    }

    /** Granted: report how the call went, exactly once (later reports are ignored). */
    public final class Granted implements Permit {

        private final boolean probe;
        private final AtomicBoolean reported = new AtomicBoolean();

        private Granted(boolean probe) {
            this.probe = probe;
        }

        /** The service answered (whatever the status, unless 502/503/504). */
        public void success() {
            if (reported.compareAndSet(false, true)) {
                succeeded();
            }
        }

        /** The service could not be reached, timed out, or answered 502/503/504. */
        public void failure() {
            if (reported.compareAndSet(false, true)) {
                failed();
            }
        }

        /** The call ended without telling anything about the service (e.g. the caller went away). */
        public void release() {
            if (reported.compareAndSet(false, true) && probe) {
                released();
            }
        }
    }

    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openUntil;
    private long probeStartedAt;
    private boolean probeInFlight;

    public CircuitBreaker(int threshold, Duration openDuration, LongSupplier nanoClock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the failure threshold must be at least 1");
        }
        this.threshold = threshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    public CircuitBreaker(int threshold, Duration openDuration) {
        this(threshold, openDuration, System::nanoTime);
    }

    /** Whether a call may go out now. */
    public synchronized Permit tryAcquire() {
        long now = nanoClock.getAsLong();
        switch (state) {
            case CLOSED:
                return new Granted(false);
            case OPEN:
                if (now - openUntil < 0) {
                    return new Refused(Duration.ofNanos(openUntil - now));
                }
                state = State.HALF_OPEN;
                return probe(now);
            default:
                // a probe that never reported (it cannot, but be safe) does not block the service forever
                if (!probeInFlight || now - probeStartedAt > openNanos) {
                    return probe(now);
                }
                return new Refused(Duration.ofSeconds(1));
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && nanoClock.getAsLong() - openUntil >= 0) {
            return State.HALF_OPEN;
        }
        return state;
    }

    private Permit probe(long now) {
        probeInFlight = true;
        probeStartedAt = now;
        return new Granted(true);
    }

    private synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    private synchronized void failed() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= threshold) {
            state = State.OPEN;
            openUntil = nanoClock.getAsLong() + openNanos;
            probeInFlight = false;
        }
    }

    private synchronized void released() {
        probeInFlight = false;
    }
}
