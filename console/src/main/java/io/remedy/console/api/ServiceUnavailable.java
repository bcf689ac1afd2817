package io.remedy.console.api;

/**
 * The gateway, or the service behind it, did not answer (no connection, 502, 503, 504): the part of a page that needs
 * it is shown as unavailable, the rest of the page still renders.
 */
public final class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
