package io.remedy.gateway.routing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    private CircuitBreaker.Granted granted() {
        return assertInstanceOf(CircuitBreaker.Granted.class, breaker.tryAcquire());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            granted().failure();
        }
    }

    @Test
    void staysClosedBelowTheThreshold() {
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        granted();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        fail(2);
        granted().success();
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void opensAfterConsecutiveFailuresAndSaysWhenToComeBack() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        CircuitBreaker.Refused refused = assertInstanceOf(CircuitBreaker.Refused.class, breaker.tryAcquire());
        assertEquals(Duration.ofSeconds(6), refused.retryAfter());
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void letsOneProbeThroughAfterTheOpenDurationAndClosesOnItsSuccess() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        CircuitBreaker.Granted probe = granted();
        assertInstanceOf(CircuitBreaker.Refused.class, breaker.tryAcquire(), "a second call while the probe runs");
        probe.success();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        granted();
    }

    @Test
    void opensAgainWhenTheProbeFails() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        granted().failure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertInstanceOf(CircuitBreaker.Refused.class, breaker.tryAcquire());
    }

    @Test
    void aReleasedProbeLetsTheNextCallProbe() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        granted().release();
        granted().success();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void countsEachCallOnlyOnce() {
        CircuitBreaker.Granted call = granted();
        call.failure();
        call.failure();
        call.failure();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }
}
