package io.remedy.records.audit;

import io.remedy.platform.caller.Caller;
import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes an audit entry for every read or change of a clinical record. Call it inside the transaction of the read
 * or change, so that no clinical data leaves without its entry.
 */
@ApplicationScoped
public class AuditTrail {

    /** What was done to the record. */
    public enum Action { READ, CREATE, UPDATE, SIGN, AMEND, CLEAR, WITHDRAW, EXPORT, ERASE }

    /** Role recorded for what the platform does on an event rather than on a person's request. */
    public static final String SYSTEM_ROLE = "system";

    public Uni<Void> record(Caller caller, Action action, UUID clientId, String resource, String location) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = caller.tenant();
        entry.clientId = clientId;
        entry.actor = caller.userId();
        entry.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        entry.actorLocations = String.join(",", new TreeSet<>(caller.locations()));
        entry.action = action.name();
        entry.resource = resource;
        entry.location = location;
        entry.at = Instants.now();
        return entry.persist().replaceWithVoid();
    }

    /** An entry for a change made on an event (e.g. an erasure booking asked for), by whom it names. */
    public Uni<Void> recordOnEvent(String tenant, String actor, Action action, UUID clientId, String resource) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = tenant;
        entry.clientId = clientId;
        entry.actor = actor == null || actor.isBlank() ? SYSTEM_ROLE : actor;
        entry.actorRoles = SYSTEM_ROLE;
        entry.action = action.name();
        entry.resource = resource;
        entry.at = Instants.now();
        return entry.persist().replaceWithVoid();
    }
}
