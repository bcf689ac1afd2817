package io.remedy.notification.staff;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Map;

/**
 * Keycloak's Admin REST API on the realm, as the service account {@code remedy-notification} (client credentials,
 * its token kept until shortly before it expires). Never blocks: Vert.x's web client. Configured by
 * {@link StaffDirectoryConfig}; without a realm URL it is off.
 */
@ApplicationScoped
public class RealmAdmin {

    private final StaffDirectoryConfig config;
    private final WebClient web;
    private volatile Token token;

    public RealmAdmin(StaffDirectoryConfig config, Vertx vertx) {
        this.config = config;
        this.web = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("remedy-notification"));
    }

    void close(@Observes ShutdownEvent event) {
        web.close();
    }

    /** True when the realm's admin API is configured. */
    public boolean enabled() {
        return config.enabled() && config.realmUrl().filter(url -> !url.isBlank()).isPresent();
    }

    /**
     * A request on the realm's admin API ({@code path} below {@code /admin/realms/<realm>}); a stale token is renewed
     * once. Emits the answer whatever its status: the caller judges it.
     */
    public Uni<HttpResponse<Buffer>> send(HttpMethod method, String path, Map<String, String> query, JsonObject body) {
        return sendOnce(method, path, query, body, false)
                .chain(response -> response.statusCode() == 401 ? sendOnce(method, path, query, body, true)
                        : Uni.createFrom().item(response));
    }

    private Uni<HttpResponse<Buffer>> sendOnce(HttpMethod method, String path, Map<String, String> query,
                                               JsonObject body, boolean renew) {
        return accessToken(renew).chain(bearer -> {
            HttpRequest<Buffer> request = web.requestAbs(method, adminUrl() + path)
                    .timeout(config.timeout().toMillis())
                    .bearerTokenAuthentication(bearer);
            query.forEach(request::addQueryParam);
            return body == null ? request.send() : request.sendJsonObject(body);
        });
    }

    private Uni<String> accessToken(boolean renew) {
        Token known = token;
        if (!renew && known != null && known.validAt(System.nanoTime())) {
            return Uni.createFrom().item(known.value());
        }
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("grant_type", "client_credentials")
                .add("client_id", config.clientId())
                .add("client_secret", config.clientSecret().orElse(""));
        return web.postAbs(realmUrl() + "/protocol/openid-connect/token")
                .timeout(config.timeout().toMillis())
                .sendForm(form)
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("Keycloak refused the service account: "
                                + response.statusCode());
                    }
                    JsonObject answer = response.bodyAsJsonObject();
                    long lifetime = Math.max(10, answer.getLong("expires_in", 60L) - 10);
                    Token fresh = new Token(answer.getString("access_token"),
                            System.nanoTime() + Duration.ofSeconds(lifetime).toNanos());
                    token = fresh;
                    return fresh.value();
                });
    }

    private String realmUrl() {
        String url = config.realmUrl().orElseThrow();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code http://host/realms/remedy} → {@code http://host/admin/realms/remedy}. */
    private String adminUrl() {
        String realmUrl = realmUrl();
        int at = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at);
    }

    private record Token(String value, long expiresAtNanos) {
        boolean validAt(long nanos) {
            return nanos - expiresAtNanos < 0;
        }
    }
}
