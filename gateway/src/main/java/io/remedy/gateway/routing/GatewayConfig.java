package io.remedy.gateway.routing;

import io.smallrye.config.ConfigMapping;

import java.net.URI;

/** Where the gateway finds the services that own each part of the API. */
@ConfigMapping(prefix = "remedy.gateway")
public interface GatewayConfig {

    /** Base URL of booking-service. */
    URI bookingUrl();

    /** Base URL of records-service. */
    URI recordsUrl();

    /** Base URL of notification-service. */
    URI notificationUrl();
}
