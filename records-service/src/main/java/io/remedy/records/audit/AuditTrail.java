package io.remedy.records.audit;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.remedy.platform.caller.Caller;
import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes an audit entry for every read or change of a clinical record, and for every refused one. Call
 * {@link #record} inside the transaction of the read or change, so that no clinical data leaves without its entry.
 * Each entry names the actor as the token introduced them (name and role), beside their login id.
 */
@ApplicationScoped
public class AuditTrail {

    /** What was done to the record. */
    public enum Action { READ, CREATE, UPDATE, SIGN, AMEND, CLEAR, WITHDRAW, EXPORT, ERASE, REFUSED }

    /** Role recorded for what the platform does on an event rather than on a person's request. */
    public static final String SYSTEM_ROLE = "system";

    /** The platform roles, most powerful first: the one an entry names is the first the actor holds. */
    static final List<String> ROLES = List.of(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.THERAPIST,
            Caller.RECEPTIONIST, Caller.CLIENT);

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final Pool pool;

    public AuditTrail(SecurityIdentity identity, CurrentVertxRequest request, Pool pool) {
        this.identity = identity;
        this.request = request;
        this.pool = pool;
    }

    public Uni<Void> record(Caller caller, Action action, UUID clientId, String resource, String location) {
        return entry(caller, action, clientId, resource, location).persist().replaceWithVoid();
    }

    /**
     * A refused request (403) on a client's record. Written on a connection of its own, outside the request's
     * transaction, which the refusal rolls back: a refusal is recorded whatever happens to the request.
     */
    public Uni<Void> refusal(Caller caller, UUID clientId) {
        AuditEntry entry = entry(caller, Action.REFUSED, clientId, requested(), null);
        return pool.preparedQuery("INSERT INTO clinical_audit (id, tenant, client_id, actor, actor_name, actor_role,"
                        + " actor_roles, actor_locations, action, resource, location, at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                .execute(Tuple.tuple().addValue(entry.id).addValue(entry.tenant).addValue(entry.clientId)
                        .addValue(entry.actor).addValue(entry.actorName).addValue(entry.actorRole)
                        .addValue(entry.actorRoles).addValue(entry.actorLocations).addValue(entry.action)
                        .addValue(entry.resource).addValue(entry.location)
                        .addValue(entry.at.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid()
                .onFailure().invoke(e -> Log.warnf("A refusal could not be audited: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    /** An entry for a change made on an event (e.g. an erasure booking asked for), by whom it names. */
    public Uni<Void> recordOnEvent(String tenant, String actor, Action action, UUID clientId, String resource) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = tenant;
        entry.clientId = clientId;
        entry.actor = actor == null || actor.isBlank() ? SYSTEM_ROLE : actor;
        entry.actorRoles = SYSTEM_ROLE;
        entry.actorRole = SYSTEM_ROLE;
        entry.action = action.name();
        entry.resource = resource;
        entry.at = Instants.now();
        return entry.persist().replaceWithVoid();
    }

    private AuditEntry entry(Caller caller, Action action, UUID clientId, String resource, String location) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = caller.tenant();
        entry.clientId = clientId;
        entry.actor = caller.userId();
        entry.actorName = name();
        entry.actorRole = role(caller);
        entry.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        entry.actorLocations = String.join(",", new TreeSet<>(caller.locations()));
        entry.action = action.name();
        entry.resource = resource;
        entry.location = location;
        entry.at = Instants.now();
        return entry;
    }

    /** The actor's platform role: the most powerful one they hold. */
    static String role(Caller caller) {
        return ROLES.stream().filter(caller::hasRole).findFirst().orElse(null);
    }

    /**
     * The actor's name as the identity provider issues it: {@code name} (Keycloak's profile scope), else given and
     * family name, else the login name.
     */
    private String name() {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String name = text(jwt.getClaim("name"));
        if (name != null) {
            return name;
        }
        String given = text(jwt.getClaim("given_name"));
        String family = text(jwt.getClaim("family_name"));
        if (given != null || family != null) {
            return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        return text(jwt.getClaim("preferred_username"));
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String value = claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString();
        return value.isBlank() ? null : value;
    }

    /** What a refused request asked for: its method and its path below the client's record. */
    private String requested() {
        RoutingContext current = request.getCurrent();
        if (current == null) {
            return "request";
        }
        String path = current.normalizedPath();
        int clients = path.indexOf("/clients/");
        if (clients >= 0) {
            int part = path.indexOf('/', clients + "/clients/".length());
            path = part < 0 ? "" : path.substring(part + 1);
        } else if (path.startsWith("/api/v1/records/")) {
            path = path.substring("/api/v1/records/".length());
        }
        return current.request().method().name() + " " + (path.isEmpty() ? "record" : path);
    }
}
