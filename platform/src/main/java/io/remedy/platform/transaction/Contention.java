package io.remedy.platform.transaction;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import org.hibernate.JDBCException;

/**
 * A transaction that failed only because concurrent transactions met: PostgreSQL's serialization failure (40001) or
 * deadlock (40P01). The database rolled it back whole, so running it again from the start is safe and will most
 * likely succeed.
 */
public final class Contention {

    /** SQLSTATE of a serialization failure. */
    public static final String SERIALIZATION_FAILURE = "40001";
    /** SQLSTATE of a detected deadlock. */
    public static final String DEADLOCK_DETECTED = "40P01";

    private Contention() {
    }

    /** True if {@code failure}, or any of its causes, is a serialization failure or a deadlock. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isContention(sqlState(t))) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable t) {
        if (t instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (t instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        return null;
    }

    private static boolean isContention(String sqlState) {
        return SERIALIZATION_FAILURE.equals(sqlState) || DEADLOCK_DETECTED.equals(sqlState);
    }
}
