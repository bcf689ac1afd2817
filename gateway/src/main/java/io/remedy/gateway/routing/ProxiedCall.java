package io.remedy.gateway.routing;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** One caller's request on its way to the service that owns its path: where it goes and under which limits. */
record ProxiedCall(RoutingContext context, Upstream upstream, String uri, RouteClasses.Limits limits) {

    HttpMethod method() {
        return context.request().method();
    }
}
