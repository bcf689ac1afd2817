package io.remedy.platform.problem;

/**
 * A value refused while reading a body, with a reason that is safe to show (the value itself is never echoed): the
 * 400 of {@link JsonProblems} names the field with this reason instead of Jackson's own words.
 */
public interface ShownReason {

    /** Why the value was refused, e.g. {@code contains a control character (U+0000)}. */
    String reason();
}
