package io.remedy.notification.contact;

import io.quarkus.logging.Log;
import io.remedy.notification.staff.RealmAdmin;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A client's login in Keycloak, as far as erasure needs it: the login is disabled, signed out everywhere and
 * anonymised (e-mail and names removed, attributes but the chain dropped, and the user name replaced where the realm
 * lets user names change), through the realm's Admin
 * REST API as the service account (which holds {@code realm-management/manage-users} for this). Only a login of the
 * erased client's own chain that is a client's and no member of staff's is touched. Safe to repeat: a login already
 * erased, or gone, is left as it is.
 */
@ApplicationScoped
public class ClientLogins {

    /** Roles that make a login a member of staff's: such a login is never erased on a client's behalf. */
    static final Set<String> STAFF_ROLES = Set.of(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST,
            Caller.THERAPIST);

    /** The user name an erased login is given: its id, nothing of the person. */
    static final String ERASED_PREFIX = "erased-";

    private final RealmAdmin realm;

    public ClientLogins(RealmAdmin realm) {
        this.realm = realm;
    }

    /** What became of a login. */
    public enum Outcome { ERASED, ALREADY_ERASED, NOT_FOUND, NOT_A_CLIENT_LOGIN, NO_REALM }

    /** Disables, signs out and anonymises the client's login of this chain. */
    public Uni<Outcome> erase(String tenant, String userId) {
        if (userId == null || userId.isBlank()) {
            return Uni.createFrom().item(Outcome.NOT_FOUND);
        }
        if (!realm.enabled()) {
            Log.warn("No realm admin API configured: an erased client's login is left as it is");
            return Uni.createFrom().item(Outcome.NO_REALM);
        }
        String path = "/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8);
        return realm.send(HttpMethod.GET, path, Map.of(), null).chain(found -> {
            if (found.statusCode() == 404) {
                return Uni.createFrom().item(Outcome.NOT_FOUND);
            }
            ok(found, "read");
            JsonObject user = found.bodyAsJsonObject();
            if (!attribute(user, "tenant").contains(tenant)) {
                return Uni.createFrom().item(Outcome.NOT_FOUND);
            }
            String erasedName = ERASED_PREFIX + user.getString("id");
            boolean erasedBefore = erasedName.equals(user.getString("username"))
                    || (user.getString("email") == null && user.getString("firstName") == null);
            if (!user.getBoolean("enabled", true) && erasedBefore) {
                return Uni.createFrom().item(Outcome.ALREADY_ERASED);
            }
            return realm.send(HttpMethod.GET, path + "/role-mappings/realm/composite", Map.of(), null)
                    .chain(roles -> {
                        ok(roles, "read the roles of");
                        if (isStaff(roles.bodyAsJsonArray())) {
                            Log.warnf("An erased client named a staff login %s: it is left as it is", userId);
                            return Uni.createFrom().item(Outcome.NOT_A_CLIENT_LOGIN);
                        }
                        JsonObject anonymous = new JsonObject()
                                .put("username", erasedName)
                                .put("enabled", false)
                                .put("email", "")
                                .put("emailVerified", false)
                                .put("firstName", "")
                                .put("lastName", "")
                                .put("attributes", new JsonObject().put("tenant", new JsonArray().add(tenant)));
                        return realm.send(HttpMethod.PUT, path, Map.of(), anonymous)
                                // a realm that keeps user names fixed (editUsernameAllowed false) refuses the new
                                // name: the login is then disabled and anonymised but for its user name
                                .chain(updated -> updated.statusCode() != 400 ? Uni.createFrom().item(updated)
                                        : realm.send(HttpMethod.PUT, path, Map.of(), anonymous.copy()
                                                .put("username", user.getString("username"))))
                                .invoke(updated -> ok(updated, "anonymise"))
                                .chain(() -> realm.send(HttpMethod.POST, path + "/logout", Map.of(), null))
                                .invoke(out -> ok(out, "sign out"))
                                .replaceWith(Outcome.ERASED);
                    });
        });
    }

    private static boolean isStaff(JsonArray roles) {
        for (int i = 0; i < roles.size(); i++) {
            if (STAFF_ROLES.contains(roles.getJsonObject(i).getString("name"))) {
                return true;
            }
        }
        return false;
    }

    private static void ok(HttpResponse<Buffer> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak did not let the service account " + what + " a login: "
                    + response.statusCode());
        }
    }

    private static List<String> attribute(JsonObject user, String name) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray values = attributes == null ? null : attributes.getJsonArray(name);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }
}
