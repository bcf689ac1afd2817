package io.remedy.booking.waitlist;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The waitlist's settings ({@code remedy.waitlist.*}; defaults in application.properties). */
@ConfigMapping(prefix = "remedy.waitlist")
public interface WaitlistConfig {

    /** How long an offered slot is held for the client before it is offered to the next (default 30 min). */
    Duration hold();

    /** How often lapsed offers are looked for. */
    Duration expiryEvery();

    /** Most lapsed offers handled in one transaction. */
    int expiryBatch();

    /** An offer is made only if the slot starts at least this long from now. */
    Duration minimumLead();

    /** How many waiting entries are weighed, in queue order, for one freed slot. */
    int candidates();
}
