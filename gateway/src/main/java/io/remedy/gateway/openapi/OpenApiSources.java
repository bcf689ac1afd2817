package io.remedy.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.routing.Upstream;
import io.remedy.gateway.routing.UpstreamClient;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each service's API document ({@code /q/openapi?format=json}), fetched at start-up and again every
 * {@code refresh-interval}; a service that did not deliver is asked again every {@code retry-interval}. The last good
 * document of a service is kept while it is down; a service never fetched is reported missing.
 */
@ApplicationScoped
public class OpenApiSources {

    private record Fetched(JsonNode document, Instant at) {
    }

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final UpstreamClient upstreams;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final GatewayConfig.OpenApi config;
    private final Map<Upstream, Fetched> documents = new EnumMap<>(Upstream.class);
    private final Map<Upstream, Long> nextFetch = new EnumMap<>(Upstream.class);
    private final Map<Upstream, Boolean> inFlight = new EnumMap<>(Upstream.class);
    private final AtomicLong version = new AtomicLong();
    private long timer = -1;

    public OpenApiSources(UpstreamClient upstreams, ObjectMapper json, Vertx vertx, GatewayConfig config) {
        this.upstreams = upstreams;
        this.json = json;
        this.vertx = vertx;
        this.config = config.openapi();
    }

    void start(@Observes StartupEvent started) {
        refreshDue();
        long tick = Math.max(250, Math.min(config.refreshInterval().toMillis(), config.retryInterval().toMillis()));
        timer = vertx.setPeriodic(tick, id -> refreshDue());
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The documents as they are now, in the services' order. */
    public synchronized List<OpenApiMerge.Source> current() {
        List<OpenApiMerge.Source> sources = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            Fetched fetched = documents.get(upstream);
            sources.add(new OpenApiMerge.Source(upstream, fetched == null ? null : fetched.document(),
                    fetched == null ? null : fetched.at().toString()));
        }
        return sources;
    }

    /** Changes whenever a document changes: a cache of the merged document is good while this stays the same. */
    public long version() {
        return version.get();
    }

    private void refreshDue() {
        long now = System.nanoTime();
        for (Upstream upstream : Upstream.values()) {
            synchronized (this) {
                Long due = nextFetch.get(upstream);
                if (Boolean.TRUE.equals(inFlight.get(upstream)) || (due != null && now - due < 0)) {
                    continue;
                }
                inFlight.put(upstream, Boolean.TRUE);
            }
            fetch(upstream);
        }
    }

    private void fetch(Upstream upstream) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        upstreams.get(upstream, "/q/openapi?format=json", headers, FETCH_TIMEOUT).subscribe().with(reply -> {
            JsonNode document = null;
            if (reply.ok()) {
                try {
                    document = json.readTree(reply.body().getBytes());
                } catch (IOException e) {
                    Log.warnf("The API document of %s is not JSON: %s", upstream.serviceName(), e.getMessage());
                }
            }
            fetched(upstream, document != null && document.isObject() && document.has("openapi") ? document : null);
        }, failure -> fetched(upstream, null));
    }

    private synchronized void fetched(Upstream upstream, JsonNode document) {
        inFlight.put(upstream, Boolean.FALSE);
        Duration wait = document == null ? config.retryInterval() : config.refreshInterval();
        nextFetch.put(upstream, System.nanoTime() + wait.toNanos());
        if (document == null) {
            return;
        }
        Fetched before = documents.get(upstream);
        if (before == null || !before.document().equals(document)) {
            documents.put(upstream, new Fetched(document, Instant.now()));
            version.incrementAndGet();
        }
    }
}
