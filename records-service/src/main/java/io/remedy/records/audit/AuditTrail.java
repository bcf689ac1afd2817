package io.remedy.records.audit;

import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes an audit entry for every read or change of a clinical record. Call it inside the transaction of the read
 * or change, so that no clinical data leaves without its entry.
 */
@ApplicationScoped
public class AuditTrail {

    /** What was done to the record. */
    public enum Action { READ, CREATE, UPDATE, SIGN, AMEND, EXPORT, ERASE }

    public Uni<Void> record(Caller caller, Action action, UUID clientId, String resource, String location) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = caller.tenant();
        entry.clientId = clientId;
        entry.actor = caller.userId();
        entry.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
        entry.action = action.name();
        entry.resource = resource;
        entry.location = location;
        entry.at = Instant.now();
        return entry.persist().replaceWithVoid();
    }
}
