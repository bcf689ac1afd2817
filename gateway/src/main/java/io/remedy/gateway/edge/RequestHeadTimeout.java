package io.remedy.gateway.edge;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.remedy.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;

/**
 * Closes an HTTP/1.1 connection whose request head (request line and headers) does not arrive whole within
 * {@code remedy.gateway.request-head-timeout} of its first byte. A client sending a header line now and then keeps
 * every idle timeout at bay, and neither Vert.x nor Quarkus (3.34) offers a deadline for the head, so the gateway
 * sets one on each accepted connection. A connection idle between requests is {@code quarkus.http.idle-timeout}'s.
 *
 * <p>The connection's pipeline is reached through the Vert.x server's listening channel (an internal of Vert.x 4.5:
 * if it changes, the gateway logs a warning at start-up and runs without this deadline rather than failing). A
 * connection that is not plain HTTP/1.1 (HTTP/2) is left alone. See docs/decisions/request-head-timeout.md.
 */
@ApplicationScoped
public class RequestHeadTimeout {

    static final String ACCEPTOR = "remedy-request-head-acceptor";
    static final String WATCH = "remedy-request-head-watch";
    static final String OBSERVER = "remedy-request-head-observer";

    private final Vertx vertx;
    private final long timeoutMillis;

    public RequestHeadTimeout(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.timeoutMillis = config.requestHeadTimeout().toMillis();
    }

    void install(@Observes StartupEvent started) {
        // the HTTP server is bound once start-up is over: look for its listening channel until it is
        long[] ticks = {0};
        vertx.setPeriodic(100, id -> {
            int installed = installOnBoundServers();
            if (installed != 0 || ++ticks[0] > 300) {
                vertx.cancelTimer(id);
                if (installed > 0) {
                    Log.infof("Request heads must arrive within %d ms of their first byte", timeoutMillis);
                } else if (installed == 0) {
                    Log.warn("No deadline for request heads: no listening channel found");
                }
            }
        });
    }

    /** Adds the acceptor to every bound HTTP server that lacks it; how many have it now (-1: cannot be done). */
    private int installOnBoundServers() {
        int installed = 0;
        try {
            Field bound = TCPServerBase.class.getDeclaredField("bindFuture");
            bound.setAccessible(true);
            for (Object server : ((VertxInternal) vertx).sharedHttpServers().values()) {
                Future<?> channel = (Future<?>) bound.get(server);
                if (channel != null && channel.result() instanceof Channel listening) {
                    ChannelPipeline pipeline = listening.pipeline();
                    if (pipeline.get(ACCEPTOR) == null) {
                        pipeline.addFirst(ACCEPTOR, new Acceptor(timeoutMillis));
                    }
                    installed++;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            Log.warnf("No deadline for request heads (Vert.x internals changed?): %s", e.toString());
            return -1;
        }
        return installed;
    }

    /** On the listening channel: gives each accepted connection its watch. */
    @ChannelHandler.Sharable
    static final class Acceptor extends ChannelInboundHandlerAdapter {

        private final long timeoutMillis;

        Acceptor(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            if (accepted instanceof Channel connection) {
                connection.pipeline().addFirst(WATCH, new Watch(timeoutMillis));
            }
            ctx.fireChannelRead(accepted);
        }
    }

    /**
     * First on a connection, where the bytes come in: the first byte of a head starts the clock, the blank line that
     * ends it (CR LF CR LF) stops it; sets the observer behind the HTTP codec once it is there, to learn when an answer
     * has ended and the next head is due. Runs on the connection's event loop only.
     */
    static final class Watch extends ChannelInboundHandlerAdapter {

        private final long timeoutMillis;
        private ScheduledFuture<?> deadline;
        private boolean awaitingHead = true;
        /** How much of CR LF CR LF the bytes read so far end with. */
        private int matched;

        Watch(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (awaitingHead && message instanceof ByteBuf bytes && bytes.isReadable()) {
                if (deadline == null) {
                    arm(ctx.channel());
                }
                if (endsHead(bytes)) {
                    headArrived();
                }
            }
            ChannelPipeline pipeline = ctx.pipeline();
            ctx.fireChannelRead(message);
            if (pipeline.get(OBSERVER) == null && pipeline.get("httpEncoder") != null) {
                pipeline.addAfter("httpEncoder", OBSERVER, new Observer(this));
            } else if (pipeline.get(Http2ConnectionHandler.class) != null && pipeline.get(WATCH) != null) {
                // HTTP/2 (prior knowledge): streams and their limits are the HTTP/2 codec's business
                disarm();
                pipeline.remove(this);
            }
        }

        /** Whether these bytes complete the blank line that ends a head (they are not consumed). */
        private boolean endsHead(ByteBuf bytes) {
            for (int i = bytes.readerIndex(); i < bytes.writerIndex(); i++) {
                byte b = bytes.getByte(i);
                boolean expected = (matched % 2 == 0) ? b == '\r' : b == '\n';
                matched = expected ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    matched = 0;
                    return true;
                }
            }
            return false;
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            disarm();
            ctx.fireChannelInactive();
        }

        void headArrived() {
            awaitingHead = false;
            matched = 0;
            disarm();
        }

        void answered() {
            awaitingHead = true;
            matched = 0;
        }

        private void arm(Channel channel) {
            disarm();
            deadline = channel.eventLoop().schedule(() -> {
                Log.debugf("Closing a connection whose request head took longer than %d ms", timeoutMillis);
                channel.close();
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void disarm() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }

    /** Behind the HTTP codec: a whole head stops the clock; after the end of its answer the next head is awaited. */
    static final class Observer extends ChannelDuplexHandler {

        private final Watch watch;

        Observer(Watch watch) {
            this.watch = watch;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof HttpRequest) {
                watch.headArrived();
            }
            ctx.fireChannelRead(message);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
            if (message instanceof LastHttpContent) {
                watch.answered();
            }
            ctx.write(message, promise);
        }
    }
}
