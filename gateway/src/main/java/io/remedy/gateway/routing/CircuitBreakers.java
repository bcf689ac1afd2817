package io.remedy.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.remedy.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

/** One circuit breaker per service; its state is the gauge {@code remedy.gateway.circuit.state} (0 closed, 1 half-open, 2 open). */
@ApplicationScoped
public class CircuitBreakers {

    private final Map<Upstream, CircuitBreaker> breakers = new EnumMap<>(Upstream.class);

    public CircuitBreakers(GatewayConfig config, MeterRegistry registry) {
        for (Upstream upstream : Upstream.values()) {
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openDuration());
            breakers.put(upstream, breaker);
            Gauge.builder("remedy.gateway.circuit.state", breaker, b -> b.state().ordinal())
                    .description("Circuit breaker of a service: 0 closed, 1 half-open, 2 open")
                    .tag("service", upstream.serviceName())
                    .register(registry);
        }
    }

    public CircuitBreaker of(Upstream upstream) {
        return breakers.get(upstream);
    }
}
