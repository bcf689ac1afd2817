package io.remedy.platform.problem;

/** One offending field of a request: its JSON path (e.g. {@code startsAt}, {@code items[2].code}) and what is wrong. */
public record FieldError(String field, String message) {
}
