package io.remedy.billing.api;

import io.remedy.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.UUID;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    /** A required UUID parameter. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.validation(name, "is required");
        }
        return optionalUuid(name, value);
    }

    /** An optional UUID parameter (null when absent). */
    public static UUID optionalUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(name, "is not a UUID");
        }
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
