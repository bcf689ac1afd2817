package io.remedy.booking.redflag;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RedFlagHoldTest {

    private static RedFlag flag(RedFlag.Severity severity, String raisedAt, String clearedAt) {
        RedFlag flag = new RedFlag();
        flag.id = UUID.randomUUID();
        flag.severity = severity;
        flag.raisedAt = raisedAt == null ? null : Instant.parse(raisedAt);
        flag.clearedAt = clearedAt == null ? null : Instant.parse(clearedAt);
        return flag;
    }

    @Test
    void theHoldIsAsUrgentAsTheMostUrgentOpenFlagAndAsOldAsTheOldest() {
        RedFlagHold hold = RedFlagHold.of(List.of(
                flag(RedFlag.Severity.REFER, "2026-05-01T10:00:00Z", null),
                flag(RedFlag.Severity.URGENT, "2026-05-03T10:00:00Z", null),
                flag(RedFlag.Severity.REFER, "2026-05-02T10:00:00Z", null)));
        assertEquals(RedFlag.Severity.URGENT, hold.severity());
        assertEquals(Instant.parse("2026-05-01T10:00:00Z"), hold.since());
    }

    @Test
    void clearedFlagsAndClearancesWithoutARaiseHoldNothing() {
        assertNull(RedFlagHold.of(List.of(flag(RedFlag.Severity.URGENT, "2026-05-01T10:00:00Z", "2026-05-02T10:00:00Z"),
                flag(null, null, "2026-05-02T10:00:00Z"))));
        assertNull(RedFlagHold.of(List.of()));
    }
}
