package io.remedy.records.note;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** When a session note is overdue, and how the overdue scan runs. Defaults in application.properties. */
@ConfigMapping(prefix = "remedy.records.notes")
public interface NotesConfig {

    /** How long after the session's completion the note is due (24 h). */
    Duration overdueAfter();

    /** How often the scan for overdue notes runs (a scheduler interval, e.g. {@code 60s}). */
    String overdueScanEvery();

    /** Most notes announced per scan. */
    int overdueBatch();
}
