package io.remedy.records.note;

/** A session note falls {@code DUE} when the session is booked, is drafted, then signed and locked. */
public enum NoteStatus {
    DUE,
    DRAFT,
    SIGNED
}
