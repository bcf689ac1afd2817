package io.remedy.booking.availability;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time {@code [start, end)}. */
public record Span(Instant start, Instant end) {

    public Span {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A span ends after it starts: " + start + " .. " + end);
        }
    }

    /** True if this span and {@code [from, until)} share an instant. */
    public boolean overlaps(Instant from, Instant until) {
        return start.isBefore(until) && from.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
