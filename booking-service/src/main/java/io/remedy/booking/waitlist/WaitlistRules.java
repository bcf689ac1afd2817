package io.remedy.booking.waitlist;

import io.remedy.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The waitlist's rules as plain functions. */
public final class WaitlistRules {

    /** Longest window a client may wait over. */
    public static final int MAX_WINDOW_DAYS = 366;

    private WaitlistRules() {
    }

    /** A waiting window is valid: {@code from <= to}, not over yet ({@code to >= today}), at most a year long. */
    public static void requireWindow(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw ProblemException.validation("to", "must not be before from");
        }
        if (to.isBefore(today)) {
            throw ProblemException.validation("to", "is in the past");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_WINDOW_DAYS) {
            throw ProblemException.validation("to", "the window is at most " + MAX_WINDOW_DAYS + " days");
        }
    }

    /** An offer is held for {@code hold}, but never beyond the slot's start. */
    public static Instant expiresAt(Instant offeredAt, Duration hold, Instant startsAt) {
        Instant held = offeredAt.plus(hold);
        return held.isBefore(startsAt) ? held : startsAt;
    }

    /** A freed slot is offered only if it starts at least {@code minimumLead} from now. */
    public static boolean worthOffering(Instant now, Duration minimumLead, Instant startsAt) {
        return startsAt.isAfter(now.plus(minimumLead));
    }
}
