package io.remedy.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings; defaults in {@code application.properties}, every one overridable per deployment. */
@ConfigMapping(prefix = "remedy.gateway")
public interface GatewayConfig {

    /** Base URL of booking-service. */
    URI bookingUrl();

    /** Base URL of records-service. */
    URI recordsUrl();

    /** Base URL of notification-service. */
    URI notificationUrl();

    /** Base URL of billing-service. */
    URI billingUrl();

    /**
     * Where the instances of each service are found (SmallRye Stork service discovery); calls are balanced across
     * them, each instance with its own circuit breaker.
     */
    Discovery discovery();

    /** Base URL of booking-service's management interface (health, metrics): where its readiness is asked. */
    URI bookingManagementUrl();

    /** Base URL of records-service's management interface. */
    URI recordsManagementUrl();

    /** Base URL of notification-service's management interface. */
    URI notificationManagementUrl();

    /** Base URL of billing-service's management interface. */
    URI billingManagementUrl();

    /** How long to wait for a TCP connection to a service. */
    Duration connectTimeout();

    /** Connections kept per service for calls (event streams have their own, see {@link #maxStreamsPerService()}). */
    int maxConnectionsPerService();

    /**
     * Event streams open at once to one service (each holds a connection for its lifetime). They have a pool of
     * their own, so that streams held open can never leave the other calls to that service waiting for a connection.
     */
    int maxStreamsPerService();

    /**
     * Longest time a caller may take to send a whole request body, from its headers on; a slower one is answered
     * with 408 and its connection closed (a client trickling a body must not hold a connection indefinitely).
     */
    Duration requestBodyTimeout();

    /**
     * Longest time from the first byte of a request to the end of its headers; a slower one has its connection
     * closed (a client trickling header lines must not hold a connection indefinitely).
     */
    Duration requestHeadTimeout();

    /**
     * Route classes by name: each names path prefixes and what applies to them. The class {@code default} applies
     * to every path no other class claims, and supplies what another class leaves unset. The longest prefix wins.
     */
    Map<String, RouteClass> routes();

    Retry retry();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    /**
     * Addresses (IPs or CIDR blocks) of the proxies in front of the gateway. Only a connection from one of these
     * may name the client in {@code X-Forwarded-For}; otherwise the connection's own address is the client.
     */
    Optional<List<String>> trustedProxies();

    OpenApi openapi();

    Health health();

    Reports reports();

    /** The FHIR operations the gateway composes from the services (merged metadata, a patient's $everything). */
    Fhir fhir();

    /** What applies to the paths of one route class. */
    interface RouteClass {

        /** Path prefixes of this class (whole segments). */
        Optional<List<String>> prefixes();

        /** How long a service may take to start answering (until its response headers arrive). */
        Optional<Duration> timeout();

        /** Largest request body accepted; a larger one is refused with 413 before it is read. */
        Optional<MemorySize> maxBodySize();
    }

    /** How the gateway finds a service's instances. */
    interface Discovery {

        /** How instances are listed. */
        enum Type {
            /** A fixed list: {@link #instances()} of the service, else the one host and port of its base URL. */
            STATIC,
            /**
             * The DNS A records of the host of the service's base URL, with that URL's port: on Kubernetes, a
             * headless Service (one record per ready pod).
             */
            DNS
        }

        @WithDefault("static")
        Type type();

        /**
         * Static discovery: every instance of a service as {@code host:port}, by the service's short name
         * ({@code booking}, {@code records}, ...), e.g. {@code remedy.gateway.discovery.instances.booking=
         * 127.0.0.1:8081,127.0.0.1:8181}; a service not listed has the one instance of its base URL.
         */
        Map<String, List<String>> instances();

        /** DNS discovery: how often the records are read again. */
        @WithDefault("5s")
        Duration refreshPeriod();
    }

    /** Retries of idempotent requests (GET, HEAD, OPTIONS) on connection failures and 502/503/504. */
    interface Retry {

        /** Attempts in all, the first included; 1 turns retries off. */
        int maxAttempts();

        /** Wait before the first retry; doubled for each further one. */
        Duration backoff();
    }

    /** One circuit breaker per service. */
    interface CircuitBreaker {

        /** Consecutive failures (no connection, timeout, 502/503/504) that open the circuit. */
        int failureThreshold();

        /** How long the circuit stays open before one probe request may pass. */
        Duration openDuration();
    }

    /** Token buckets per user and per client address, kept in PostgreSQL so that every replica shares them. */
    interface RateLimit {

        /** Off only for benchmarks of the proxy itself. */
        boolean enabled();

        /** Longest wait for the shared store before this replica decides with its local bucket instead. */
        Duration storeTimeout();

        /** After the store failed, how long to decide locally before trying the store again. */
        Duration storeRetryAfter();

        /** Buckets untouched this long are deleted (they would be full again anyway). */
        Duration idleBucketExpiry();

        /** Calls with a valid token that only read (GET, HEAD, OPTIONS), per user. */
        Bucket authenticatedReads();

        /** Calls with a valid token that change something, per user. */
        Bucket authenticatedWrites();

        /** Calls without a valid token that only read, per client address. */
        Bucket anonymousReads();

        /** Calls without a valid token that would change something, per client address. */
        Bucket anonymousWrites();
    }

    /** A token bucket: a burst of {@code capacity}, then {@code refill-per-second} calls a second. */
    interface Bucket {

        int capacity();

        double refillPerSecond();
    }

    /** The merged API description. */
    interface OpenApi {

        /** How often each service's document is fetched again. */
        Duration refreshInterval();

        /** How soon a service whose document could not be fetched is asked again. */
        Duration retryInterval();

        /** Keycloak's realm as browsers reach it: Swagger UI signs in there. */
        URI authServerUrl();

        /** The gateway as its callers reach it: the document's {@code servers}, where "Try it out" sends calls. */
        URI serverUrl();
    }

    /** Readiness. */
    interface Health {

        /** Longest wait for Keycloak's keys or a service's readiness. */
        Duration timeout();

        /**
         * Whether a service that is not ready makes the gateway not ready. Off, the services' state is still
         * reported, but traffic for the other services keeps flowing through this replica.
         */
        @WithDefault("true")
        boolean servicesRequired();
    }

    /** The cross-branch report. */
    interface Reports {

        /** Longest wait for each service's figures; a service slower than this is reported missing. */
        Duration timeout();
    }

    /** The FHIR operations the gateway composes. */
    interface Fhir {

        /** Longest wait for each service's part; a service slower than this is left out (and said so). */
        Duration timeout();
    }
}
