package io.remedy.notification.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Where staff e-mail addresses come from: Keycloak's Admin REST API, through a confidential service-account client
 * that holds {@code realm-management/view-users}. Without a realm URL, staff are reached in-app only.
 */
@ConfigMapping(prefix = "remedy.staff-directory")
public interface StaffDirectoryConfig {

    /** Off: staff are reached in-app only. */
    @WithDefault("true")
    boolean enabled();

    /** The realm's URL, e.g. {@code http://keycloak:8080/realms/remedy}; absent: the directory is off. */
    Optional<String> realmUrl();

    /** The service-account client. */
    @WithDefault("remedy-notification")
    String clientId();

    /** Its secret, from configuration (an environment variable in production). */
    Optional<String> clientSecret();

    /**
     * How long a looked-up address is reused before it is asked for again: the expiry of the cache
     * {@code staff-directory} ({@code quarkus.cache.caffeine.staff-directory.expire-after-write} refers to it).
     */
    @WithDefault("5m")
    Duration cacheFor();

    /** Longest wait for Keycloak's answer. */
    @WithDefault("5s")
    Duration timeout();
}
