package io.remedy.gateway.report;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.remedy.platform.query.QueryParams;
import io.remedy.platform.query.ReportRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A validated query of the cross-branch report: inclusive dates, at most 366 days, maybe one location, a format. */
public record ReportQuery(LocalDate from, LocalDate to, Optional<UUID> locationId, Format format) {

    /** What the report is rendered as. */
    public enum Format { JSON, CSV }

    /** Parses the query parameters; every bad one is named in one 400. */
    public static ReportQuery parse(String from, String to, String locationId, String format, boolean acceptsCsvOnly) {
        List<FieldError> errors = new ArrayList<>();
        ReportRange range = ReportRange.read(from, to, errors);
        Optional<UUID> location = Optional.ofNullable(QueryParams.locationId(locationId, errors));
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
        return new ReportQuery(range.from(), range.to(), location, rendered);
    }

    /** The query string the services' report endpoints take. */
    public String upstreamQuery() {
        return "?from=" + from + "&to=" + to + locationId.map(id -> "&locationId=" + id).orElse("");
    }
}
