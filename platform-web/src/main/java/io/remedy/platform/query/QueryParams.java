package io.remedy.platform.query;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Query parameters read from their text, so that a bad value is a 400 naming the parameter (a typed JAX-RS parameter
 * that does not convert is a bare 404 instead). Ids are accepted only in their canonical form, in either case.
 */
public final class QueryParams {

    /** The query parameter that narrows a list or a report to one location. */
    public static final String LOCATION_ID = "locationId";

    private QueryParams() {
    }

    /** The {@code locationId} parameter: null when absent, a 400 naming it when it is no id. */
    public static UUID locationId(String value) {
        return optionalUuid(LOCATION_ID, value);
    }

    /** The {@code locationId} parameter, or null with what is wrong added to {@code errors}. */
    public static UUID locationId(String value, List<FieldError> errors) {
        try {
            return locationId(value);
        } catch (ProblemException e) {
            errors.addAll(e.problem().errors());
            return null;
        }
    }

    /** A required id parameter. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.validation(name, "is required");
        }
        return optionalUuid(name, value);
    }

    /** An optional id parameter (null when absent). */
    public static UUID optionalUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.validation(name, "must be an id (a UUID)");
    }

    /** An optional enum parameter (null when absent); an unknown value is a 400 listing the known ones. */
    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
