package io.remedy.booking.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a plan's series, as a plain function: from the client's usual session (its weekday and wall-clock time
 * at the location), each phase adds {@code sessionCount} sessions {@code intervalWeeks} apart; an open-ended phase
 * (no count) runs up to the plan's review date, or {@code openEndedMonths} without one, and ends the series. Dates
 * keep the wall-clock time across daylight-saving changes. Only future dates are proposed: when the usual session lies
 * in the past, the series starts at its first future step.
 */
public final class SeriesPlanner {

    private SeriesPlanner() {
    }

    /** A phase of a plan: weeks between sessions, and how many (null: open-ended). */
    public record Phase(String name, int intervalWeeks, Integer sessionCount) {
    }

    /** One proposed session: its phase and its start. */
    public record Proposed(String phase, Instant startsAt) {
    }

    /**
     * @param usual           start of the client's usual session, in the location's time zone
     * @param now             the present: nothing at or before it is proposed
     * @param reviewDate      the plan's review date (last day an open-ended phase runs to), or null
     * @param openEndedMonths how far an open-ended phase runs without a review date
     * @param max             most sessions proposed in all
     */
    public static List<Proposed> plan(ZonedDateTime usual, Instant now, List<Phase> phases, LocalDate reviewDate,
                                      int openEndedMonths, int max) {
        ZoneId zone = usual.getZone();
        List<Proposed> proposed = new ArrayList<>();
        if (phases.isEmpty()) {
            return proposed;
        }
        LocalDateTime previous = usual.toLocalDateTime();
        int firstInterval = weeks(phases.get(0));
        // a usual session long ago: step on at the first phase's pace until the next step is in the future
        while (!previous.plusWeeks(firstInterval).atZone(zone).toInstant().isAfter(now)) {
            previous = previous.plusWeeks(firstInterval);
        }
        for (Phase phase : phases) {
            int interval = weeks(phase);
            if (phase.sessionCount() != null) {
                for (int i = 0; i < phase.sessionCount() && proposed.size() < max; i++) {
                    previous = previous.plusWeeks(interval);
                    proposed.add(new Proposed(phase.name(), previous.atZone(zone).toInstant()));
                }
                continue;
            }
            LocalDate until = reviewDate != null ? reviewDate
                    : LocalDate.ofInstant(now, zone).plusMonths(openEndedMonths);
            while (proposed.size() < max && !previous.plusWeeks(interval).toLocalDate().isAfter(until)) {
                previous = previous.plusWeeks(interval);
                proposed.add(new Proposed(phase.name(), previous.atZone(zone).toInstant()));
            }
            break;
        }
        return proposed;
    }

    private static int weeks(Phase phase) {
        return Math.max(1, phase.intervalWeeks());
    }
}
