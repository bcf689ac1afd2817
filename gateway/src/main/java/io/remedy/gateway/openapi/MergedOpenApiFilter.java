package io.remedy.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.remedy.gateway.config.GatewayConfig;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Turns the gateway's {@code /q/openapi} (JSON or YAML, as Quarkus serves it, and behind Swagger UI) into the one
 * document of the whole public API: on each request, the gateway's own description merged with the services'
 * (see {@link OpenApiMerge}). The merged text is cached until a service's document changes.
 */
@ApplicationScoped
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class MergedOpenApiFilter implements OASFilter {

    private record Cached(long version, String json) {
    }

    /** What a front-end developer needs to know before the first call. */
    static final String DESCRIPTION = """
            The public API of the Remedy clinic platform: booking, clinical records and notifications, served through \
            the gateway, plus reports across branches composed by the gateway.

            **Authentication**: every `/api` call needs `Authorization: Bearer <access token>` from Keycloak (realm \
            `remedy`, audience `remedy-api`). Front ends sign in with the public client `remedy-web` (authorization \
            code + PKCE; the Authorize button here does the same with `remedy-swagger-ui`); scripts use the password grant of `remedy-cli`.

            **Conventions**: JSON in camelCase; instants ISO-8601 with offset; errors are RFC 9457 \
            `application/problem+json` naming the offending fields; updates need `If-Match` with the `ETag` of the \
            last read (428 without, 412 when stale); creating POSTs take an `Idempotency-Key`; lists take `limit` and \
            `cursor`.

            **At the gateway**: `X-Request-Id` and `traceparent` are returned on every answer (send your own to \
            correlate); rate limits per user (and per address without a token) answer 429 with `Retry-After` and \
            `RateLimit-*` headers; a body over the route's limit is 413; a service that is down is 502, one that is \
            left to recover 503 with `Retry-After`, one that is too slow 504.""";

    private final OpenApiSources sources;
    private final ObjectMapper json;
    private final Config config;
    private final URI keycloakRealm;
    private final URI server;
    private volatile ObjectNode own;
    private volatile Cached cached;

    public MergedOpenApiFilter(OpenApiSources sources, ObjectMapper json, Config config, GatewayConfig gateway) {
        this.sources = sources;
        this.json = json;
        this.config = config;
        this.keycloakRealm = gateway.openapi().authServerUrl();
        this.server = gateway.openapi().serverUrl();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenAPI merged = parse(mergedJson(openAPI));
        openAPI.setOpenapi(merged.getOpenapi());
        openAPI.setInfo(merged.getInfo());
        openAPI.setPaths(merged.getPaths());
        openAPI.setComponents(merged.getComponents());
        openAPI.setSecurity(merged.getSecurity());
        openAPI.setServers(merged.getServers());
        openAPI.setTags(merged.getTags());
        openAPI.setExtensions(merged.getExtensions());
    }

    private String mergedJson(OpenAPI openAPI) {
        long version = sources.version();
        Cached known = cached;
        if (known != null && known.version() == version) {
            return known.json();
        }
        try {
            ObjectNode own = own(openAPI).deepCopy();
            ObjectNode info = own.get("info") instanceof ObjectNode present ? present : own.putObject("info");
            if (!info.hasNonNull("description")) {
                info.put("description", DESCRIPTION);
            }
            ObjectNode document = OpenApiMerge.merge(own, sources.current(), keycloakRealm);
            document.putArray("servers").addObject().put("url", server.toString())
                    .put("description", "The Remedy gateway: every public path of the platform");
            String text = json.writeValueAsString(document);
            cached = new Cached(version, text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gateway's own description, as generated at build time (taken once: the model may be reused). */
    private ObjectNode own(OpenAPI openAPI) throws IOException {
        ObjectNode known = own;
        if (known == null) {
            String text = builder().withInitialModel(openAPI).build().toJSON();
            known = (ObjectNode) json.readTree(text);
            own = known;
        }
        return known;
    }

    private OpenAPI parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return builder().withCustomStaticFile(() -> new ByteArrayInputStream(bytes)).build().model();
    }

    private SmallRyeOpenAPI.Builder builder() {
        return SmallRyeOpenAPI.builder()
                .withConfig(config)
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false);
    }
}
