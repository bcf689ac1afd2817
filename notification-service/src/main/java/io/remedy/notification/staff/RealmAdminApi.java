package io.remedy.notification.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.List;
import java.util.Map;

/**
 * The part of Keycloak's Admin REST API on one realm ({@code <keycloak>/admin/realms/<realm>}) that Remedy uses, as
 * the service account: its client-credentials token is fetched, kept and renewed before it expires by the OIDC
 * client {@value #OIDC_CLIENT}. A status that is no 2xx fails the {@code Uni} with a
 * {@link jakarta.ws.rs.WebApplicationException} carrying it.
 */
@OidcClientFilter(RealmAdminApi.OIDC_CLIENT)
public interface RealmAdminApi {

    /** The OIDC client of the service account ({@code quarkus.oidc-client.staff-directory.*}). */
    String OIDC_CLIENT = "staff-directory";

    /** A user of the realm, as far as Remedy reads one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username, Boolean enabled, String email, String firstName,
                Map<String, List<String>> attributes) {

        /** The values of one attribute (none when absent). */
        public List<String> attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null ? List.of() : values;
        }

        public boolean isEnabled() {
            return enabled == null || enabled;
        }
    }

    /** A change of a user: what is null stays as it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserChange(String username, Boolean enabled, String email, Boolean emailVerified, String firstName,
                      String lastName, Map<String, List<String>> attributes) {
    }

    /** A realm role a user holds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String name) {
    }

    @GET
    @Path("/users/{id}")
    Uni<User> user(@PathParam("id") String id);

    /** Users found by Keycloak's attribute search ({@code q=name:value name:value}). */
    @GET
    @Path("/users")
    Uni<List<User>> search(@QueryParam("q") String query, @QueryParam("briefRepresentation") boolean brief,
                           @QueryParam("max") int max);

    /** The realm roles a user holds, composite roles resolved. */
    @GET
    @Path("/users/{id}/role-mappings/realm/composite")
    Uni<List<Role>> realmRoles(@PathParam("id") String id);

    @PUT
    @Path("/users/{id}")
    Uni<Void> update(@PathParam("id") String id, UserChange change);

    /** Ends every session of the user. */
    @POST
    @Path("/users/{id}/logout")
    Uni<Void> logout(@PathParam("id") String id);
}
