package io.remedy.records.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL keeps them (microseconds), so a value read back equals the one written. */
public final class Instants {

    private Instants() {
    }

    /** Now, to the microsecond. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
