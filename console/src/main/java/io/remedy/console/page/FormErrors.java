package io.remedy.console.page;

import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's problem for a form, shaped for its template: the message of each offending field (shown beside the
 * field by the {@code field} tag) and the problem's own sentence (shown above the form). Field names are the API's
 * JSON names, which the forms use as their input names.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(null, Map.of(), 0);

    private final String summary;
    private final Map<String, String> fields;
    private final int status;

    private FormErrors(String summary, Map<String, String> fields, int status) {
        this.summary = summary;
        this.fields = fields;
        this.status = status;
    }

    public static FormErrors of(ApiProblem problem) {
        return of(problem.problem());
    }

    public static FormErrors of(Problem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            if (error.field() != null) {
                // validation paths may carry the method and parameter ("book.request.startsAt"): the last name counts
                String field = error.field().substring(error.field().lastIndexOf('.') + 1);
                fields.merge(field, error.message(), (a, b) -> a + "; " + b);
            }
        }
        String summary = problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
        return new FormErrors(summary, Map.copyOf(fields), problem.status());
    }

    /** One message for the whole form, e.g. when the console itself found the input incomplete. */
    public static FormErrors summary(String summary) {
        return new FormErrors(summary, Map.of(), 400);
    }

    /** The same errors plus one for a field the console checked itself. */
    public FormErrors with(String field, String message) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(field, message);
        return new FormErrors(summary, Map.copyOf(more), status == 0 ? 400 : status);
    }

    public boolean any() {
        return summary != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public String summary() {
        return summary == null ? "" : summary;
    }

    /** A conflict (409): the slot was taken or a hold stands; the page says what to do next. */
    public boolean conflict() {
        return status == 409;
    }

    public int status() {
        return status;
    }
}
