package io.remedy.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.remedy.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Resolves the timeout and body-size limit of a path from the configured route classes (longest prefix wins). */
@ApplicationScoped
public class RouteClasses {

    /** What applies to one request path. */
    public record Limits(String routeClass, Duration timeout, long maxBodySize) {

        /** The route class {@code stream} holds event streams: long-lived answers with a connection pool of their own. */
        public boolean stream() {
            return "stream".equals(routeClass);
        }
    }

    private record Entry(String prefix, Limits limits) {
    }

    private final Limits fallback;
    private final List<Entry> entries;

    @Inject
    public RouteClasses(GatewayConfig config) {
        this(config.routes());
    }

    RouteClasses(Map<String, GatewayConfig.RouteClass> classes) {
        GatewayConfig.RouteClass defaults = classes.get("default");
        if (defaults == null || defaults.timeout().isEmpty() || defaults.maxBodySize().isEmpty()) {
            throw new IllegalStateException("remedy.gateway.routes.default needs a timeout and a max-body-size");
        }
        this.fallback = new Limits("default", defaults.timeout().get(), defaults.maxBodySize().get().asLongValue());
        List<Entry> found = new ArrayList<>();
        classes.forEach((name, routeClass) -> {
            if (name.equals("default")) {
                return;
            }
            Limits limits = new Limits(name, routeClass.timeout().orElse(fallback.timeout()),
                    routeClass.maxBodySize().map(MemorySize::asLongValue).orElse(fallback.maxBodySize()));
            routeClass.prefixes().orElse(List.of()).forEach(prefix -> found.add(new Entry(prefix.trim(), limits)));
        });
        found.sort(Comparator.comparingInt((Entry entry) -> entry.prefix().length()).reversed());
        this.entries = List.copyOf(found);
    }

    /** The limits that apply to {@code path}. */
    public Limits of(String path) {
        for (Entry entry : entries) {
            if (PathPrefix.matches(entry.prefix(), path)) {
                return entry.limits();
            }
        }
        return fallback;
    }
}
