package io.remedy.records.note;

/**
 * A session note falls {@code DUE} when the session is booked and can be written once the session is completed;
 * it is a {@code DRAFT} once written, then {@code SIGNED} and locked. A cancelled or missed session's note is
 * {@code CANCELLED} (kept, not deleted).
 */
public enum NoteStatus {
    DUE,
    DRAFT,
    SIGNED,
    CANCELLED
}
