package io.remedy.billing.session;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.billing.session.SessionBook.Facts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What billing knows of booking's locations, from every session event: code, name, address, time zone and, from the
 * events that carry a price or a fee, the location's currency and tax rate. A package is sold at a location in its
 * currency, taxed at its rate.
 */
@ApplicationScoped
public class LocationBook {

    static final String UPSERT = """
            INSERT INTO location_copy (tenant, location_id, location_code, location_name, location_address, time_zone,
                currency, tax_rate_basis_points, updated_at)
            VALUES (:tenant, :locationId, :code, :name, :address, :timeZone, :currency, :taxRate, :now)
            ON CONFLICT (tenant, location_id) DO UPDATE SET location_code = excluded.location_code,
                location_name = excluded.location_name,
                location_address = coalesce(excluded.location_address, location_copy.location_address),
                time_zone = excluded.time_zone,
                currency = coalesce(excluded.currency, location_copy.currency),
                tax_rate_basis_points = coalesce(excluded.tax_rate_basis_points, location_copy.tax_rate_basis_points),
                updated_at = excluded.updated_at
            """;

    static final String FIND = """
            SELECT location_code, location_name, location_address, time_zone, currency, tax_rate_basis_points
            FROM location_copy WHERE tenant = :tenant AND location_id = :locationId""";

    /** A location as billing knows it; currency and tax rate null before a priced event of it arrived. */
    public record Location(UUID id, String code, String name, String address, String timeZone, String currency,
                           Integer taxRateBasisPoints) {
    }

    /** Keeps what a session event says of its location, with the currency and tax rate when it names them. */
    public Uni<Void> keep(String tenant, Facts facts, String currency, Integer taxRateBasisPoints) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant)
                .setParameter("locationId", facts.locationId())
                .setParameter("code", facts.locationCode())
                .setParameter("name", facts.locationName())
                .setParameter("address", facts.locationAddress())
                .setParameter("timeZone", facts.timeZone())
                .setParameter("currency", currency)
                .setParameter("taxRate", currency == null ? null : taxRateBasisPoints)
                .setParameter("now", Instant.now())
                .executeUpdate()).replaceWithVoid();
    }

    /** The location, or null when no session event of it has reached billing. */
    public Uni<Location> find(String tenant, UUID locationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FIND, Object[].class)
                        .setParameter("tenant", tenant)
                        .setParameter("locationId", locationId)
                        .getResultList())
                .map((List<Object[]> rows) -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    Object[] row = rows.get(0);
                    return new Location(locationId, (String) row[0], (String) row[1], (String) row[2],
                            (String) row[3], (String) row[4], row[5] == null ? null : ((Number) row[5]).intValue());
                });
    }
}
