package io.remedy.booking.session;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of a session's life, as plain functions: {@code BOOKED → CHECKED_IN → COMPLETED}; a booked session may
 * also be completed without check-in, cancelled, marked a no-show or rescheduled; every other move is refused (409).
 * {@code COMPLETED}, {@code CANCELLED} and {@code NO_SHOW} are final.
 */
public final class SessionLifecycle {

    /** The statuses in which a session occupies its therapist and room (the exclusion constraints' scope). */
    public static final Set<SessionStatus> LIVE = EnumSet.of(SessionStatus.BOOKED, SessionStatus.CHECKED_IN,
            SessionStatus.COMPLETED);

    /** What can happen to a session. */
    public enum Change {
        RESCHEDULE("rescheduled"),
        CHECK_IN("checked in"),
        COMPLETE("completed"),
        NO_SHOW("marked a no-show"),
        CANCEL("cancelled");

        private final String done;

        Change(String done) {
            this.done = done;
        }
    }

    private SessionLifecycle() {
    }

    /** True if a session in {@code from} may undergo {@code change}. */
    public static boolean allowed(SessionStatus from, Change change) {
        return switch (change) {
            case RESCHEDULE, CHECK_IN, NO_SHOW, CANCEL -> from == SessionStatus.BOOKED;
            case COMPLETE -> from == SessionStatus.BOOKED || from == SessionStatus.CHECKED_IN;
        };
    }

    /** The status a session in {@code from} has after {@code change}; a 409 naming {@code status} if not allowed. */
    public static SessionStatus next(SessionStatus from, Change change) {
        if (!allowed(from, change)) {
            throw ProblemException.conflict("A " + from + " session cannot be " + change.done,
                    new FieldError("status", "is " + from));
        }
        return switch (change) {
            case RESCHEDULE -> from;
            case CHECK_IN -> SessionStatus.CHECKED_IN;
            case COMPLETE -> SessionStatus.COMPLETED;
            case NO_SHOW -> SessionStatus.NO_SHOW;
            case CANCEL -> SessionStatus.CANCELLED;
        };
    }

    /**
     * The first instant {@code change} may be made to a session starting at {@code startsAt}: check-in opens the
     * location's window before the start; completion and no-show only at the start itself; a move or a cancellation
     * at any time (their own rules apply). Null when the change is not bound to the time.
     */
    public static Instant opensAt(Change change, Instant startsAt, int checkInOpensMinutesBefore) {
        return switch (change) {
            case CHECK_IN -> startsAt.minus(Duration.ofMinutes(checkInOpensMinutesBefore));
            case COMPLETE, NO_SHOW -> startsAt;
            case RESCHEDULE, CANCEL -> null;
        };
    }

    /**
     * Refuses (409 naming {@code startsAt}) a check-in before the location's window opens, and a completion or no-show
     * before the session has started: neither may count (as attendance or revenue) weeks ahead.
     */
    public static void requireTimely(Change change, Instant now, Instant startsAt, int checkInOpensMinutesBefore) {
        Instant opens = opensAt(change, startsAt, checkInOpensMinutesBefore);
        if (opens != null && now.isBefore(opens)) {
            String when = change == Change.CHECK_IN
                    ? "check-in opens " + checkInOpensMinutesBefore + " minutes before the start, at " + opens
                    : "a session can be " + change.done + " only once it has started, at " + opens;
            throw ProblemException.conflict("Too early: " + when, new FieldError("startsAt", when));
        }
    }

    /** Reasons that say the client asked for the cancellation, whoever recorded it. */
    static final Set<CancellationReason> CLIENT_SIDE = EnumSet.of(CancellationReason.CLIENT_REQUEST,
            CancellationReason.ILLNESS);

    /**
     * Who cancelled follows the reason, not who pressed the button: a client cancelling is always the client; staff
     * recording a client-side reason (the client asked, the client is ill) record the client's cancellation; any other
     * reason a member of staff gives is the clinic's.
     */
    public static CancelledBy cancelledBy(CancellationReason reason, boolean byTheClientThemself) {
        return byTheClientThemself || CLIENT_SIDE.contains(reason) ? CancelledBy.CLIENT : CancelledBy.CLINIC;
    }

    /**
     * A cancellation is late when less than the location's notice window is left before the start, measured in real
     * elapsed time (so a daylight-saving change inside the window neither adds nor removes an hour); a cancellation
     * after the start is late too. Exactly {@code noticeHours} before the start is still in time.
     */
    public static boolean isLateCancellation(Instant cancelledAt, Instant startsAt, int noticeHours) {
        return cancelledAt.plus(Duration.ofHours(noticeHours)).isAfter(startsAt);
    }
}
