package io.remedy.notification.settings;

/** How a chain's messages address people. */
public enum Tone {
    /** First names, e.g. "Hi Sam,". */
    FRIENDLY,
    /** Full names, e.g. "Dear Sam Patel,". */
    FORMAL
}
