package io.remedy.billing.client;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * The name an invoice is made out to, from booking's client events (the contact projection); nothing else of the
 * client is kept. Deleted on erasure.
 */
@ApplicationScoped
public class ClientBook {

    static final String UPSERT = """
            INSERT INTO client_copy (tenant, client_id, user_id, given_name, family_name, version)
            VALUES (:tenant, :clientId, :userId, :givenName, :familyName, :version)
            ON CONFLICT (tenant, client_id) DO UPDATE SET user_id = excluded.user_id,
                given_name = excluded.given_name, family_name = excluded.family_name, version = excluded.version
            WHERE client_copy.version <= excluded.version
            """;

    /**
     * An invoice issued before billing heard of its client (client and session events travel on different topics)
     * is made out to the client's name as soon as it is known; a name once on an invoice is never changed.
     */
    static final String NAME_UNNAMED = "UPDATE invoice SET bill_to = :name WHERE tenant = :tenant"
            + " AND client_id = :clientId AND bill_to IS NULL AND client_erased_at IS NULL";

    public Uni<Void> keep(String tenant, UUID clientId, String userId, String givenName, String familyName,
                          long version) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant)
                .setParameter("clientId", clientId)
                .setParameter("userId", userId)
                .setParameter("givenName", givenName)
                .setParameter("familyName", familyName)
                .setParameter("version", version)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(NAME_UNNAMED)
                        .setParameter("name", givenName + " " + familyName)
                        .setParameter("tenant", tenant)
                        .setParameter("clientId", clientId)
                        .executeUpdate())).replaceWithVoid();
    }

    /** The client's name as an invoice shows it, or null when billing has not heard of the client. */
    public Uni<String> billTo(String tenant, UUID clientId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT given_name || ' ' || family_name FROM client_copy WHERE tenant = :tenant"
                                + " AND client_id = :clientId", String.class)
                .setParameter("tenant", tenant)
                .setParameter("clientId", clientId)
                .getResultList())
                .map((List<String> names) -> names.isEmpty() ? null : names.get(0));
    }

    /** Deletes the client's copy. */
    public Uni<Void> forget(String tenant, UUID clientId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "DELETE FROM client_copy WHERE tenant = :tenant AND client_id = :clientId")
                .setParameter("tenant", tenant)
                .setParameter("clientId", clientId)
                .executeUpdate()).replaceWithVoid();
    }
}
