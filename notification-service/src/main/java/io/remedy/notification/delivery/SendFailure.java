package io.remedy.notification.delivery;

import java.util.concurrent.TimeoutException;

/**
 * Why a channel did not take a message, as a code for the delivery log and the {@code notification.failed} event.
 * A permanent failure (no address, an address the provider rejects) is not retried.
 */
public class SendFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Known codes, as the contract lists them. */
    public static final String NO_ADDRESS = "NO_ADDRESS";
    public static final String INVALID_ADDRESS = "INVALID_ADDRESS";
    public static final String REJECTED = "REJECTED";
    public static final String PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE";
    public static final String TIMEOUT = "TIMEOUT";

    private final String code;
    private final boolean permanent;

    public SendFailure(String code, String detail, boolean permanent) {
        super(detail, null, false, false);
        this.code = code;
        this.permanent = permanent;
    }

    public String code() {
        return code;
    }

    public boolean permanent() {
        return permanent;
    }

    /** Any failure as a send failure: unknown ones count as the provider being unavailable, and are retried. */
    public static SendFailure of(Throwable failure) {
        if (failure instanceof SendFailure known) {
            return known;
        }
        if (failure instanceof TimeoutException) {
            return new SendFailure(TIMEOUT, "No answer in time", false);
        }
        return new SendFailure(PROVIDER_UNAVAILABLE, failure.getClass().getSimpleName() + ": "
                + failure.getMessage(), false);
    }
}
