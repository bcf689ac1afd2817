package io.remedy.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.remedy.local.LocalStack;
import io.remedy.local.Ports;
import io.remedy.local.Postgres;
import io.remedy.local.StackLayout;
import io.remedy.local.testing.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the gateway's tests run against: a real PostgreSQL (the shared rate-limit store) started natively by
 * deploy/local on a free port, four {@link StandIn} services, and the public key of {@link Tokens} (whose tokens may
 * carry any claims, the forged ones included). The gateway needs no broker, so unlike the services' tests this starts
 * PostgreSQL alone. Started once per test JVM.
 */
public class GatewayTestStack implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "gateway";

    private Path state;
    private LocalStack stack;
    private StandIn booking;
    private StandIn records;
    private StandIn notification;
    private StandIn billing;

    @Override
    public Map<String, String> start() {
        try {
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            state = Files.createTempDirectory(target, "gateway-stack-");
            stack = LocalStack.builder(state)
                    .cacheDir(LocalStack.findRepositoryRoot(target).resolve(".remedy/cache"))
                    .ephemeral(true)
                    .postgres(0, DATABASE)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack.startBackingServices();
        Postgres postgres = stack.postgres();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.oidc.public-key", TestTokens.publicKey());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        // free ports named up front: tests reach the management interface on the configured port (Management), and
        // both servers need a real port (Quarkus' HTTP metrics tag a server by its port, and Prometheus refuses
        // one meter name with and without the tag)
        config.put("quarkus.http.test-port", String.valueOf(Ports.free()));
        config.put("quarkus.management.test-port", String.valueOf(Ports.free()));
        booking = new StandIn("booking-service");
        records = new StandIn("records-service");
        notification = new StandIn("notification-service");
        billing = new StandIn("billing-service");
        config.put("remedy.gateway.booking-url", booking.url());
        config.put("remedy.gateway.records-url", records.url());
        config.put("remedy.gateway.notification-url", notification.url());
        config.put("remedy.gateway.billing-url", billing.url());
        // billing's address as static discovery lists it, for a test that gives billing a second (dead) instance
        config.put("remedy.test.billing-address", billing.url().replace("http://", ""));
        // a stand-in answers its readiness on its one port
        config.put("remedy.gateway.booking-management-url", booking.url());
        config.put("remedy.gateway.records-management-url", records.url());
        config.put("remedy.gateway.notification-management-url", notification.url());
        config.put("remedy.gateway.billing-management-url", billing.url());
        return config;
    }

    @Override
    public void stop() {
        for (StandIn standIn : new StandIn[] {booking, records, notification, billing}) {
            if (standIn != null) {
                standIn.stop();
            }
        }
        if (stack != null) {
            stack.stop();
            StackLayout.deleteRecursively(state);
        }
    }
}
