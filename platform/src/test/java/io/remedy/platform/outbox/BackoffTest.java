package io.remedy.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void doublesPerFailureUpToTheCap() {
        assertEquals(Duration.ZERO, backoff.after(0));
        assertEquals(Duration.ofMillis(500), backoff.after(1));
        assertEquals(Duration.ofSeconds(1), backoff.after(2));
        assertEquals(Duration.ofSeconds(2), backoff.after(3));
        assertEquals(Duration.ofSeconds(16), backoff.after(6));
        assertEquals(Duration.ofSeconds(30), backoff.after(7));
        assertEquals(Duration.ofSeconds(30), backoff.after(1000));
    }
}
