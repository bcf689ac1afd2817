package io.remedy.gateway.ratelimit;

/**
 * What a bucket said about one call: allowed or not, and the tokens left afterwards.
 *
 * @param shared true when the shared store decided, false when this replica's local bucket did (store down)
 */
public record Decision(boolean allowed, Policy policy, double tokens, boolean shared) {

    /** Seconds reported when a bucket never refills. */
    static final long NEVER = 3600;

    /** Whole calls left now. */
    public long remaining() {
        return Math.max(0, (long) Math.floor(tokens));
    }

    /** When a refused caller may try again: until one whole token is back. */
    public long retryAfterSeconds() {
        if (allowed) {
            return 0;
        }
        return secondsToReach(1);
    }

    /** Seconds until the bucket is full again. */
    public long resetSeconds() {
        return secondsToReach(policy.capacity());
    }

    private long secondsToReach(double level) {
        double missing = level - tokens;
        if (missing <= 0) {
            return 0;
        }
        if (policy.refillPerSecond() <= 0) {
            return NEVER;
        }
        return Math.max(1, (long) Math.ceil(missing / policy.refillPerSecond()));
    }
}
