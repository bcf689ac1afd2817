package io.remedy.platform.observability;

import io.remedy.platform.caller.CallerProducer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Puts the request id the gateway gave the request ({@code X-Request-Id}) into the log context (MDC key
 * {@code requestId}) of everything the request does, so a request's lines can be found by it as by its trace id.
 * The tenant joins when the caller is known ({@code CallerProducer}); the trace and span ids come from
 * OpenTelemetry.
 */
@ApplicationScoped
public class RequestLogContext {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String REQUEST_ID_MDC = "requestId";
    public static final String TENANT_MDC = CallerProducer.TENANT_MDC;

    /** Ahead of authentication, so that a refused request's lines carry the id too. */
    static final int ORDER = -400;

    /** The gateway's format; anything else is not logged (a header is the caller's text). */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:+=/-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String requestId = context.request().getHeader(REQUEST_ID_HEADER);
        if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
            MDC.put(REQUEST_ID_MDC, requestId);
        }
        context.next();
    }
}
