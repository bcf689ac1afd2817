package io.remedy.console.page;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who is looking at the page: name, roles, chain and locations from the access token, and the language the pages speak.
 * Templates reach it as {@code {inject:viewer}}. Hiding what a role cannot do is a courtesy; the API decides.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    private final SecurityIdentity identity;
    /** the access token: it carries the realm roles and the tenant and locations claims, the ID token not all */
    private final JsonWebToken idToken;
    private final Language language;

    public Viewer(SecurityIdentity identity, JsonWebToken accessToken, Language language) {
        this.identity = identity;
        this.idToken = accessToken;
        this.language = language;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        String name = idToken.getClaim("name");
        return name != null && !name.isBlank() ? name : email();
    }

    public String email() {
        String email = idToken.getClaim("email");
        return email != null ? email : identity.getPrincipal().getName();
    }

    public String tenant() {
        Object tenant = idToken.getClaim("tenant");
        return tenant == null ? "" : tenant.toString();
    }

    /** Codes of the locations the user may act at ({@code *}: all of the chain). */
    public List<String> locations() {
        Object claim = idToken.getClaim("locations");
        if (claim == null) {
            return List.of();
        }
        String text = claim.toString().replaceAll("[\\[\\]\"]", "");
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public boolean has(Role role) {
        return identity.hasRole(role.claim());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean isChainAdmin() {
        return has(Role.CHAIN_ADMIN);
    }

    public boolean isManager() {
        return has(Role.BRANCH_MANAGER);
    }

    public boolean isReceptionist() {
        return has(Role.RECEPTIONIST);
    }

    public boolean isTherapist() {
        return has(Role.THERAPIST);
    }

    public boolean isClient() {
        return has(Role.CLIENT);
    }

    /** Works a location's front desk: books, moves, cancels, checks in (receptionist, branch manager, chain admin). */
    public boolean isFrontDesk() {
        return isReceptionist() || isManager() || isChainAdmin();
    }

    /** The role shown beside the name: the first of the user's roles, in DOMAIN.md's order. */
    public Role mainRole() {
        for (Role role : Role.values()) {
            if (has(role)) {
                return role;
            }
        }
        return Role.CLIENT;
    }

    public String language() {
        return language.tag();
    }

    public Locale locale() {
        return language.locale();
    }
}
