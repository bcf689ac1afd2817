package io.remedy.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns Bean Validation violations into a 400 problem listing the offending fields by their JSON names. */
public final class ValidationProblems {

    private ValidationProblems() {
    }

    /** The 400 problem for these violations (of a resource method's parameters or a validated object). */
    public static Problem of(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ProblemException.validation(errors).problem();
    }

    /** True if a violation is about a method's return value: a server fault, not bad input. */
    public static boolean concernsReturnValue(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The field a violation names, as a client sees it: {@code book.request.startsAt} becomes {@code startsAt}
     * (method and body parameter dropped), {@code list.limit} becomes {@code limit} (a query parameter).
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        while (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD
                || start < nodes.size() && nodes.get(start).getKind() == ElementKind.CONSTRUCTOR) {
            start++;
        }
        if (start < nodes.size() - 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex()
                        : node.getKey() != null ? node.getKey() : "").append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "$" : field.toString();
    }
}
