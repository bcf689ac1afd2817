package io.remedy.platform.query;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers, from its {@code from} and {@code to} query parameters: dates (YYYY-MM-DD), both ends
 * included, {@code to} not before {@code from}, at most {@value #MAX_DAYS} days. Each location's days are its own
 * (a report reads them in the location's time zone). A bad range is one 400 naming every field that is wrong: both
 * when both are missing or unreadable, {@code to} when it is before {@code from} or too far after it.
 *
 * @param from the first day
 * @param to   the last day, included
 */
public record ReportRange(LocalDate from, LocalDate to) {

    /** Longest range, in days, both ends included (a leap year). */
    public static final int MAX_DAYS = 366;

    /** The range of a report's query; a 400 naming the bad fields otherwise. */
    public static ReportRange of(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        ReportRange range = read(from, to, errors);
        if (range == null) {
            throw ProblemException.validation(errors);
        }
        return range;
    }

    /**
     * The range of a report's query, or null with what is wrong added to {@code errors} (for a query that names every
     * bad parameter at once).
     */
    public static ReportRange read(String from, String to, List<FieldError> errors) {
        int before = errors.size();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                errors.add(new FieldError("to", "the range may span at most " + MAX_DAYS + " days"));
            }
        }
        return errors.size() == before ? new ReportRange(first, last) : null;
    }

    /** How many days the range covers, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
