package io.remedy.local;

import java.nio.file.Path;

/** A component that did not start, did not become ready in time or did not stop; the message says which log to read. */
public final class ComponentFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ComponentFailure(String component, String problem, Path log) {
        this(component, problem, log, null);
    }

    public ComponentFailure(String component, String problem, Path log, Throwable cause) {
        super(component + ": " + problem + (log == null ? "" : " (read " + log + ")"), cause);
    }
}
