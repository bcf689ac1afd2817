package io.remedy.billing.api;

/** Paging limits shared by the list endpoints. */
public final class Lists {

    /** Items per page when the client does not say. */
    public static final String DEFAULT_LIMIT = "50";
    /** Most items per page. */
    public static final int MAX_LIMIT = 200;

    private Lists() {
    }
}
