package io.remedy.booking.session;

import io.remedy.booking.session.SessionLifecycle.Change;
import io.remedy.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionLifecycleTest {

    @Test
    void aBookedSessionMayUndergoEveryChange() {
        assertEquals(SessionStatus.CHECKED_IN, SessionLifecycle.next(SessionStatus.BOOKED, Change.CHECK_IN));
        assertEquals(SessionStatus.COMPLETED, SessionLifecycle.next(SessionStatus.BOOKED, Change.COMPLETE));
        assertEquals(SessionStatus.NO_SHOW, SessionLifecycle.next(SessionStatus.BOOKED, Change.NO_SHOW));
        assertEquals(SessionStatus.CANCELLED, SessionLifecycle.next(SessionStatus.BOOKED, Change.CANCEL));
        assertEquals(SessionStatus.BOOKED, SessionLifecycle.next(SessionStatus.BOOKED, Change.RESCHEDULE));
    }

    @Test
    void aCheckedInSessionMayOnlyBeCompleted() {
        assertEquals(SessionStatus.COMPLETED, SessionLifecycle.next(SessionStatus.CHECKED_IN, Change.COMPLETE));
        for (Change change : new Change[] {Change.CHECK_IN, Change.NO_SHOW, Change.CANCEL, Change.RESCHEDULE}) {
            assertFalse(SessionLifecycle.allowed(SessionStatus.CHECKED_IN, change), change.name());
        }
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"COMPLETED", "CANCELLED", "NO_SHOW"})
    void finalStatusesRefuseEveryChangeAsAConflictNamingTheStatus(SessionStatus status) {
        for (Change change : Change.values()) {
            ProblemException refused = assertThrows(ProblemException.class, () -> SessionLifecycle.next(status, change));
            assertEquals(409, refused.problem().status());
            assertEquals("status", refused.problem().errors().get(0).field());
        }
    }

    @Test
    void onlyBookedCheckedInAndCompletedSessionsOccupyTheDiary() {
        assertTrue(SessionLifecycle.LIVE.contains(SessionStatus.BOOKED));
        assertTrue(SessionLifecycle.LIVE.contains(SessionStatus.CHECKED_IN));
        assertTrue(SessionLifecycle.LIVE.contains(SessionStatus.COMPLETED));
        assertFalse(SessionLifecycle.LIVE.contains(SessionStatus.CANCELLED));
        assertFalse(SessionLifecycle.LIVE.contains(SessionStatus.NO_SHOW));
    }

    @Test
    void cancelsInsideNoticeWindowAsLate() {
        Instant start = Instant.parse("2026-06-10T10:00:00Z");
        assertTrue(SessionLifecycle.isLateCancellation(start.minusSeconds(23 * 3600), start, 24));
        assertTrue(SessionLifecycle.isLateCancellation(start.minusSeconds(24 * 3600 - 1), start, 24));
    }

    @Test
    void cancelsExactlyAtTheNoticeOrEarlierInTime() {
        Instant start = Instant.parse("2026-06-10T10:00:00Z");
        assertFalse(SessionLifecycle.isLateCancellation(start.minusSeconds(24 * 3600), start, 24));
        assertFalse(SessionLifecycle.isLateCancellation(start.minusSeconds(3 * 24 * 3600), start, 24));
    }

    @Test
    void cancellingAfterTheStartIsLate() {
        Instant start = Instant.parse("2026-06-10T10:00:00Z");
        assertTrue(SessionLifecycle.isLateCancellation(start.plusSeconds(60), start, 24));
    }

    @Test
    void aZeroHourNoticeWindowIsNeverLateBeforeTheStart() {
        Instant start = Instant.parse("2026-06-10T10:00:00Z");
        assertFalse(SessionLifecycle.isLateCancellation(start.minusSeconds(1), start, 0));
    }

    @Test
    void noticeIsRealElapsedTimeAcrossADaylightSavingChange() {
        ZoneId london = ZoneId.of("Europe/London");
        // clocks go forward at 01:00 on 29 March 2026: 10:00 on the 29th is only 23 real hours after 10:00 on the 28th
        Instant start = ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, london).toInstant();
        Instant sameWallClockDayBefore = ZonedDateTime.of(2026, 3, 28, 10, 0, 0, 0, london).toInstant();
        assertTrue(SessionLifecycle.isLateCancellation(sameWallClockDayBefore, start, 24));
        // clocks go back on 25 October 2026: the same wall-clock time the day before is 25 real hours earlier
        Instant autumnStart = ZonedDateTime.of(2026, 10, 25, 10, 0, 0, 0, london).toInstant();
        Instant autumnDayBefore = ZonedDateTime.of(2026, 10, 24, 10, 30, 0, 0, london).toInstant();
        assertFalse(SessionLifecycle.isLateCancellation(autumnDayBefore, autumnStart, 24));
    }

    @Test
    void whoCancelledFollowsTheReason() {
        assertEquals(CancelledBy.CLIENT, SessionLifecycle.cancelledBy(CancellationReason.CLIENT_REQUEST, false));
        assertEquals(CancelledBy.CLIENT, SessionLifecycle.cancelledBy(CancellationReason.ILLNESS, false));
        assertEquals(CancelledBy.CLINIC, SessionLifecycle.cancelledBy(CancellationReason.THERAPIST_UNAVAILABLE, false));
        assertEquals(CancelledBy.CLINIC, SessionLifecycle.cancelledBy(CancellationReason.OTHER, false));
        assertEquals(CancelledBy.CLIENT, SessionLifecycle.cancelledBy(CancellationReason.OTHER, true));
    }

    @Test
    void checkInOpensTheWindowBeforeTheStartCompletionAndNoShowAtTheStart() {
        Instant start = Instant.parse("2026-06-10T10:00:00Z");
        SessionLifecycle.requireTimely(Change.CHECK_IN, start.minusSeconds(30 * 60), start, 30);
        SessionLifecycle.requireTimely(Change.COMPLETE, start, start, 30);
        SessionLifecycle.requireTimely(Change.NO_SHOW, start.plusSeconds(1), start, 30);
        SessionLifecycle.requireTimely(Change.CANCEL, start.minusSeconds(86400 * 30), start, 30);
        for (Change early : new Change[] {Change.CHECK_IN, Change.COMPLETE, Change.NO_SHOW}) {
            ProblemException refused = assertThrows(ProblemException.class, () ->
                    SessionLifecycle.requireTimely(early, start.minusSeconds(30 * 60 + 1), start, 30));
            assertEquals(409, refused.problem().status());
            assertEquals("startsAt", refused.problem().errors().get(0).field());
        }
        assertThrows(ProblemException.class, () ->
                SessionLifecycle.requireTimely(Change.COMPLETE, start.minusSeconds(1), start, 30));
    }
}
