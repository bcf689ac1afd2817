package io.remedy.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local buckets (the store's fallback) and what a decision tells the caller. */
class TokenBucketTest {

    private final AtomicLong now = new AtomicLong();
    private final LocalBuckets buckets = new LocalBuckets(now::get);
    private final Policy policy = new Policy("reads", 3, 0.5);

    @Test
    void allowsABurstUpToTheCapacityThenRefuses() {
        assertTrue(buckets.take("k", policy).allowed());
        assertTrue(buckets.take("k", policy).allowed());
        assertTrue(buckets.take("k", policy).allowed());
        Decision refused = buckets.take("k", policy);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(2, refused.retryAfterSeconds());
        assertEquals(6, refused.resetSeconds());
    }

    @Test
    void refillsWithTimeButNeverAboveTheCapacity() {
        for (int i = 0; i < 3; i++) {
            buckets.take("k", policy);
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(buckets.take("k", policy).allowed());
        assertFalse(buckets.take("k", policy).allowed());
        now.addAndGet(Duration.ofHours(1).toNanos());
        assertEquals(2, buckets.take("k", policy).remaining());
    }

    @Test
    void keepsKeysApart() {
        for (int i = 0; i < 3; i++) {
            buckets.take("greedy", policy);
        }
        assertTrue(buckets.take("modest", policy).allowed());
    }

    @Test
    void saysAnHourForABucketThatNeverRefills() {
        Decision refused = new Decision(false, new Policy("fixed", 1, 0), 0, true);
        assertEquals(Decision.NEVER, refused.retryAfterSeconds());
    }

    @Test
    void refusesAPolicyThatCouldNeverAllowACall() {
        assertThrows(IllegalArgumentException.class, () -> new Policy("none", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Policy("draining", 1, -1));
    }
}
