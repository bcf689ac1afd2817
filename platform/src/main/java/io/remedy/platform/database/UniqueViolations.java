package io.remedy.platform.database;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemMappers;
import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL unique violation (SQLSTATE 23505) as the 409 a client can act on, naming the field that must differ.
 * One convention for every table, so no endpoint translates its own duplicates: <b>a unique constraint is named
 * {@code <table>_<column>_unique}</b> (e.g. {@code bookable_service_name_unique} on {@code (tenant, name)},
 * {@code therapist_user_id_unique} on {@code (tenant, user_id)}); the column, in camelCase, is the field
 * ({@code name}, {@code userId}). The table is the one the refused statement wrote. A unique constraint named
 * otherwise is still a 409, without a field. Values of the clash are never read, logged nor answered.
 */
public final class UniqueViolations {

    /** SQLSTATE of a unique violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile("^\\s*(?:insert\\s+into|update)\\s+(?:\\w+\\.)?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private UniqueViolations() {
    }

    /** The 409 naming the duplicated field, if {@code failure} is (caused by) a unique violation; else null. */
    public static ProblemException of(Throwable failure) {
        ConstraintViolationException violation = ProblemMappers.causeOf(failure, ConstraintViolationException.class);
        if (violation != null && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
            String constraint = violation.getConstraintName();
            if (constraint == null) {
                SQLException sql = violation.getSQLException();
                constraint = constraintIn(sql == null ? violation.getMessage() : sql.getMessage());
            }
            return conflict(field(constraint, tableOf(violation.getSQL())));
        }
        PgException pg = ProblemMappers.causeOf(failure, PgException.class);
        if (pg != null && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
            return conflict(field(pg.getConstraint(), pg.getTable()));
        }
        return null;
    }

    private static ProblemException conflict(String field) {
        if (field == null) {
            return ProblemException.conflict("This conflicts with existing data");
        }
        return ProblemException.conflict("Another one already has this " + field,
                new FieldError(field, "is already taken"));
    }

    /** The field a constraint named {@code <table>_<column>_unique} stands for, or null if it is named otherwise. */
    static String field(String constraint, String table) {
        if (constraint == null || table == null) {
            return null;
        }
        String prefix = table.toLowerCase(Locale.ROOT) + "_";
        String name = constraint.toLowerCase(Locale.ROOT);
        if (!name.startsWith(prefix) || !name.endsWith("_unique") || name.length() <= prefix.length() + 7) {
            return null;
        }
        return camelCase(name.substring(prefix.length(), name.length() - "_unique".length()));
    }

    static String constraintIn(String message) {
        Matcher named = message == null ? null : CONSTRAINT.matcher(message);
        return named != null && named.find() ? named.group(1) : null;
    }

    /** The table an {@code insert into} or {@code update} statement writes. */
    static String tableOf(String sql) {
        Matcher table = sql == null ? null : TABLE.matcher(sql);
        return table != null && table.find() ? table.group(1) : null;
    }

    static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = field.length() > 0;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
