package io.remedy.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.remedy.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per instance of a service, so one dead replica is skipped while the others serve; its state is
 * the gauge {@code remedy.gateway.circuit.state{service, instance}} (0 closed, 1 half-open, 2 open).
 */
@ApplicationScoped
public class CircuitBreakers {

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final GatewayConfig config;
    private final MeterRegistry registry;

    public CircuitBreakers(GatewayConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** The breaker of one instance, made at its first use. */
    public CircuitBreaker of(UpstreamInstances.Instance instance) {
        return breakers.computeIfAbsent(instance.upstream().serviceName() + "@" + instance.address(), key -> {
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openDuration());
            Gauge.builder("remedy.gateway.circuit.state", breaker, b -> b.state().ordinal())
                    .description("Circuit breaker of an instance of a service: 0 closed, 1 half-open, 2 open")
                    .tag("service", instance.upstream().serviceName())
                    .tag("instance", instance.address())
                    .register(registry);
            return breaker;
        });
    }
}
