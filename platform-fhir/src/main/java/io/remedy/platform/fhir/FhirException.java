package io.remedy.platform.fhir;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.List;

/**
 * A refusal of a FHIR request, answered as an {@link OperationOutcome} ({@link FhirExceptionMapper}). The JSON API's
 * {@link ProblemException} becomes one with the same status ({@link #of(ProblemException)}), so the services' use
 * cases decide alike for both APIs.
 */
public class FhirException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final IssueType code;
    private final transient List<String> expressions;

    public FhirException(int status, IssueType code, String diagnostics, List<String> expressions) {
        super(diagnostics, null, false, false);
        this.status = status;
        this.code = code;
        this.expressions = List.copyOf(expressions);
    }

    /** 400: a search parameter (or the id) the request named is not valid; the parameter is named. */
    public static FhirException invalid(String parameter, String message) {
        return new FhirException(400, IssueType.INVALID, parameter + ": " + message, List.of(parameter));
    }

    /** 404: no such resource in the caller's chain (or none the caller may see). */
    public static FhirException notFound(String type, String id) {
        return new FhirException(404, IssueType.NOTFOUND, type + "/" + id + " is not known", List.of());
    }

    /** The same refusal as the JSON API's problem. */
    public static FhirException of(ProblemException problem) {
        int status = problem.problem().status();
        List<String> fields = problem.problem().errors() == null ? List.of()
                : problem.problem().errors().stream().map(FieldError::field).toList();
        String detail = problem.problem().detail() != null ? problem.problem().detail() : problem.problem().title();
        return new FhirException(status, issueType(status), detail, fields);
    }

    private static IssueType issueType(int status) {
        return switch (status) {
            case 400, 422 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404, 410 -> IssueType.NOTFOUND;
            case 409, 412 -> IssueType.CONFLICT;
            case 429 -> IssueType.THROTTLED;
            default -> status < 500 ? IssueType.PROCESSING : IssueType.EXCEPTION;
        };
    }

    public int status() {
        return status;
    }

    /** The OperationOutcome that answers the request. */
    public OperationOutcome outcome() {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(code)
                .setDiagnostics(getMessage());
        expressions.forEach(issue::addExpression);
        return outcome;
    }
}
