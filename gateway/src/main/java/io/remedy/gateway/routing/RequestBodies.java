package io.remedy.gateway.routing;

import io.remedy.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * A proxied request's body, read into memory up to the route class's limit (the API's bodies are small JSON
 * documents; a bounded buffer also lets a retry resend them) within the body timeout.
 */
@ApplicationScoped
class RequestBodies {

    /** The body is larger than the route class allows: 413 before a byte is forwarded. */
    static final class BodyTooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super(null, null, false, false);
        }
    }

    /** The body did not arrive within the body timeout (trickled in, or never): 408. */
    static final class BodyTooSlow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooSlow() {
            super(null, null, false, false);
        }
    }

    private final Vertx vertx;
    private final Duration timeout;

    RequestBodies(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.timeout = config.requestBodyTimeout();
    }

    /** How long a body may take to arrive. */
    Duration timeout() {
        return timeout;
    }

    /**
     * The request body, read up to {@code limit} bytes within the body timeout; null when the request has none.
     * A body trickled in (a byte now and then keeps any idle timeout at bay) fails with {@link BodyTooSlow}.
     */
    Future<Buffer> read(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        // HTTP/1.x says in its headers whether a body follows; HTTP/2 only by the stream going on after them
        if (length == null && encoding == null && request.version() != HttpVersion.HTTP_2) {
            return Future.succeededFuture(null);
        }
        if (length != null) {
            try {
                long declared = Long.parseLong(length.trim());
                if (declared > limit) {
                    return Future.failedFuture(new BodyTooLarge());
                }
                if (declared == 0) {
                    return Future.succeededFuture(Buffer.buffer());
                }
            } catch (NumberFormatException e) {
                // the HTTP codec refuses a broken Content-Length before we get here
                return Future.failedFuture(e);
            }
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            request.response().writeContinue();
        }
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer();
        long deadline = vertx.setTimer(timeout.toMillis(), id -> {
            if (read.tryFail(new BodyTooSlow())) {
                request.pause();
            }
        });
        read.future().onComplete(done -> vertx.cancelTimer(deadline));
        request.handler(chunk -> {
            if (read.future().isComplete()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                read.tryFail(new BodyTooLarge());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(read::tryFail);
        request.endHandler(end -> read.tryComplete(length == null && encoding == null && body.length() == 0 ? null : body));
        request.resume();
        return read.future();
    }
}
