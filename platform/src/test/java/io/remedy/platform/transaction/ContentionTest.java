package io.remedy.platform.transaction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

class ContentionTest {

    @Test
    void aDeadlockOrASerializationFailureIsContentionHoweverDeepItIsWrapped() {
        assertTrue(Contention.is(new PgException("deadlock detected", "ERROR", "40P01", null)));
        assertTrue(Contention.is(new CompletionException(new LockAcquisitionException("could not serialize",
                new SQLException("could not serialize access", "40001")))));
        assertTrue(Contention.is(new IllegalStateException(new RuntimeException(
                new PgException("could not serialize access", "ERROR", "40001", null)))));
    }

    @Test
    void aConstraintViolationOrAnyOtherFailureIsNot() {
        assertFalse(Contention.is(new PgException("conflicting key value", "ERROR", "23P01", null)));
        assertFalse(Contention.is(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key", "23505"), "unique")));
        assertFalse(Contention.is(new IllegalStateException("boom")));
        assertFalse(Contention.is(null));
    }
}
