package io.remedy.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.routing.UpstreamClient;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Ready only if Keycloak's signing keys can be fetched: discovery document, then its {@code jwks_uri}, which must
 * list at least one key. With a configured public key instead (tests), there is nothing to fetch.
 */
@Readiness
@ApplicationScoped
public class KeycloakKeysCheck implements AsyncHealthCheck {

    static final String NAME = "Keycloak signing keys";

    private final Optional<String> realm;
    private final UpstreamClient upstreams;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Duration timeout;

    public KeycloakKeysCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realm,
                             UpstreamClient upstreams, ObjectMapper json, Vertx vertx, GatewayConfig config) {
        this.realm = realm.filter(url -> !url.isBlank());
        this.upstreams = upstreams;
        this.json = json;
        this.vertx = vertx;
        this.timeout = config.health().timeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (realm.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up()
                    .withData("keys", "configured public key").build());
        }
        String discovery = realm.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        return Uni.createFrom().completionStage(() -> get(discovery)
                        .compose(document -> get(read(document).path("jwks_uri").asText(discovery)))
                        .map(keys -> read(keys).path("keys").size())
                        .toCompletionStage())
                .map(count -> count > 0
                        ? HealthCheckResponse.named(NAME).up().withData("keys", count).build()
                        : HealthCheckResponse.named(NAME).down().withData("reason", "no keys published").build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", String.valueOf(failure.getMessage())).build());
    }

    private Future<Buffer> get(String url) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url)
                .setConnectTimeout(timeout.toMillis());
        return upstreams.client().request(options).compose(request -> {
            long timer = vertx.setTimer(timeout.toMillis(), id -> request.reset());
            return request.send().compose(response -> {
                if (response.statusCode() != 200) {
                    return Future.failedFuture(url + " answered " + response.statusCode());
                }
                return response.body();
            }).onComplete(done -> vertx.cancelTimer(timer));
        });
    }

    private JsonNode read(Buffer body) {
        try {
            return json.readTree(body.getBytes());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON", e);
        }
    }
}
