package io.remedy.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of instants as sorted, disjoint spans; spans that touch or overlap are merged, so a treatment running from one
 * opening interval straight into the next (e.g. over midnight) is covered. Lookups are binary searches.
 */
public final class Spans {

    private static final Spans NONE = new Spans(List.of());

    private final List<Span> spans;
    private final Instant[] starts;

    private Spans(List<Span> merged) {
        this.spans = List.copyOf(merged);
        this.starts = merged.stream().map(Span::start).toArray(Instant[]::new);
    }

    public static Spans none() {
        return NONE;
    }

    /** The union of these spans. */
    public static Spans of(Collection<Span> spans) {
        if (spans.isEmpty()) {
            return NONE;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>();
        Span current = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Span next = sorted.get(i);
            if (!next.start().isAfter(current.end())) {
                if (next.end().isAfter(current.end())) {
                    current = new Span(current.start(), next.end());
                }
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return new Spans(merged);
    }

    public List<Span> spans() {
        return spans;
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** True if one span holds all of {@code [from, until)}. */
    public boolean covers(Instant from, Instant until) {
        int i = lastStartingAtOrBefore(from);
        return i >= 0 && !spans.get(i).end().isBefore(until);
    }

    /** True if any span shares an instant with {@code [from, until)}. */
    public boolean overlaps(Instant from, Instant until) {
        int i = lastStartingAtOrBefore(from);
        if (i >= 0 && spans.get(i).end().isAfter(from)) {
            return true;
        }
        int next = i + 1;
        return next < spans.size() && spans.get(next).start().isBefore(until);
    }

    /** What is in this set and not in {@code other}. */
    public Spans minus(Spans other) {
        if (other.isEmpty() || isEmpty()) {
            return this;
        }
        List<Span> result = new ArrayList<>();
        int j = 0;
        for (Span span : spans) {
            Instant cursor = span.start();
            while (j < other.spans.size() && !other.spans.get(j).end().isAfter(cursor)) {
                j++;
            }
            int k = j;
            while (k < other.spans.size() && other.spans.get(k).start().isBefore(span.end())) {
                Span cut = other.spans.get(k);
                if (cut.start().isAfter(cursor)) {
                    result.add(new Span(cursor, cut.start()));
                }
                if (cut.end().isAfter(cursor)) {
                    cursor = cut.end();
                }
                if (!cursor.isBefore(span.end())) {
                    break;
                }
                k++;
            }
            if (cursor.isBefore(span.end())) {
                result.add(new Span(cursor, span.end()));
            }
        }
        return new Spans(result);
    }

    /** The time all spans hold together. */
    public Duration total() {
        return spans.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
    }

    private int lastStartingAtOrBefore(Instant instant) {
        int found = Arrays.binarySearch(starts, instant);
        return found >= 0 ? found : -found - 2;
    }

    @Override
    public String toString() {
        return spans.toString();
    }
}
