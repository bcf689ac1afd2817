package io.remedy.notification.webhook;

import com.standardwebhooks.Webhook;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One try of a webhook delivery: the payload signed with each of the endpoint's current secrets (Standard Webhooks),
 * posted to the address the guard checked, within {@code timeout}; what the endpoint answered.
 */
@ApplicationScoped
public class WebhookCalls {

    /** Longest error text kept. */
    static final int MAX_ERROR = 300;

    private final WebhookConfig config;
    private final WebClient web;

    public WebhookCalls(WebhookConfig config, Vertx vertx) {
        this.config = config;
        int timeout = (int) config.timeout().toMillis();
        this.web = WebClient.create(new io.vertx.mutiny.core.Vertx(vertx), new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout(timeout)
                .setIdleTimeout(Math.max(1, timeout / 1000) * 2)
                .setMaxPoolSize(Math.max(1, config.perEndpoint()))
                .setUserAgent("Remedy-Webhooks/1"));
    }

    void stop(@Observes ShutdownEvent event) {
        web.close();
    }

    /** What an endpoint answered: its status code, or why there was none. */
    record Outcome(Integer status, String error) {

        static Outcome failed(Throwable failure) {
            String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return new Outcome(null, text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text);
        }

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * One try, to the address the guard checked: the connection goes there (no second resolution), while the URL's
     * host name is what {@code Host} and TLS SNI (and the certificate's check) name.
     */
    Uni<Outcome> send(WebhookSender.Claimed claimed, WebhookTargets.Target target, Instant at) {
        String id = claimed.deliveryId().toString();
        long timestamp = at.getEpochSecond();
        String signatures;
        try {
            List<String> each = new ArrayList<>();
            for (String secret : claimed.secrets()) {
                each.add(new Webhook(secret).sign(id, timestamp, claimed.payload()));
            }
            signatures = String.join(" ", each);
        } catch (Exception e) {
            return Uni.createFrom().item(Outcome.failed(e));
        }
        // an address literal: nothing left for the client's own resolver to look up
        SocketAddress server = SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress());
        return web.requestAbs(HttpMethod.POST, server, target.uri().toString())
                .timeout(config.timeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signatures)
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(claimed.payload()))
                .map(response -> new Outcome(response.statusCode(),
                        response.statusCode() >= 300 ? "Answered " + response.statusCode() : null));
    }
}
