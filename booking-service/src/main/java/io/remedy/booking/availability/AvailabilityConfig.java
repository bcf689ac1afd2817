package io.remedy.booking.availability;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How availability is searched; defaults in application.properties. */
@ConfigMapping(prefix = "remedy.availability")
public interface AvailabilityConfig {

    /** Time between possible start times on a location's wall clock (from local midnight). */
    Duration step();

    /** Most days one search may span. */
    int maxDays();

    /** Slots per page when the caller gives no limit. */
    int defaultLimit();

    /** Most slots per page. */
    int maxLimit();
}
