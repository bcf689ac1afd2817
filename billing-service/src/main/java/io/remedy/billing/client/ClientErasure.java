package io.remedy.billing.client;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.contracts.booking.ClientErased;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Erasure of a client: invoices and payments are kept for the legal retention period (tax law), but nothing in them
 * names the client any more: the name they were made out to and the client's login are removed, the client's copy
 * is deleted, their packages no longer name their login. The client id stays: it is pseudonymous and ties the invoices together for the accounts.
 */
@ApplicationScoped
public class ClientErasure {

    static final String ANONYMISE_INVOICES = "UPDATE invoice SET bill_to = NULL, client_user_id = NULL,"
            + " client_erased_at = :erasedAt WHERE tenant = :tenant AND client_id = :clientId";
    static final String ANONYMISE_SESSIONS = "UPDATE session_copy SET client_user_id = NULL"
            + " WHERE tenant = :tenant AND client_id = :clientId";

    static final String ANONYMISE_PACKAGES = "UPDATE client_package SET client_user_id = NULL"
            + " WHERE tenant = :tenant AND client_id = :clientId";

    private final ClientBook clients;
    private final AuditTrail audit;

    public ClientErasure(ClientBook clients, AuditTrail audit) {
        this.clients = clients;
        this.audit = audit;
    }

    public Uni<Void> erase(String tenant, ClientErased erased) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ANONYMISE_INVOICES)
                        .setParameter("erasedAt", erased.erasedAt())
                        .setParameter("tenant", tenant)
                        .setParameter("clientId", erased.clientId())
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(ANONYMISE_SESSIONS)
                                .setParameter("tenant", tenant)
                                .setParameter("clientId", erased.clientId())
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery(ANONYMISE_PACKAGES)
                                .setParameter("tenant", tenant)
                                .setParameter("clientId", erased.clientId())
                                .executeUpdate()))
                .chain(() -> clients.forget(tenant, erased.clientId()))
                .chain(() -> audit.recordBySystem(tenant, AuditTrail.Action.ERASE, "invoices", erased.clientId(), null));
    }
}
