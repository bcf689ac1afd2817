package io.remedy.console.timing;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * Every answer of the console says how long the server took to make it, as a {@code Server-Timing} header
 * ({@code app;dur=12.3}, milliseconds, from the request's arrival to its headers: sign-in check, the gateway calls and
 * the template rendered). Browsers show it in their developer tools; the console benchmark in bench/ reads it. It
 * tells only a duration, nothing about the user or the page's content.
 */
@ApplicationScoped
public class ServerTiming {

    static final String HEADER = "Server-Timing";

    void install(@Observes Router router) {
        // before every other route (sign-in included), so the figure is the whole of the server's part
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            long started = System.nanoTime();
            context.addHeadersEndHandler(done -> context.response().putHeader(HEADER,
                    String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6)));
            context.next();
        });
    }
}
