package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Prices of services at single locations. What a client pays for a service at a location is the location's own
 * price, else the chain's price when it is in the location's currency: the {@code location_service_price} view,
 * which booking and availability read.
 */
@ApplicationScoped
public class ServicePrices {

    /** A price in minor units of its currency, tax included. */
    public record Price(int cents, String currency) {
    }

    /** A service's own price at one location, in the location's currency. */
    public record LocationPrice(UUID serviceId, UUID locationId, int priceCents, String currency) {
    }

    /** The services' own prices at locations (the chain's price is the service's). */
    public Uni<List<LocationPrice>> of(String tenant, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT service_id, location_id, price_cents, currency FROM service_price
                        WHERE tenant = :tenant AND service_id IN (:services)
                        ORDER BY service_id, location_id""", Object[].class)
                .setParameter("tenant", tenant)
                .setParameter("services", List.copyOf(serviceIds))
                .getResultList())
                .map(rows -> {
                    List<LocationPrice> prices = new ArrayList<>();
                    for (Object[] row : rows) {
                        prices.add(new LocationPrice((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(),
                                row[3].toString()));
                    }
                    return prices;
                });
    }

    /**
     * Replaces the service's own prices by these (location id → price in the location's currency); answers how many
     * were written, fewer than given when a location is not of the chain.
     */
    public Uni<Integer> replace(String tenant, UUID serviceId, List<LocationPrice> prices) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "DELETE FROM service_price WHERE tenant = :tenant AND service_id = :service")
                        .setParameter("tenant", tenant)
                        .setParameter("service", serviceId)
                        .executeUpdate()
                        .chain(() -> insert(session, tenant, serviceId, prices, 0, 0)));
    }

    private static Uni<Integer> insert(org.hibernate.reactive.mutiny.Mutiny.Session session, String tenant,
                                       UUID serviceId, List<LocationPrice> prices, int index, int written) {
        if (index == prices.size()) {
            return Uni.createFrom().item(written);
        }
        LocationPrice price = prices.get(index);
        return session.createNativeQuery("""
                        INSERT INTO service_price (tenant, service_id, location_id, price_cents, currency)
                        SELECT :tenant, :service, l.id, :price, l.currency FROM location l
                        WHERE l.tenant = :tenant AND l.id = :location""")
                .setParameter("tenant", tenant)
                .setParameter("service", serviceId)
                .setParameter("location", price.locationId())
                .setParameter("price", price.priceCents())
                .executeUpdate()
                .chain(n -> insert(session, tenant, serviceId, prices, index + 1, written + n));
    }
}
