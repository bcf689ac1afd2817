package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.packages.PackageView.NewPackage;
import io.remedy.billing.packages.PackageView.PackageResponse;
import io.remedy.billing.packages.PackageView.Price;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The packages a chain sells: chain admins put them on sale and retire them; the front desk and chain admins read them
 * with their prices, therapists without.
 */
@ApplicationScoped
public class PackageService {

    /** A chain admin puts a package on sale. */
    @WithTransaction
    public Uni<PackageResponse> create(Caller caller, NewPackage request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        List<Price> prices = validPrices(request.prices());
        String name = request.name().strip();
        return PackageDefinition.count("tenant = ?1 and name = ?2", caller.tenant(), name).chain(taken -> {
            if (taken > 0) {
                throw ProblemException.conflict("The chain has a package of that name",
                        new FieldError("name", "is taken by another package of the chain"));
            }
            PackageDefinition definition = new PackageDefinition();
            definition.id = UUID.randomUUID();
            definition.tenant = caller.tenant();
            definition.name = name;
            definition.serviceId = request.serviceId();
            definition.sessionCount = request.sessionCount();
            definition.expiryDays = request.expiryDays();
            definition.active = true;
            definition.createdBy = caller.userId();
            definition.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Uni<Void> saved = definition.persist().replaceWithVoid();
            List<PackagePrice> rows = new ArrayList<>();
            for (Price price : prices) {
                PackagePrice row = new PackagePrice();
                row.packageId = definition.id;
                row.currency = price.currency();
                row.priceCents = price.priceCents();
                rows.add(row);
                saved = saved.chain(() -> row.persist().replaceWithVoid());
            }
            return saved.map(ignored -> view(definition, rows, true));
        });
    }

    /** The chain's packages, newest first; retired ones only when asked for. */
    @WithTransaction
    public Uni<Page<PackageResponse>> list(Caller caller, boolean includeRetired, int limit, String cursorText) {
        requireReader(caller);
        Cursor.Keyset cursor = Cursor.keyset(cursorText);
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("tenant = :tenant");
        params.put("tenant", caller.tenant());
        if (!includeRetired) {
            query.append(" and active = true");
        }
        if (cursor != null) {
            query.append(" and (createdAt < :cursorAt or (createdAt = :cursorAt and id < :cursorId))");
            params.put("cursorAt", cursor.at());
            params.put("cursorId", cursor.id());
        }
        query.append(" order by createdAt desc, id desc");
        return PackageDefinition.<PackageDefinition>find(query.toString(), params).range(0, limit).list()
                .chain(found -> pricesOf(found.stream().map(d -> d.id).toList()).map(prices -> Page.of(
                        found.stream().map(d -> view(d, prices.getOrDefault(d.id, List.of()), seesPrices(caller)))
                                .toList(),
                        limit, (PackageResponse p) -> Cursor.after(p.createdAt(), p.id()))));
    }

    /** One package of the chain. */
    @WithTransaction
    public Uni<PackageResponse> get(Caller caller, UUID id) {
        requireReader(caller);
        return find(caller, id, false).chain(definition -> pricesOf(List.of(definition.id))
                .map(prices -> view(definition, prices.getOrDefault(definition.id, List.of()), seesPrices(caller))));
    }

    /** A chain admin takes a package off sale; packages sold stay valid. Retiring it again changes nothing. */
    @WithTransaction
    public Uni<PackageResponse> retire(Caller caller, UUID id) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return find(caller, id, true).chain(definition -> {
            if (definition.active) {
                definition.active = false;
                definition.retiredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
            return pricesOf(List.of(definition.id))
                    .map(prices -> view(definition, prices.getOrDefault(definition.id, List.of()), true));
        });
    }

    private static Uni<PackageDefinition> find(Caller caller, UUID id, boolean lock) {
        var query = PackageDefinition.<PackageDefinition>find("id = ?1 and tenant = ?2", id, caller.tenant());
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResult().map(found -> {
            if (found == null) {
                throw ProblemException.notFound("Package", id);
            }
            return found;
        });
    }

    /** Each package's prices, by package. */
    static Uni<Map<UUID, List<PackagePrice>>> pricesOf(List<UUID> packageIds) {
        if (packageIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return PackagePrice.<PackagePrice>list("packageId in ?1 order by currency", packageIds)
                .map(rows -> rows.stream().collect(Collectors.groupingBy(p -> p.packageId)));
    }

    /** Staff of the chain read packages; clients do not. */
    static void requireReader(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
    }

    /** Therapists see packages without amounts. */
    static boolean seesPrices(Caller caller) {
        return caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
    }

    /** Prices in currencies that exist, each currency once. */
    static List<Price> validPrices(List<Price> prices) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            String currency = prices.get(i).currency();
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw ProblemException.validation("prices[" + i + "].currency", "is not an ISO 4217 currency");
            }
            if (!seen.add(currency)) {
                throw ProblemException.validation("prices[" + i + "].currency", "is listed twice");
            }
        }
        return prices.stream().sorted(Comparator.comparing(Price::currency)).toList();
    }

    static PackageResponse view(PackageDefinition d, List<PackagePrice> prices, boolean withPrices) {
        return new PackageResponse(d.id, d.name, d.serviceId, d.sessionCount, d.expiryDays,
                withPrices ? prices.stream().map(p -> new Price(p.currency, p.priceCents)).toList() : null,
                d.active, d.createdAt, d.retiredAt);
    }
}
