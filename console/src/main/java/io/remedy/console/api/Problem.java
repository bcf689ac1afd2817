package io.remedy.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** An RFC 9457 problem as the gateway answers it ({@code application/problem+json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One offending field: its JSON path ({@code startsAt}, {@code items[2].code}) and what is wrong with it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
