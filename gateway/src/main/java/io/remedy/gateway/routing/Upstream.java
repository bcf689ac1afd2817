package io.remedy.gateway.routing;

/** A service behind the gateway and the public path prefixes it owns. */
public enum Upstream {
    BOOKING("/api/v1/locations", "/api/v1/therapists", "/api/v1/services", "/api/v1/clients",
            "/api/v1/availability", "/api/v1/sessions", "/api/v1/waitlist"),
    RECORDS("/api/v1/records"),
    NOTIFICATION("/api/v1/notifications");

    private final String[] prefixes;

    Upstream(String... prefixes) {
        this.prefixes = prefixes;
    }

    /** Whether this service owns the path: a prefix matches whole segments only ({@code /api/v1/sessions2} does not). */
    boolean owns(String path) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
