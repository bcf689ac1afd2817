package io.remedy.console.page;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses (403) every POST, PUT, PATCH or DELETE to a page whose form field {@value CsrfToken#FIELD} or header
 * {@value CsrfToken#HEADER} does not match the cookie {@value CsrfToken#COOKIE}; sets that cookie on the first page.
 * Hand-written because the CSRF extension is not served for this Quarkus version (docs/decisions/console-csrf.md).
 */
public class CsrfFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CsrfToken token;

    public CsrfFilter(CsrfToken token) {
        this.token = token;
    }

    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (!CHANGES.contains(context.getMethod())) {
            return null;
        }
        Cookie cookie = request.getCookie(CsrfToken.COOKIE);
        String sent = request.getHeader(CsrfToken.HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                    .getFormParameter(CsrfToken.FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (cookie == null || sent == null || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type("text/plain")
                    .entity("This form has expired or did not come from Remedy's console: reload the page and try again.")
                    .build();
        }
        return null;
    }

    @ServerResponseFilter
    public void issue(HttpServerResponse response) {
        if (token.fresh()) {
            response.addCookie(Cookie.cookie(CsrfToken.COOKIE, token.token())
                    .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
        }
    }
}
