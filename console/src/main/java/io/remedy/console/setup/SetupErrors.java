package io.remedy.console.setup;

import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Problem;
import io.remedy.console.page.FormErrors;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The API's problem for a set-up form whose inputs are not named exactly as the API's fields (a price in pounds for
 * {@code priceCents}, a row of the week for {@code intervals[3].end}): each field is renamed to the form's input
 * before {@link FormErrors} places it beside that input.
 */
final class SetupErrors {

    private SetupErrors() {
    }

    static FormErrors of(ApiProblem failure, UnaryOperator<String> rename) {
        Problem problem = failure.problem();
        List<Problem.FieldError> renamed = problem.errors().stream()
                .map(error -> error.field() == null ? error
                        : new Problem.FieldError(rename.apply(error.field()), error.message()))
                .toList();
        return FormErrors.of(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), renamed));
    }

    /** The API's field without the method and parameter a validation path may carry ({@code open.request.code}). */
    static String plain(String field) {
        int bracket = field.indexOf('[');
        String head = bracket < 0 ? field : field.substring(0, bracket);
        int dot = head.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    /** A refusal the page answers itself (a form's problem), not one that ends the page (403, 404). */
    static boolean formProblem(Throwable failure) {
        return failure instanceof ApiProblem problem && problem.status() != 401 && problem.status() != 403
                && problem.status() != 404 && problem.status() < 500;
    }
}
