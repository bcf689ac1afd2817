package io.remedy.gateway.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Keeps the throwables the application logs (with their causes), to show that something is never logged. */
public final class LoggedErrors extends Handler implements AutoCloseable {

    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();

    private LoggedErrors() {
    }

    public static LoggedErrors capture() {
        LoggedErrors errors = new LoggedErrors();
        Logger.getLogger("").addHandler(errors);
        return errors;
    }

    /** Whether a logged throwable, or a cause of one, is of this class (by name: it may live in another loader). */
    public boolean any(String className) {
        for (Throwable logged : thrown) {
            for (Throwable cause = logged; cause != null; cause = cause.getCause()) {
                if (cause.getClass().getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getThrown() != null) {
            thrown.add(record.getThrown());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
