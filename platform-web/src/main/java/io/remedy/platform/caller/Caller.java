package io.remedy.platform.caller;

import io.remedy.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * Who is calling, from the verified token: user id ({@code sub}), tenant (claim {@code tenant}: the chain), the
 * location codes the user may act at (claim {@code locations}, {@code *} = all) and realm roles.
 *
 * <p><b>Tenancy rule:</b> every query a service runs is scoped by {@link #tenant()}; a row of another tenant is
 * never read, changed or revealed (answer 404, not 403, for another tenant's id). Injected request-scoped
 * ({@code @Inject Caller caller}); a request without a token is refused with 401, a token without a tenant with 403.
 */
public class Caller {

    /** The {@code locations} value granting every location of the tenant. */
    public static final String ALL_LOCATIONS = "*";

    /** Realm roles of the platform. */
    public static final String CHAIN_ADMIN = "chain-admin";
    public static final String BRANCH_MANAGER = "branch-manager";
    public static final String RECEPTIONIST = "receptionist";
    public static final String THERAPIST = "therapist";
    public static final String CLIENT = "client";

    private final String userId;
    private final String tenant;
    private final Set<String> locations;
    private final Set<String> roles;

    /** Only for CDI's client proxy. */
    protected Caller() {
        this.userId = null;
        this.tenant = null;
        this.locations = Set.of();
        this.roles = Set.of();
    }

    protected Caller(String userId, String tenant, Collection<String> locations, Collection<String> roles) {
        if (userId == null || userId.isBlank()) {
            throw ProblemException.unauthenticated("The token names no user");
        }
        if (tenant == null || tenant.isBlank()) {
            throw ProblemException.forbidden("The token carries no tenant");
        }
        this.userId = userId;
        this.tenant = tenant;
        this.locations = Set.copyOf(locations);
        this.roles = Set.copyOf(roles);
    }

    /** A caller from already verified claims. */
    public static Caller of(String userId, String tenant, Collection<String> locations, Collection<String> roles) {
        return new Caller(userId, tenant, locations, roles);
    }

    /** A caller from already verified claims (tests, scripts). */
    public static Caller of(String userId, String tenant, Collection<String> locations, String... roles) {
        return new Caller(userId, tenant, locations, Arrays.asList(roles));
    }

    /** The user id: the token's {@code sub}. */
    public String userId() {
        return userId;
    }

    /** The tenant (chain id) every query of this request is scoped by. */
    public String tenant() {
        return tenant;
    }

    /** Location codes from the token; {@code *} means all. */
    public Set<String> locations() {
        return locations;
    }

    /** Realm roles. */
    public Set<String> roles() {
        return roles;
    }

    /** True if the caller has this role. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True if the caller has any of these roles. */
    public boolean hasAnyRole(String... anyOf) {
        for (String role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True for a client (patient): sees only their own data. */
    public boolean isClient() {
        return hasRole(CLIENT);
    }

    /** True for anyone working for the chain (admin, manager, receptionist, therapist). */
    public boolean isStaff() {
        return hasAnyRole(CHAIN_ADMIN, BRANCH_MANAGER, RECEPTIONIST, THERAPIST);
    }

    /** True if the caller may act at every location of the tenant ({@code locations} contains {@code *}). */
    public boolean actsAtAllLocations() {
        return locations.contains(ALL_LOCATIONS);
    }

    /** True if the caller may act at the location with this code. */
    public boolean mayActAt(String locationCode) {
        return locationCode != null && (actsAtAllLocations() || locations.contains(locationCode));
    }

    /** The tenant; for symmetry with the other checks (a Caller never exists without one). */
    public String requireTenant() {
        return tenant;
    }

    /** Refuses (403) a resource of another tenant that the caller addressed explicitly. */
    public void requireTenant(String resourceTenant) {
        if (!tenant.equals(resourceTenant)) {
            throw ProblemException.forbidden("This belongs to another tenant");
        }
    }

    /** Refuses (403) unless the caller may act at this location. */
    public void requireLocation(String locationCode) {
        if (!mayActAt(locationCode)) {
            throw ProblemException.forbidden("You may not act at location " + locationCode);
        }
    }

    /** Refuses (403) unless the caller has one of these roles. */
    public void requireRole(String... anyOf) {
        if (!hasAnyRole(anyOf)) {
            throw ProblemException.forbidden("This needs one of the roles " + String.join(", ", anyOf));
        }
    }

    /** Refuses (403) unless the caller is staff, or the client acting on their own data ({@code clientUserId}). */
    public void requireSelfOrStaff(String clientUserId) {
        if (!isStaff() && !userId.equals(clientUserId)) {
            throw ProblemException.forbidden("You may only see your own data");
        }
    }

    @Override
    public String toString() {
        return "Caller[" + userId + "@" + tenant + " roles=" + roles + " locations=" + locations + "]";
    }
}
