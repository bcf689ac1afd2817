package io.remedy.platform.paging;

import io.remedy.platform.problem.ProblemException;

/**
 * The {@code limit} query parameter of a list: how many items a page holds, a whole number from 1 to a maximum,
 * a default when absent. Read from the raw text, so that anything else ({@code 0}, {@code 201}, {@code ten}) is a
 * 400 naming {@code limit}.
 */
public final class Limit {

    /** The query parameter. */
    public static final String PARAMETER = "limit";
    /** Items per page when the client does not say. */
    public static final int DEFAULT = 50;
    /** Most items per page. */
    public static final int MAX = 200;

    private Limit() {
    }

    /** The page size asked for: 1 to {@link #MAX}, {@link #DEFAULT} when absent. */
    public static int of(String raw) {
        return of(raw, DEFAULT, MAX);
    }

    /** The page size asked for: 1 to {@code max}, {@code defaultLimit} when absent; else a 400 naming {@code limit}. */
    public static int of(String raw, int defaultLimit, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.validation(PARAMETER, "must be a whole number from 1 to " + max);
    }
}
