package io.remedy.gateway.routing;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.remedy.gateway.config.GatewayConfig;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceDefinition;
import io.smallrye.stork.api.ServiceInstance;
import io.smallrye.stork.api.config.ConfigWithType;
import io.smallrye.stork.servicediscovery.dns.DnsConfiguration;
import io.smallrye.stork.servicediscovery.staticlist.StaticConfiguration;
import io.smallrye.stork.spi.StorkInfrastructure;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The instances of each service, as SmallRye Stork discovers them (a static list locally, the DNS records of a headless
 * Service on Kubernetes), and the one a call goes to: Stork's load balancer (round robin) picks among the instances
 * whose circuit breaker lets a call through now, so a dead instance is skipped while its breaker is open and the
 * gateway's retries land on another one.
 */
@Startup // at start: each instance's breaker state is a metric before the first call
@ApplicationScoped
public class UpstreamInstances {

    /** One instance of a service. */
    public record Instance(Upstream upstream, String host, int port, boolean ssl) {

        /** {@code host:port}: the instance's name in metrics and logs. */
        public String address() {
            return host + ":" + port;
        }
    }

    private final Stork stork;
    private final CircuitBreakers breakers;
    private final Vertx vertx;
    private final Map<Upstream, AtomicReference<List<Instance>>> known = new EnumMap<>(Upstream.class);
    private final long timer;

    public UpstreamInstances(GatewayConfig config, RouteTable routes, CircuitBreakers breakers, Vertx vertx) {
        this.breakers = breakers;
        this.vertx = vertx;
        // Stork's one registry in this JVM; cleared when the application stops (tests start several in turn)
        Stork.initialize(new StorkInfrastructure() {
            @Override
            public <T> T get(Class<T> type, Supplier<T> otherwise) {
                // the DNS discovery resolves on the application's own Vert.x, not on one of its own
                return type.isInstance(vertx) ? type.cast(vertx) : otherwise.get();
            }
        });
        this.stork = Stork.getInstance();
        for (Upstream upstream : Upstream.values()) {
            URI base = routes.baseUrl(upstream);
            stork.defineIfAbsent(upstream.serviceName(), ServiceDefinition.of(discovery(config.discovery(), upstream,
                    base)));
            // until discovery answered: the one instance of the base URL
            known.put(upstream, new AtomicReference<>(List.of(new Instance(upstream, base.getHost(),
                    UpstreamClient.port(base), "https".equalsIgnoreCase(base.getScheme())))));
            refresh(upstream);
        }
        this.timer = vertx.setPeriodic(config.discovery().refreshPeriod().toMillis(), id -> {
            for (Upstream upstream : Upstream.values()) {
                refresh(upstream);
            }
        });
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
        Stork.shutdown();
    }

    private static ConfigWithType discovery(GatewayConfig.Discovery discovery, Upstream upstream, URI base) {
        boolean ssl = "https".equalsIgnoreCase(base.getScheme());
        return switch (discovery.type()) {
            case STATIC -> new StaticConfiguration()
                    .withAddressList(String.join(",", discovery.instances().getOrDefault(upstream.key(),
                            List.of(base.getHost() + ":" + UpstreamClient.port(base)))))
                    .withSecure(String.valueOf(ssl));
            case DNS -> new DnsConfiguration()
                    .withHostname(base.getHost())
                    .withPort(String.valueOf(UpstreamClient.port(base)))
                    .withRecordType("A")
                    .withRefreshPeriod(discovery.refreshPeriod().toSeconds() + "S")
                    .withSecure(String.valueOf(ssl));
        };
    }

    private void refresh(Upstream upstream) {
        stork.getService(upstream.serviceName()).getInstances().subscribe().with(
                found -> {
                    if (!found.isEmpty()) {
                        List<Instance> instances = found.stream().map(i -> new Instance(upstream, i.getHost(),
                                i.getPort(), i.isSecure())).toList();
                        instances.forEach(breakers::of);
                        known.get(upstream).set(instances);
                    }
                },
                failure -> Log.warnf("Discovery of %s failed, keeping its last instances: %s",
                        upstream.serviceName(), failure.toString()));
    }

    /** The service's instances as last discovered (never empty). */
    public List<Instance> of(Upstream upstream) {
        return known.get(upstream).get();
    }

    /**
     * The instance the next call to the service goes to: Stork's load balancer among those whose circuit breaker is
     * not open; when every one is open, among all (the chosen one's breaker then refuses the call).
     */
    public Instance choose(Upstream upstream) {
        List<Instance> all = of(upstream);
        if (all.size() == 1) {
            return all.get(0);
        }
        List<ServiceInstance> candidates = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (breakers.of(all.get(i)).state() != CircuitBreaker.State.OPEN) {
                candidates.add(new Candidate(i, all.get(i)));
            }
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < all.size(); i++) {
                candidates.add(new Candidate(i, all.get(i)));
            }
        }
        ServiceInstance chosen = stork.getService(upstream.serviceName()).selectInstance(candidates);
        return ((Candidate) chosen).instance();
    }

    /** An instance as Stork's load balancer sees it. */
    private record Candidate(long id, Instance instance) implements ServiceInstance {

        @Override
        public long getId() {
            return id;
        }

        @Override
        public String getHost() {
            return instance.host();
        }

        @Override
        public int getPort() {
            return instance.port();
        }

        @Override
        public java.util.Optional<String> getPath() {
            return java.util.Optional.empty();
        }

        @Override
        public boolean isSecure() {
            return instance.ssl();
        }
    }
}
