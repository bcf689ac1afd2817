package io.remedy.gateway.edge;

import io.remedy.gateway.routing.RouteClasses;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses a declared body larger than its route class allows with 413 problem+json before any of it is passed on
 * (and before Quarkus' own, empty-bodied 413 at order -2). Bodies without a declared length are counted as they are
 * read by the proxy.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before remedy-platform-web's limit of every path (-3), which knows only the largest body of any route class. */
    static final int ORDER = -4;

    private final RouteClasses routeClasses;
    private final ProblemResponses problems;

    public BodyLimit(RouteClasses routeClasses, ProblemResponses problems) {
        this.routeClasses = routeClasses;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    /** Bytes of a refused body read and dropped at most before the connection closes; a longer one is cut off. */
    static final long DRAIN_LIMIT = 8L * 1024 * 1024;
    /** How long after the answer a refused body is read and dropped at most. */
    static final long LINGER_MILLIS = 2000;

    /**
     * The connection closes after the answer to a refused body (HTTP/1: the header says so; Vert.x would otherwise go
     * on reading what the client sends). But a client that does not wait for {@code 100-continue} is still sending the
     * body it declared, and closing with its bytes unread resets the connection under its writes: it may never read
     * the answer. So the rest is read and dropped, up to {@link #DRAIN_LIMIT} bytes and for {@link #LINGER_MILLIS}
     * after the answer at most, and then the connection closes.
     */
    public static void closeAfterwards(RoutingContext context) {
        closeAfterwards(context, true);
    }

    /** As {@link #closeAfterwards(RoutingContext)}, but drops none of the body: for one that trickles in too slowly. */
    public static void closeRightAfterwards(RoutingContext context) {
        closeAfterwards(context, false);
    }

    private static void closeAfterwards(RoutingContext context, boolean dropTheRest) {
        HttpServerRequest request = context.request();
        if (request.version() == HttpVersion.HTTP_2) {
            return;
        }
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        HttpConnection connection = request.connection();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                connection.close();
            }
        };
        if (!dropTheRest || request.isEnded()) {
            context.addEndHandler(answered -> close.run());
            return;
        }
        AtomicLong drained = new AtomicLong();
        request.handler(chunk -> {
            if (drained.addAndGet(chunk.length()) > DRAIN_LIMIT) {
                close.run();
            }
        });
        request.exceptionHandler(failure -> close.run());
        request.endHandler(end -> {
            if (context.response().ended()) {
                close.run();
            }
        });
        request.resume();
        context.addEndHandler(answered -> {
            if (request.isEnded()) {
                close.run();
            } else {
                context.vertx().setTimer(LINGER_MILLIS, id -> close.run());
            }
        });
    }

    void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = routeClasses.of(context.normalizedPath()).maxBodySize();
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    closeAfterwards(context);
                    problems.send(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is larger than " + limit + " bytes"));
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge: the HTTP codec refuses a broken Content-Length
            }
        }
        context.next();
    }
}
