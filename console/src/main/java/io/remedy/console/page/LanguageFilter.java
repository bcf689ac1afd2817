package io.remedy.console.page;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes the chosen language the request's only acceptable one, so that every template renders in it (Qute takes the
 * locale from Accept-Language) without each page setting it.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void choose(ContainerRequestContext context, HttpServerRequest request) {
        context.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, Language.choose(request));
    }
}
