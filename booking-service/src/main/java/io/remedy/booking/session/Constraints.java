package io.remedy.booking.session;

import org.hibernate.exception.ConstraintViolationException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads which database constraint refused a write, from the chain of causes Hibernate Reactive hands back. */
public final class Constraints {

    /** PostgreSQL names the constraint in its message; Hibernate's dialect does not extract it for exclusions. */
    private static final Pattern NAMED = Pattern.compile("constraint \"([^\"]+)\"");

    private Constraints() {
    }

    /** The name of the violated constraint, or null when the failure is not a constraint violation. */
    public static String violated(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                if (violation.getConstraintName() != null) {
                    return violation.getConstraintName();
                }
                Matcher named = NAMED.matcher(String.valueOf(violation.getMessage()));
                return named.find() ? named.group(1) : null;
            }
        }
        return null;
    }
}
