package io.remedy.platform.database;

import java.util.UUID;

/**
 * Scalar results of native selects that are run WITHOUT a result class ({@code session.createNativeQuery(sql)},
 * not {@code createNativeQuery(sql, Long.class)}).
 *
 * <p>Why: Hibernate ORM 7.2 caches the plan of a native select under a key that hashes by its SQL alone and is equal
 * only when the result set mappings are equal. A scalar result class ({@code Long}, {@code Integer}, {@code UUID},
 * {@code String}) becomes a result builder that is equal only to itself, so each execution adds a new plan under the
 * same hash, none of which a later lookup matches: the plan is built again every time, and every lookup compares its
 * SQL with the ever longer row of earlier keys of that SQL (up to the cache's size). Without a result class the
 * value is what the driver returns for the column ({@code bigint}: Long, {@code integer}: Integer), read through
 * these methods.
 * See docs/decisions/wake-on-commit-and-native-query-plans.md.
 */
public final class NativeScalars {

    private NativeScalars() {
    }

    /** A numeric column ({@code count(*)}, {@code bigint}, {@code integer}) as a long; null stays null. */
    public static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A {@code uuid} column; null stays null. */
    public static UUID asUuid(Object value) {
        return value == null || value instanceof UUID ? (UUID) value : UUID.fromString(value.toString());
    }

    /** A text column ({@code varchar}, {@code text}); null stays null. */
    public static String asString(Object value) {
        return value == null ? null : value.toString();
    }

    /** A numeric column as an int; null stays null. */
    public static Integer asInteger(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
