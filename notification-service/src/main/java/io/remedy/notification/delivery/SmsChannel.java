package io.remedy.notification.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Text messages through the SMS provider's HTTP API: {@code POST /v1/messages} with {@code {to, from, body}}, a
 * 2xx answer carries the provider's message id. 400 and 422 mean the message or number is refused for good; other
 * answers and network errors are retried.
 */
@ApplicationScoped
public class SmsChannel {

    private final SmsConfig config;
    private final WebClient web;

    public SmsChannel(SmsConfig config, Vertx vertx) {
        this.config = config;
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("remedy-notification"));
    }

    void close(@Observes ShutdownEvent event) {
        web.close();
    }

    /** Sends one text; emits the provider's message id. */
    public Uni<String> send(String to, String body) {
        if (to == null || to.isBlank()) {
            return Uni.createFrom().failure(new SendFailure(SendFailure.NO_ADDRESS, "No mobile number", true));
        }
        String base = config.url().endsWith("/") ? config.url().substring(0, config.url().length() - 1)
                : config.url();
        return web.postAbs(base + "/v1/messages")
                .timeout(config.timeout().toMillis())
                .bearerTokenAuthentication(config.token())
                .sendJsonObject(new JsonObject().put("to", to).put("from", config.sender()).put("body", body))
                .map(response -> {
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        JsonObject answer = response.bodyAsJsonObject();
                        return answer == null ? null : answer.getString("id");
                    }
                    String detail = "SMS provider answered " + status;
                    if (status == 400 || status == 422) {
                        throw new SendFailure(SendFailure.INVALID_ADDRESS, detail, true);
                    }
                    if (status == 401 || status == 403) {
                        throw new SendFailure(SendFailure.REJECTED, detail, false);
                    }
                    throw new SendFailure(SendFailure.PROVIDER_UNAVAILABLE, detail, false);
                });
    }
}
