package io.remedy.gateway.routing;

import io.remedy.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;

/**
 * The one HTTP client the gateway talks to the services with (keep-alive pools per service), and small buffered
 * calls on it for what the gateway composes itself: report figures, API documents, readiness.
 */
@ApplicationScoped
public class UpstreamClient {

    /** A whole answer of a service. */
    public record Reply(int status, MultiMap headers, Buffer body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Why a call through the circuit breaker got no answer. */
    public static final class Unanswered extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unanswered(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final HttpClient streams;
    private final RouteTable routes;
    private final UpstreamInstances instances;
    private final CircuitBreakers breakers;
    private final Duration connectTimeout;

    public UpstreamClient(Vertx vertx, GatewayConfig config, RouteTable routes, UpstreamInstances instances,
                          CircuitBreakers breakers) {
        this.vertx = vertx;
        this.routes = routes;
        this.instances = instances;
        this.breakers = breakers;
        this.connectTimeout = config.connectTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()));
        // event streams hold their connection for as long as they are followed: a pool of their own, so that a
        // crowd of streams cannot leave every other call waiting for a connection (and open the circuit breaker)
        this.streams = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(false)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.maxStreamsPerService()));
    }

    @PreDestroy
    void close() {
        client.close();
        streams.close();
    }

    /** The shared client for calls (the proxy streams answers through it). */
    public HttpClient client() {
        return client;
    }

    /** The client for event streams, with its own pool of connections per service. */
    public HttpClient streams() {
        return streams;
    }

    /** Request options addressing {@code pathAndQuery} on one instance of a service. */
    public RequestOptions options(UpstreamInstances.Instance instance, HttpMethod method, String pathAndQuery) {
        return new RequestOptions()
                .setMethod(method)
                .setSsl(instance.ssl())
                .setHost(instance.host())
                .setPort(instance.port())
                .setURI(pathAndQuery)
                .setConnectTimeout(connectTimeout.toMillis());
    }

    private RequestOptions options(URI base, HttpMethod method, String pathAndQuery) {
        return new RequestOptions()
                .setMethod(method)
                .setSsl("https".equalsIgnoreCase(base.getScheme()))
                .setHost(base.getHost())
                .setPort(port(base))
                .setURI(pathAndQuery)
                .setConnectTimeout(connectTimeout.toMillis());
    }

    /**
     * A GET through the service's circuit breaker: a refused permit, no connection, a timeout or a 502/503/504 fail
     * the Uni with {@link Unanswered}; any other status is a reply.
     */
    public Uni<Reply> getGuarded(Upstream upstream, String pathAndQuery, MultiMap headers, Duration timeout) {
        UpstreamInstances.Instance instance = instances.choose(upstream);
        CircuitBreaker.Permit permit = breakers.of(instance).tryAcquire();
        if (permit instanceof CircuitBreaker.Refused) {
            return Uni.createFrom().failure(new Unanswered(upstream.serviceName() + " is unavailable (circuit open)", null));
        }
        CircuitBreaker.Granted granted = (CircuitBreaker.Granted) permit;
        return get(options(instance, HttpMethod.GET, pathAndQuery), headers, timeout)
                .onItemOrFailure().transformToUni((reply, failure) -> {
                    if (failure != null) {
                        granted.failure();
                        return Uni.createFrom().failure(new Unanswered(upstream.serviceName() + " did not answer", failure));
                    }
                    if (reply.status() == 502 || reply.status() == 503 || reply.status() == 504) {
                        granted.failure();
                        return Uni.createFrom().failure(
                                new Unanswered(upstream.serviceName() + " answered " + reply.status(), null));
                    }
                    granted.success();
                    return Uni.createFrom().item(reply);
                });
    }

    /** A plain GET on any instance, bypassing the circuit breaker (API documents). */
    public Uni<Reply> get(Upstream upstream, String pathAndQuery, MultiMap headers, Duration timeout) {
        return get(options(instances.choose(upstream), HttpMethod.GET, pathAndQuery), headers, timeout);
    }

    /** A plain GET on the service's management interface (readiness), bypassing the circuit breaker. */
    public Uni<Reply> getManagement(Upstream upstream, String pathAndQuery, Duration timeout) {
        return get(routes.managementUrl(upstream), pathAndQuery, MultiMap.caseInsensitiveMultiMap(), timeout);
    }

    private Uni<Reply> get(URI base, String pathAndQuery, MultiMap headers, Duration timeout) {
        return get(options(base, HttpMethod.GET, pathAndQuery), headers, timeout);
    }

    private Uni<Reply> get(RequestOptions target, MultiMap headers, Duration timeout) {
        RequestOptions options = target.setHeaders(headers).setIdleTimeout(timeout.toMillis());
        return Uni.createFrom().completionStage(() -> client.request(options)
                        .compose(request -> {
                            long timer = vertx.setTimer(timeout.toMillis(), id -> request.reset());
                            return request.send()
                                    .compose(response -> response.body()
                                            .map(body -> new Reply(response.statusCode(), response.headers(), body)))
                                    .onComplete(done -> vertx.cancelTimer(timer));
                        })
                        .toCompletionStage());
    }

    static int port(URI base) {
        if (base.getPort() > 0) {
            return base.getPort();
        }
        return "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
    }
}
