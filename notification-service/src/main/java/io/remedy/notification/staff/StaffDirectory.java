package io.remedy.notification.staff;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.logging.Log;
import io.remedy.notification.staff.RealmAdminApi.User;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff e-mail addresses from Keycloak's Admin REST API (users carry the attributes {@code tenant} and
 * {@code locations}, and realm roles), asked for as the service account ({@link RealmAdmin}) and kept for a while in
 * the bounded cache {@value #CACHE} ({@code quarkus.cache.caffeine.staff-directory.*}: at most so many answers, each
 * for {@code remedy.staff-directory.cache-for}). Lookups never block. A failed lookup fails the send that needed it,
 * which is then retried like any other failed send (a failure is not cached).
 */
@ApplicationScoped
public class StaffDirectory {

    /** The cache of the directory's answers. */
    public static final String CACHE = "staff-directory";

    private final RealmAdmin realm;
    private final Cache cache;

    public StaffDirectory(RealmAdmin realm, @CacheName(CACHE) Cache cache) {
        this.realm = realm;
        this.cache = cache;
    }

    private record MemberKey(String tenant, String userId) {
    }

    private record RoleKey(String tenant, String role, String locationCode) {
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
        return cached(new MemberKey(tenant, userId), () -> realm.api().user(userId)
                .map(user -> inTenant(user, tenant) ? Optional.of(member(user)) : Optional.<StaffMember>empty())
                .onFailure(StaffDirectory::notFound).recoverWithItem(Optional.empty()));
    }

    /** Every enabled member of staff of this tenant with this realm role at this location ({@code *} included). */
    public Uni<List<StaffMember>> withRoleAt(String tenant, String role, String locationCode) {
        if (!enabled() || locationCode == null) {
            return Uni.createFrom().item(List.of());
        }
        return cached(new RoleKey(tenant, role, locationCode), () ->
                Multi.createFrom().items(locationCode, "*")
                        .onItem().transformToUniAndConcatenate(code -> search(tenant, code))
                        .collect().asList()
                        .map(StaffDirectory::distinct)
                        .chain(candidates -> Multi.createFrom().iterable(candidates)
                                .filter(User::isEnabled)
                                .filter(user -> inTenant(user, tenant) && actsAt(user, locationCode))
                                .onItem().transformToUniAndConcatenate(user -> hasRole(user.id(), role)
                                        .map(has -> has ? Optional.of(member(user)) : Optional.<StaffMember>empty()))
                                .filter(Optional::isPresent).map(Optional::get)
                                .collect().asList()));
    }

    /** Users of a tenant whose {@code locations} attribute holds a code (Keycloak's attribute search). */
    private Uni<List<User>> search(String tenant, String code) {
        return realm.api().search("tenant:" + tenant + " locations:" + code, false, 500);
    }

    private Uni<Boolean> hasRole(String userId, String role) {
        return realm.api().realmRoles(userId)
                .map(roles -> roles.stream().anyMatch(held -> role.equals(held.name())));
    }

    private <T> Uni<T> cached(Object key, java.util.function.Supplier<Uni<T>> lookup) {
        return cache.getAsync(key, ignored -> lookup.get())
                .onFailure().invoke(e -> Log.warnf("Staff directory lookup failed: %s", e.toString()));
    }

    static boolean notFound(Throwable failure) {
        return failure instanceof WebApplicationException answer && answer.getResponse().getStatus() == 404;
    }

    private static boolean inTenant(User user, String tenant) {
        return user.attribute("tenant").contains(tenant);
    }

    private static boolean actsAt(User user, String locationCode) {
        List<String> locations = user.attribute("locations");
        return locations.contains(locationCode) || locations.contains("*");
    }

    private static StaffMember member(User user) {
        return new StaffMember(user.id(), user.email(), user.firstName());
    }

    private static List<User> distinct(List<List<User>> pages) {
        Map<String, User> byId = new LinkedHashMap<>();
        pages.forEach(page -> page.forEach(user -> byId.putIfAbsent(user.id(), user)));
        return List.copyOf(byId.values());
    }
}
