package io.remedy.billing.invoice;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.database.NativeScalars;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Numbers per location and year without gaps: the counter row of the location and year is locked by the issuing
 * transaction and only advanced in it, so a number is taken only by an invoice that commits, and two issuing
 * transactions of one location take turns. Must run inside the transaction that persists the invoice.
 */
@ApplicationScoped
public class InvoiceNumbers {

    static final String OPEN = "INSERT INTO invoice_counter (tenant, location_id, year, last_number)"
            + " VALUES (:tenant, :locationId, :year, 0) ON CONFLICT (tenant, location_id, year) DO NOTHING";
    static final String LOCK = "SELECT last_number FROM invoice_counter WHERE tenant = :tenant"
            + " AND location_id = :locationId AND year = :year FOR UPDATE";
    static final String ADVANCE = "UPDATE invoice_counter SET last_number = :number WHERE tenant = :tenant"
            + " AND location_id = :locationId AND year = :year";

    /** The next number of the location in that year. */
    public Uni<Integer> next(String tenant, UUID locationId, int year) {
        return Panache.getSession().chain(session -> session.createNativeQuery(OPEN)
                .setParameter("tenant", tenant).setParameter("locationId", locationId).setParameter("year", year)
                .executeUpdate()
                // no result class: see NativeScalars
                .chain(() -> session.createNativeQuery(LOCK)
                        .setParameter("tenant", tenant).setParameter("locationId", locationId)
                        .setParameter("year", year)
                        .getSingleResult().map(NativeScalars::asInteger))
                .chain(last -> session.createNativeQuery(ADVANCE)
                        .setParameter("number", last + 1)
                        .setParameter("tenant", tenant).setParameter("locationId", locationId)
                        .setParameter("year", year)
                        .executeUpdate()
                        .replaceWith(last + 1)));
    }
}
