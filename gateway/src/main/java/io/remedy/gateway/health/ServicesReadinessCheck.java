package io.remedy.gateway.health;

import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.routing.Upstream;
import io.remedy.gateway.routing.UpstreamClient;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The readiness of every service behind the gateway ({@code /q/health/ready} on each one's management interface, in
 * parallel). With
 * {@code remedy.gateway.health.services-required} (the default) one service not ready makes the gateway not ready;
 * without, the check only reports them.
 */
@Readiness
@ApplicationScoped
public class ServicesReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "Services behind the gateway";

    private record State(Upstream upstream, String status) {
    }

    private final UpstreamClient upstreams;
    private final Duration timeout;
    private final boolean required;

    public ServicesReadinessCheck(UpstreamClient upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.timeout = config.health().timeout();
        this.required = config.health().servicesRequired();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<State>> probes = Arrays.stream(Upstream.values()).map(this::probe).toList();
        return Uni.join().all(probes).andFailFast().map(states -> {
            boolean allUp = states.stream().allMatch(state -> state.status().equals("UP"));
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(allUp || !required);
            states.forEach(state -> response.withData(state.upstream().serviceName(), state.status()));
            return response.build();
        });
    }

    private Uni<State> probe(Upstream upstream) {
        return upstreams.getManagement(upstream, "/q/health/ready", timeout)
                .map(reply -> new State(upstream, reply.status() == 200 ? "UP" : "DOWN (" + reply.status() + ")"))
                .onFailure().recoverWithItem(failure -> new State(upstream, "DOWN (unreachable)"));
    }
}
