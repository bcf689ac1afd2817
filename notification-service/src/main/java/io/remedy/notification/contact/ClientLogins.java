package io.remedy.notification.contact;

import io.quarkus.logging.Log;
import io.remedy.notification.staff.RealmAdmin;
import io.remedy.notification.staff.RealmAdminApi;
import io.remedy.notification.staff.RealmAdminApi.UserChange;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

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
        RealmAdminApi api = realm.api();
        return api.user(userId)
                .onFailure(ClientLogins::notFound).recoverWithNull()
                .onFailure().transform(e -> refused(e, "read"))
                .chain(user -> {
                    if (user == null || !user.attribute("tenant").contains(tenant)) {
                        return Uni.createFrom().item(Outcome.NOT_FOUND);
                    }
                    String erasedName = ERASED_PREFIX + user.id();
                    boolean erasedBefore = erasedName.equals(user.username())
                            || (user.email() == null && user.firstName() == null);
                    if (!user.isEnabled() && erasedBefore) {
                        return Uni.createFrom().item(Outcome.ALREADY_ERASED);
                    }
                    return api.realmRoles(userId)
                            .onFailure().transform(e -> refused(e, "read the roles of"))
                            .chain(roles -> {
                                if (roles.stream().anyMatch(role -> STAFF_ROLES.contains(role.name()))) {
                                    Log.warnf("An erased client named a staff login %s: it is left as it is", userId);
                                    return Uni.createFrom().item(Outcome.NOT_A_CLIENT_LOGIN);
                                }
                                UserChange anonymous = new UserChange(erasedName, false, "", false, "", "",
                                        Map.of("tenant", List.of(tenant)));
                                return api.update(userId, anonymous)
                                        // a realm that keeps user names fixed (editUsernameAllowed false) refuses
                                        // the new name: the login is then disabled and anonymised but for its name
                                        .onFailure(e -> status(e) == 400).recoverWithUni(() -> api.update(userId,
                                                new UserChange(user.username(), false, "", false, "", "",
                                                        Map.of("tenant", List.of(tenant)))))
                                        .onFailure().transform(e -> refused(e, "anonymise"))
                                        .chain(() -> api.logout(userId)
                                                .onFailure().transform(e -> refused(e, "sign out")))
                                        .replaceWith(Outcome.ERASED);
                            });
                });
    }

    private static boolean notFound(Throwable failure) {
        return status(failure) == 404;
    }

    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException answer ? answer.getResponse().getStatus() : -1;
    }

    private static Throwable refused(Throwable failure, String what) {
        int status = status(failure);
        return status < 0 ? failure : new IllegalStateException("Keycloak did not let the service account " + what
                + " a login: " + status);
    }
}
