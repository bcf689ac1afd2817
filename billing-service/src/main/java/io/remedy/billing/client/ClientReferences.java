package io.remedy.billing.client;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.database.NativeScalars;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * A client's short reference in their chain ({@code C-000042}), as invoices, receipts and the accounting export name
 * the client: readable by an accountant or an insurer, and no more personal than the id it stands for. Given out the
 * first time billing needs it, from a per-chain counter locked by the giving transaction; the same client always
 * keeps the same reference (numbers are not gapless). Must run inside a transaction.
 */
@ApplicationScoped
public class ClientReferences {

    static final String FIND = "SELECT reference FROM client_reference WHERE tenant = :tenant AND client_id = :clientId";
    static final String ADVANCE = """
            INSERT INTO client_reference_counter (tenant, last_number) VALUES (:tenant, 1)
            ON CONFLICT (tenant) DO UPDATE SET last_number = client_reference_counter.last_number + 1
            RETURNING last_number""";
    static final String KEEP = """
            INSERT INTO client_reference (tenant, client_id, number, reference)
            VALUES (:tenant, :clientId, :number, :reference)
            ON CONFLICT (tenant, client_id) DO NOTHING""";

    /** The client's reference, given out now when they have none yet. */
    public Uni<String> of(String tenant, UUID clientId) {
        // no result class: see NativeScalars
        return Panache.getSession().chain(session -> session.createNativeQuery(FIND)
                .setParameter("tenant", tenant).setParameter("clientId", clientId)
                .getResultList()
                .chain((List<?> found) -> {
                    if (!found.isEmpty()) {
                        return Uni.createFrom().item(NativeScalars.asString(found.get(0)));
                    }
                    // the counter row's lock orders two transactions of one chain, so the second sees the first's row
                    return session.createNativeQuery(ADVANCE).setParameter("tenant", tenant)
                            .getSingleResult()
                            .map(NativeScalars::asInteger)
                            .chain(number -> {
                                String reference = format(number);
                                return session.createNativeQuery(KEEP)
                                        .setParameter("tenant", tenant).setParameter("clientId", clientId)
                                        .setParameter("number", number).setParameter("reference", reference)
                                        .executeUpdate()
                                        // a concurrent first need of the same client kept its own: use that one
                                        .chain(() -> session.createNativeQuery(FIND)
                                                .setParameter("tenant", tenant).setParameter("clientId", clientId)
                                                .getSingleResult().map(NativeScalars::asString));
                            });
                }));
    }

    /** {@code C-} and the number, six digits at least. */
    static String format(int number) {
        return "C-%06d".formatted(number);
    }
}
