package io.remedy.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

/**
 * Forwards {@code /api/v1/**} to the service that owns the path, streaming bodies both ways. The caller's bearer token
 * travels with the request: the services validate it again and authorise on their own. Quarkus OIDC has already
 * validated it here (HTTP permission on {@code /api/*}) before this handler runs. Paths no service owns fall through
 * to the gateway's own endpoints (reports) or its 404.
 */
@ApplicationScoped
public class ApiProxy {

    private final RouteTable routes;

    public ApiProxy(RouteTable routes) {
        this.routes = routes;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)))
                .origin(OriginRequestProvider.selector(context -> Future.succeededFuture(
                        originOf(context.request().proxiedRequest()))));
        router.route("/api/v1/*").handler(context -> {
            HttpServerRequest request = context.request();
            if (RouteTable.ownerOf(request.path()).isPresent()) {
                forwarded(request);
                proxy.handle(request);
            } else {
                context.next();
            }
        });
    }

    /**
     * Tells the service how the caller reached us, so the links it returns (e.g. {@code Location}) point here. The
     * gateway owns these headers: whatever a caller sent in them is dropped, since the services trust them.
     */
    private static void forwarded(HttpServerRequest request) {
        MultiMap headers = request.headers();
        headers.remove("X-Forwarded-Host").remove("X-Forwarded-Proto").remove("X-Forwarded-For").remove("Forwarded");
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        if (request.remoteAddress() != null) {
            headers.set("X-Forwarded-For", request.remoteAddress().host());
        }
    }

    private SocketAddress originOf(HttpServerRequest request) {
        URI base = routes.targetOf(request.path()).orElseThrow();
        return SocketAddress.inetSocketAddress(base.getPort() > 0 ? base.getPort() : 80, base.getHost());
    }
}
