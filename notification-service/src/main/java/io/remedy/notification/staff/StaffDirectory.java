package io.remedy.notification.staff;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Staff e-mail addresses from Keycloak's Admin REST API (users carry the attributes {@code tenant} and
 * {@code locations}, and realm roles), asked for with a service account's client-credentials token and kept for a
 * while. Lookups never block: they use Vert.x's web client. A failed lookup fails the send that needed it, which
 * is then retried like any other failed send.
 */
@ApplicationScoped
public class StaffDirectory {

    private final StaffDirectoryConfig config;
    private final RealmAdmin realm;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public StaffDirectory(StaffDirectoryConfig config, RealmAdmin realm) {
        this.config = config;
        this.realm = realm;
    }

    /** True when staff e-mail addresses can be looked up; otherwise staff are reached in-app only. */
    public boolean enabled() {
        return realm.enabled();
    }

    /** A member of staff of this tenant by login; empty if unknown, of another tenant, or disabled. */
    public Uni<Optional<StaffMember>> member(String tenant, String userId) {
        if (!enabled() || userId == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return this.<Optional<StaffMember>>cached("user|" + tenant + "|" + userId, () ->
                admin("/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8), Map.of())
                        .map(response -> {
                            if (response.statusCode() == 404) {
                                return Optional.empty();
                            }
                            JsonObject user = response.bodyAsJsonObject();
                            return inTenant(user, tenant) ? Optional.of(member(user)) : Optional.empty();
                        }));
    }

    /** Every enabled member of staff of this tenant with this realm role at this location ({@code *} included). */
    public Uni<List<StaffMember>> withRoleAt(String tenant, String role, String locationCode) {
        if (!enabled() || locationCode == null) {
            return Uni.createFrom().item(List.of());
        }
        return this.<List<StaffMember>>cached("role|" + tenant + "|" + role + "|" + locationCode, () ->
                Multi.createFrom().items(locationCode, "*")
                        .onItem().transformToUniAndConcatenate(code -> search(tenant, code))
                        .collect().asList()
                        .map(StaffDirectory::distinct)
                        .chain(candidates -> Multi.createFrom().iterable(candidates)
                                .filter(user -> user.getBoolean("enabled", true))
                                .filter(user -> inTenant(user, tenant) && actsAt(user, locationCode))
                                .onItem().transformToUniAndConcatenate(user -> hasRole(user.getString("id"), role)
                                        .map(has -> has ? Optional.of(member(user)) : Optional.<StaffMember>empty()))
                                .filter(Optional::isPresent).map(Optional::get)
                                .collect().asList()));
    }

    /** Users of a tenant whose {@code locations} attribute holds a code (Keycloak's attribute search). */
    private Uni<List<JsonObject>> search(String tenant, String code) {
        return admin("/users", Map.of("q", "tenant:" + tenant + " locations:" + code,
                "briefRepresentation", "false", "max", "500"))
                .map(response -> {
                    JsonArray users = response.bodyAsJsonArray();
                    List<JsonObject> found = new ArrayList<>();
                    for (int i = 0; i < users.size(); i++) {
                        found.add(users.getJsonObject(i));
                    }
                    return found;
                });
    }

    private Uni<Boolean> hasRole(String userId, String role) {
        return admin("/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "/role-mappings/realm/composite",
                Map.of())
                .map(response -> {
                    JsonArray roles = response.bodyAsJsonArray();
                    for (int i = 0; i < roles.size(); i++) {
                        if (role.equals(roles.getJsonObject(i).getString("name"))) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** A GET on the realm's admin API. 404 is an answer, other errors fail. */
    private Uni<HttpResponse<Buffer>> admin(String path, Map<String, String> query) {
        return realm.send(HttpMethod.GET, path, query, null)
                .map(response -> {
                    if (response.statusCode() != 200 && response.statusCode() != 404) {
                        throw new IllegalStateException("Staff directory answered " + response.statusCode());
                    }
                    return response;
                });
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> cached(String key, Supplier<Uni<T>> lookup) {
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        if (hit != null && hit.validAt(now)) {
            return Uni.createFrom().item((T) hit.value());
        }
        return lookup.get().invoke(value -> cache.put(key,
                new Cached(value, System.nanoTime() + config.cacheFor().toNanos())))
                .onFailure().invoke(e -> Log.warnf("Staff directory lookup failed: %s", e.toString()));
    }

    private static boolean inTenant(JsonObject user, String tenant) {
        return attribute(user, "tenant").contains(tenant);
    }

    private static boolean actsAt(JsonObject user, String locationCode) {
        List<String> locations = attribute(user, "locations");
        return locations.contains(locationCode) || locations.contains("*");
    }

    private static List<String> attribute(JsonObject user, String name) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray values = attributes == null ? null : attributes.getJsonArray(name);
        List<String> found = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                found.add(values.getString(i));
            }
        }
        return found;
    }

    private static StaffMember member(JsonObject user) {
        return new StaffMember(user.getString("id"), user.getString("email"), user.getString("firstName"));
    }

    private static List<JsonObject> distinct(List<List<JsonObject>> pages) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        pages.forEach(page -> page.forEach(user -> byId.putIfAbsent(user.getString("id"), user)));
        return List.copyOf(byId.values());
    }

    private record Cached(Object value, long expiresAtNanos) {
        boolean validAt(long nanos) {
            return nanos - expiresAtNanos < 0;
        }
    }
}
