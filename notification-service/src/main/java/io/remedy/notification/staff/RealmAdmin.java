package io.remedy.notification.staff;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak's Admin REST API on the realm, as the service account {@code remedy-notification}: a typed REST client
 * ({@link RealmAdminApi}) whose client-credentials token the OIDC client fetches and renews. Never blocks. Configured
 * by {@link StaffDirectoryConfig}; without a realm URL it is off.
 */
@ApplicationScoped
public class RealmAdmin {

    private final StaffDirectoryConfig config;
    private volatile RealmAdminApi api;

    public RealmAdmin(StaffDirectoryConfig config) {
        this.config = config;
    }

    /** True when the realm's admin API is configured. */
    public boolean enabled() {
        return config.enabled() && config.realmUrl().filter(url -> !url.isBlank()).isPresent();
    }

    /** The realm's admin API; only when {@link #enabled()}. */
    public RealmAdminApi api() {
        RealmAdminApi known = api;
        if (known == null) {
            synchronized (this) {
                if (api == null) {
                    api = QuarkusRestClientBuilder.newBuilder()
                            .baseUri(adminUrl(config.realmUrl().orElseThrow()))
                            .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                            .build(RealmAdminApi.class);
                }
                known = api;
            }
        }
        return known;
    }

    /** {@code http://host/realms/remedy} → {@code http://host/admin/realms/remedy}. */
    static URI adminUrl(String realmUrl) {
        String url = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int at = url.lastIndexOf("/realms/");
        return URI.create(url.substring(0, at) + "/admin" + url.substring(at));
    }
}
