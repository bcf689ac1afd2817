package io.remedy.gateway.ratelimit;

import io.remedy.gateway.config.GatewayConfig;

/**
 * A token bucket: holds at most {@code capacity} tokens, gains {@code refillPerSecond} a second, and every call
 * takes one. {@code name} is the route class it applies to (part of the bucket's key).
 */
public record Policy(String name, int capacity, double refillPerSecond) {

    public Policy {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one token: " + name);
        }
        if (refillPerSecond < 0) {
            throw new IllegalArgumentException("a bucket cannot drain by itself: " + name);
        }
    }

    static Policy of(String name, GatewayConfig.Bucket bucket) {
        return new Policy(name, bucket.capacity(), bucket.refillPerSecond());
    }

    /** Seconds an empty bucket takes to fill again (the window of {@code RateLimit-Policy}). */
    long windowSeconds() {
        return refillPerSecond <= 0 ? 0 : (long) Math.ceil(capacity / refillPerSecond);
    }
}
