package io.remedy.gateway.report;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A validated query of the cross-branch report: inclusive dates, at most 366 days, maybe one location, a format. */
public record ReportQuery(LocalDate from, LocalDate to, Optional<UUID> locationId, Format format) {

    /** Longest range, in days, both ends included. */
    public static final int MAX_DAYS = 366;

    /** What the report is rendered as. */
    public enum Format { JSON, CSV }

    /** Parses the query parameters; every bad one is named in one 400. */
    public static ReportQuery parse(String from, String to, String locationId, String format, boolean acceptsCsvOnly) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new FieldError("to", "the range may span at most " + MAX_DAYS + " days"));
            }
        }
        Optional<UUID> location = Optional.empty();
        if (locationId != null && !locationId.isBlank()) {
            try {
                location = Optional.of(UUID.fromString(locationId.trim()));
                if (!location.get().toString().equalsIgnoreCase(locationId.trim())) {
                    throw new IllegalArgumentException("not canonical");
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("locationId", "must be a location id (a UUID)"));
            }
        }
        Format rendered = acceptsCsvOnly ? Format.CSV : Format.JSON;
        if (format != null && !format.isBlank()) {
            try {
                rendered = Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("format", "must be json or csv"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new ProblemException(Problem.of(ProblemType.VALIDATION, detail).withErrors(errors));
        }
        return new ReportQuery(start, end, location, rendered);
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

    /** The query string the services' report endpoints take. */
    public String upstreamQuery() {
        return "?from=" + from + "&to=" + to + locationId.map(id -> "&locationId=" + id).orElse("");
    }
}
