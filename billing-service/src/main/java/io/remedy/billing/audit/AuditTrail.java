package io.remedy.billing.audit;

import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes an audit entry for every read or change of financial data (invoices, payments, balances). Call
 * {@link #record} inside the transaction of the read or change, so that no figure leaves without its entry.
 */
@ApplicationScoped
public class AuditTrail {

    /** What was done. */
    public enum Action { READ, LIST, PAYMENT, REFUND, PAYMENT_LINK, VOID, ERASE, PACKAGE_SALE, EXPORT }

    /** Actor of what the service does on an event or a provider's webhook rather than on a person's request. */
    public static final String SYSTEM = "system";

    /** The platform roles, most powerful first: the one an entry names is the first the actor holds. */
    static final List<String> ROLES = List.of(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST,
            Caller.THERAPIST, Caller.CLIENT);

    public Uni<Void> record(Caller caller, Action action, String resource, UUID clientId, String locationCode) {
        FinancialAudit entry = entry(caller.tenant(), caller.userId(), action, resource, clientId, locationCode);
        entry.actorRole = ROLES.stream().filter(caller::hasRole).findFirst().orElse(null);
        return entry.persist().replaceWithVoid();
    }

    /** An entry for what the service did on its own (an erasure event, a provider's webhook). */
    public Uni<Void> recordBySystem(String tenant, Action action, String resource, UUID clientId, String locationCode) {
        FinancialAudit entry = entry(tenant, SYSTEM, action, resource, clientId, locationCode);
        entry.actorRole = SYSTEM;
        return entry.persist().replaceWithVoid();
    }

    private static FinancialAudit entry(String tenant, String actor, Action action, String resource, UUID clientId,
                                        String locationCode) {
        FinancialAudit entry = new FinancialAudit();
        entry.id = UUID.randomUUID();
        entry.tenant = tenant;
        entry.actor = actor;
        entry.action = action.name();
        entry.resource = resource;
        entry.clientId = clientId;
        entry.locationCode = locationCode;
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entry;
    }
}
