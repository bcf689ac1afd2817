package io.remedy.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a JSON body the server could not read into a 400 problem that names the field (or, for broken syntax,
 * the position), without echoing Jackson's internals (class names) to the client.
 */
public final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private JsonProblems() {
    }

    /** The 400 problem for an unreadable JSON body. */
    public static Problem of(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = message(mapping);
            return Problem.of(ProblemType.MALFORMED_REQUEST, field + ": " + message)
                    .withErrors(List.of(new FieldError(field, message)));
        }
        if (e instanceof ValueInstantiationException) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + rootMessage(e));
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String field = duplicate.group(1);
            return Problem.of(ProblemType.MALFORMED_REQUEST, field + ": appears more than once")
                    .withErrors(List.of(new FieldError(field, "appears more than once")));
        }
        if (original.startsWith("Trailing token")) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The body must be exactly one JSON document, with nothing after it");
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String detail = e instanceof MismatchedInputException ? "The body is empty or not the expected JSON"
                : "The body is not valid JSON";
        return Problem.of(ProblemType.MALFORMED_REQUEST, detail + where);
    }

    /** The JSON path of the field Jackson failed on, e.g. {@code items[2].startsAt}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof ShownReason unsafe) {
            return unsafe.reason();
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", "));
            }
            if (invalid.getCause() instanceof DateTimeParseException || isTime(target)) {
                return "'" + invalid.getValue() + "' is not an ISO-8601 " + simple(target);
            }
            return "'" + invalid.getValue() + "' is not a valid " + simple(target);
        }
        if (e instanceof PropertyBindingException) {
            return "unknown field";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "expected " + simple(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static boolean isTime(Class<?> type) {
        return type != null && type.getPackageName().equals("java.time");
    }

    private static String simple(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == java.math.BigDecimal.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (isTime(type) || type == java.util.UUID.class) {
            return type.getSimpleName();
        }
        return "object";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof ProblemException || root instanceof IllegalArgumentException
                ? String.valueOf(root.getMessage()) : "invalid value";
    }
}
