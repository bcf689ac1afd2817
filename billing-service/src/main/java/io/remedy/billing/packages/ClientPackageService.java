package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.invoice.InvoiceAccess;
import io.remedy.billing.packages.PackageView.ClientPackageResponse;
import io.remedy.billing.packages.PackageView.Use;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Packages clients hold, read: a client reads their own, the front desk those sold at its locations, chain admins all;
 * therapists none (amounts). Every read is audited. Selling one is {@link ClientPackageSales}', the plans' series on
 * sale {@link PlanSeriesOffers}'.
 */
@ApplicationScoped
public class ClientPackageService {

    static final String USES = """
            SELECT session_id, location_id, location_code, used_at FROM package_use
            WHERE client_package_id = :id ORDER BY used_at, session_id""";

    private final AuditTrail audit;

    public ClientPackageService(AuditTrail audit) {
        this.audit = audit;
    }

    /** What a list may be narrowed to. */
    public record Filter(UUID clientId, UUID locationId, boolean usableOnly) {
    }

    /** The packages the caller may see, most recently sold first, one page. */
    @WithTransaction
    public Uni<Page<ClientPackageResponse>> list(Caller caller, Filter filter, int limit, String cursorText) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.CLIENT);
        Cursor.Keyset cursor = Cursor.keyset(cursorText);
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("tenant = :tenant");
        params.put("tenant", caller.tenant());
        query.append(visible(caller, params));
        if (filter.clientId() != null) {
            query.append(" and clientId = :clientId");
            params.put("clientId", filter.clientId());
        }
        if (filter.locationId() != null) {
            query.append(" and locationId = :locationId");
            params.put("locationId", filter.locationId());
        }
        if (filter.usableOnly()) {
            query.append(" and sessionsUsed < sessionsTotal and expiresAt > :now");
            params.put("now", Instant.now());
        }
        if (cursor != null) {
            query.append(" and (soldAt < :cursorAt or (soldAt = :cursorAt and id < :cursorId))");
            params.put("cursorAt", cursor.at());
            params.put("cursorId", cursor.id());
        }
        query.append(" order by soldAt desc, id desc");
        return ClientPackage.<ClientPackage>find(query.toString(), params).range(0, limit).list()
                .chain(found -> invoicesOf(found).chain(sold -> audit.record(caller, AuditTrail.Action.LIST,
                                "client packages", filter.clientId(), null)
                        .replaceWith(Page.of(found.stream()
                                        .map(p -> view(p, sold.get(p.invoiceId), null))
                                        .filter(p -> !filter.usableOnly() || p.usable())
                                        .toList(), limit,
                                (ClientPackageResponse p) -> Cursor.after(p.soldAt(), p.id())))));
    }

    /** One package with the sessions it paid for. */
    @WithTransaction
    public Uni<ClientPackageResponse> get(Caller caller, UUID id) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.CLIENT);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        params.put("id", id);
        return ClientPackage.<ClientPackage>find("tenant = :tenant and id = :id" + visible(caller, params), params)
                .firstResult()
                .chain(held -> {
                    if (held == null) {
                        throw ProblemException.notFound("Client package", id);
                    }
                    return invoicesOf(List.of(held)).chain(sold -> uses(held.id)
                            .call(() -> audit.record(caller, AuditTrail.Action.READ, "client package " + held.id,
                                    held.clientId, held.locationCode))
                            .map(uses -> view(held, sold.get(held.invoiceId), uses)));
                });
    }

    /** The HQL condition (" and (...)") limiting packages to those the caller may see: as invoices, therapists none. */
    static String visible(Caller caller, Map<String, Object> params) {
        return InvoiceAccess.visible(caller, params, false);
    }

    /** The invoices that sold the packages, by id. */
    static Uni<Map<UUID, Invoice>> invoicesOf(List<ClientPackage> held) {
        if (held.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Invoice.<Invoice>list("id in ?1", held.stream().map(p -> p.invoiceId).toList())
                .map(found -> found.stream().collect(Collectors.toMap(i -> i.id, Function.identity())));
    }

    private static Uni<List<Use>> uses(UUID clientPackageId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(USES, Object[].class)
                        .setParameter("id", clientPackageId).getResultList())
                .map(rows -> rows.stream().map(row -> new Use((UUID) row[0], (UUID) row[1], (String) row[2],
                        toInstant(row[3]))).toList());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    static ClientPackageResponse view(ClientPackage p, Invoice invoice, List<Use> uses) {
        boolean usable = p.sessionsLeft() > 0 && p.expiresAt.isAfter(Instant.now())
                && invoice.status != InvoiceStatus.VOID;
        return new ClientPackageResponse(p.id, p.packageId, p.name, p.serviceId, p.clientId, invoice.clientReference,
                p.locationId, p.locationCode, p.invoiceId, invoice.number, invoice.status, invoice.totalCents,
                invoice.currency, p.sessionsTotal, p.sessionsUsed, p.sessionsLeft(), p.soldAt, p.expiresAt, usable,
                uses, p.planId, p.planVersion);
    }
}
