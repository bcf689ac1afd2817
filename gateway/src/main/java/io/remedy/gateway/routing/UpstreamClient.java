package io.remedy.gateway.routing;

import io.remedy.gateway.config.GatewayConfig;
import io.smallrye.faulttolerance.api.TypedGuard;
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
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one HTTP client the gateway talks to the services with (keep-alive pools per service), and small buffered
 * calls on it for what the gateway composes itself: report figures, API documents, readiness. The composed calls to
 * the services ({@link #getGuarded}) go through SmallRye Fault Tolerance; the proxy keeps its own per-instance
 * breakers ({@link CircuitBreakers}).
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

    /** A composed GET is tried once more when it got no answer at once (no connection, 502/503/504). */
    static final int GUARDED_RETRIES = 1;

    /** A failed try that may be repeated: the service gave no answer, and quickly. */
    private static final class NoAnswer extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoAnswer(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** The guards of composed calls: one per service and timeout (report figures, FHIR parts). */
    private record GuardKey(Upstream upstream, Duration timeout) {
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final HttpClient streams;
    private final RouteTable routes;
    private final UpstreamInstances instances;
    private final GatewayConfig config;
    private final Map<GuardKey, TypedGuard<Uni<Reply>>> guards = new ConcurrentHashMap<>();
    private final Duration connectTimeout;

    public UpstreamClient(Vertx vertx, GatewayConfig config, RouteTable routes, UpstreamInstances instances) {
        this.vertx = vertx;
        this.routes = routes;
        this.instances = instances;
        this.config = config;
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
     * A GET guarded by Fault Tolerance, per service: bounded by {@code timeout}; tried once more (on an instance the
     * proxy's breakers do not hold open) when no connection was made or the service answered 502/503/504, after
     * {@code remedy.gateway.retry.backoff} (a slow service is not asked again: the composed answer would wait twice as
     * long); and a circuit breaker that opens after {@code remedy.gateway.circuit-breaker.failure-threshold} failed
     * tries in a row and lets a probe through after {@code open-duration}. An open circuit, no connection, a timeout
     * or a 502/503/504 fail the Uni with {@link Unanswered}; any other status is a reply.
     */
    public Uni<Reply> getGuarded(Upstream upstream, String pathAndQuery, MultiMap headers, Duration timeout) {
        String service = upstream.serviceName();
        return guard(upstream, timeout)
                .get(() -> get(options(instances.choose(upstream), HttpMethod.GET, pathAndQuery), headers, timeout)
                        .onFailure().transform(failure -> new NoAnswer(service + " did not answer", failure))
                        .chain(reply -> reply.status() == 502 || reply.status() == 503 || reply.status() == 504
                                ? Uni.createFrom().failure(new NoAnswer(service + " answered " + reply.status(), null))
                                : Uni.createFrom().item(reply)))
                .onFailure().transform(failure -> {
                    if (failure instanceof CircuitBreakerOpenException) {
                        return new Unanswered(service + " is unavailable (circuit open)", null);
                    }
                    if (failure instanceof NoAnswer noAnswer) {
                        return new Unanswered(noAnswer.getMessage(), noAnswer.getCause());
                    }
                    return new Unanswered(service + " did not answer", failure);
                });
    }

    private TypedGuard<Uni<Reply>> guard(Upstream upstream, Duration timeout) {
        return guards.computeIfAbsent(new GuardKey(upstream, timeout), key -> TypedGuard.create(
                        new TypeLiteral<Uni<Reply>>() {
                        })
                .withDescription("gateway-" + upstream.serviceName() + "-" + timeout.toMillis() + "ms")
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(GUARDED_RETRIES)
                .delay(config.retry().backoff().toMillis(), ChronoUnit.MILLIS)
                .whenException(failure -> failure instanceof NoAnswer noAnswer && connectionOrGatewayFailure(noAnswer))
                .done()
                .withCircuitBreaker()
                .requestVolumeThreshold(config.circuitBreaker().failureThreshold())
                .failureRatio(1.0)
                .successThreshold(1)
                .delay(config.circuitBreaker().openDuration().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build());
    }

    /** No connection was made, or the service said at once that it cannot answer (502/503/504). */
    private static boolean connectionOrGatewayFailure(NoAnswer failure) {
        if (failure.getCause() == null) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
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
