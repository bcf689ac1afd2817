package io.remedy.gateway.ratelimit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two gateway replicas (two store clients, each with its own connection pool) draw from one bucket. */
@QuarkusTest
class SharedBucketTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    @Inject
    io.vertx.core.Vertx coreVertx;

    @Inject
    GatewayConfig config;

    private final List<Pool> pools = new ArrayList<>();

    @AfterEach
    void closePools() {
        pools.forEach(pool -> pool.close().await().atMost(WAIT));
    }

    private RateLimitStore replica(String host, int port) {
        var config = ConfigProvider.getConfig();
        PgConnectOptions options = PgConnectOptions.fromUri(
                        config.getValue("quarkus.datasource.reactive.url", String.class))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getValue("quarkus.datasource.password", String.class));
        if (host != null) {
            options.setHost(host).setPort(port);
        }
        Pool pool = PgBuilder.pool().connectingTo(options).using(vertx).build();
        pools.add(pool);
        return new RateLimitStore(pool);
    }

    @Test
    void replicasTakingTurnsShareOneBucket() {
        RateLimitStore first = replica(null, 0);
        RateLimitStore second = replica(null, 0);
        Policy policy = new Policy("test", 10, 0);
        String key = "shared:" + UUID.randomUUID();
        List<Boolean> allowed = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            RateLimitStore replica = i % 2 == 0 ? first : second;
            Decision decision = replica.take(key, policy).await().atMost(WAIT);
            assertTrue(decision.shared());
            allowed.add(decision.allowed());
        }
        assertEquals(List.of(true, true, true, true, true, true, true, true, true, true, false, false, false, false,
                false, false), allowed);
    }

    @Test
    void replicasCallingAtOnceNeverLetMoreThroughThanTheBucketHolds() {
        RateLimitStore first = replica(null, 0);
        RateLimitStore second = replica(null, 0);
        Policy policy = new Policy("test", 25, 0);
        String key = "concurrent:" + UUID.randomUUID();
        List<Uni<Decision>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            calls.add((i % 2 == 0 ? first : second).take(key, policy));
        }
        List<Decision> decisions = Uni.join().all(calls).andFailFast().await().atMost(WAIT);
        assertEquals(25, decisions.stream().filter(Decision::allowed).count());
    }

    @Test
    void refillsByTheDatabaseClock() {
        RateLimitStore store = replica(null, 0);
        Policy policy = new Policy("test", 2, 1000);
        String key = "refill:" + UUID.randomUUID();
        store.take(key, policy).await().atMost(WAIT);
        store.take(key, policy).await().atMost(WAIT);
        // a thousand tokens a second: by the next statement the bucket has refilled
        org.awaitility.Awaitility.await().atMost(WAIT)
                .until(() -> store.take(key, policy).await().atMost(WAIT).allowed());
    }

    @Test
    void sweepsIdleBucketsAway() {
        RateLimitStore store = replica(null, 0);
        Policy policy = new Policy("test", 2, 0);
        String key = "idle:" + UUID.randomUUID();
        store.take(key, policy).await().atMost(WAIT);
        store.take(key, policy).await().atMost(WAIT);
        assertTrue(store.deleteIdle(Duration.ZERO).await().atMost(WAIT) >= 1);
        // gone means full again
        assertEquals(1, store.take(key, policy).await().atMost(WAIT).remaining());
    }

    @Test
    void decidesWithALocalBucketWhileTheStoreIsDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RateLimiter limiter = new RateLimiter(replica("127.0.0.1", closedPort), coreVertx, config, registry);
        Policy policy = new Policy("test", 3, 0);
        String key = "down:" + UUID.randomUUID();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            decisions.add(limiter.take(key, policy).await().atMost(WAIT));
        }
        decisions.forEach(decision -> assertFalse(decision.shared()));
        assertEquals(List.of(true, true, true, false), decisions.stream().map(Decision::allowed).toList());
        assertEquals(4.0, registry.get("remedy.gateway.ratelimit.local.decisions").counter().count());
    }
}
