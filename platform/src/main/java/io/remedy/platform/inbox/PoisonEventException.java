package io.remedy.platform.inbox;

/**
 * A message that can never be processed (no CloudEvents id or type, unreadable JSON, or an effect that says so):
 * sent to the dead-letter topic at once, without retries. Its message becomes the {@code dead-letter-reason} header.
 */
public class PoisonEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
