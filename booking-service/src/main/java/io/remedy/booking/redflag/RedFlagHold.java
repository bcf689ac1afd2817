package io.remedy.booking.redflag;

import io.remedy.booking.redflag.RedFlag.Severity;

import java.time.Instant;
import java.util.Collection;

/**
 * A client's red-flag hold: the most urgent severity among their open flags and when the earliest was raised.
 *
 * @param severity {@code URGENT} if any open flag is urgent, else {@code REFER}
 * @param since    when the earliest open flag was raised
 */
public record RedFlagHold(Severity severity, Instant since) {

    /** The hold that these open flags of one client make; null if there are none. */
    public static RedFlagHold of(Collection<RedFlag> openFlags) {
        Severity severity = null;
        Instant since = null;
        for (RedFlag flag : openFlags) {
            if (!flag.isOpen()) {
                continue;
            }
            if (severity == null || flag.severity == Severity.URGENT) {
                severity = flag.severity == null ? Severity.REFER : flag.severity;
            }
            if (since == null || flag.raisedAt.isBefore(since)) {
                since = flag.raisedAt;
            }
        }
        return since == null ? null : new RedFlagHold(severity, since);
    }
}
