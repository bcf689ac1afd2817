package io.remedy.gateway.routing;

import io.remedy.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Optional;

/** Maps a public path to the service that owns it and to that service's base URL. */
@ApplicationScoped
public class RouteTable {

    private final GatewayConfig config;

    public RouteTable(GatewayConfig config) {
        this.config = config;
    }

    /** The owner of a path, if any service owns it. */
    public static Optional<Upstream> ownerOf(String path) {
        if (composedByTheGateway(path)) {
            return Optional.empty();
        }
        for (Upstream upstream : Upstream.values()) {
            if (upstream.owns(path)) {
                return Optional.of(upstream);
            }
        }
        return Optional.empty();
    }

    /** The configured base URL of a service. */
    public URI baseUrl(Upstream upstream) {
        return switch (upstream) {
            case BOOKING -> config.bookingUrl();
            case RECORDS -> config.recordsUrl();
            case NOTIFICATION -> config.notificationUrl();
            case BILLING -> config.billingUrl();
        };
    }

    /** The base URL of the service's management interface (health and metrics, never public). */
    public URI managementUrl(Upstream upstream) {
        return switch (upstream) {
            case BOOKING -> config.bookingManagementUrl();
            case RECORDS -> config.recordsManagementUrl();
            case NOTIFICATION -> config.notificationManagementUrl();
            case BILLING -> config.billingManagementUrl();
        };
    }

    /**
     * FHIR operations the gateway answers itself from several services (a patient's {@code $everything}), though a
     * service owns the resource type's prefix.
     */
    static boolean composedByTheGateway(String path) {
        return path.startsWith("/api/v1/fhir/r4/Patient/") && path.endsWith("/$everything");
    }
}
