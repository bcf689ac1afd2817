package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.packages.PackageView.PlanSeriesResponse;
import io.remedy.billing.session.LocationBook;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The series treatment plans prescribe, offered for sale as packages: which of the chain's packages sells a plan's
 * series, whether a sale of it stands, and the list the front desk sells from (audited). The sale itself is
 * {@link ClientPackageSales}'.
 */
@ApplicationScoped
public class PlanSeriesOffers {

    private final LocationBook locations;
    private final AuditTrail audit;
    private final PlanSeriesBook plans;

    public PlanSeriesOffers(LocationBook locations, AuditTrail audit, PlanSeriesBook plans) {
        this.locations = locations;
        this.audit = audit;
        this.plans = plans;
    }

    /** The series of the plans the caller may sell from, newest first, one page: with their offer and any sale. */
    @WithTransaction
    public Uni<Page<PlanSeriesResponse>> series(Caller caller, UUID clientId, int limit, String cursorText) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        Cursor.Keyset cursor = Cursor.keyset(cursorText);
        return plans.visible(caller, clientId, cursor, limit).chain(found -> {
            Uni<List<PlanSeriesResponse>> views = Uni.createFrom().item(new ArrayList<>());
            for (PlanSeriesBook.Series series : found) {
                views = views.chain(done -> locations.find(caller.tenant(), series.locationId())
                        .chain(location -> offer(caller.tenant(), series, location == null ? null : location.currency()))
                        .chain(offer -> standingSale(caller.tenant(), series.planId()).map(sale -> {
                            UUID sold = sale == null ? null : sale.held().id;
                            boolean sellable = series.active() && offer != null && sold == null;
                            done.add(new PlanSeriesResponse(series.planId(), series.version(), series.status(),
                                    series.clientId(), series.locationId(), series.locationCode(), series.serviceId(),
                                    series.sessionCount(), series.changedAt(),
                                    offer == null ? null : offer.definition().id,
                                    offer == null ? null : offer.definition().name, sold, sellable));
                            return done;
                        })));
            }
            return views;
        }).call(() -> audit.record(caller, AuditTrail.Action.LIST, "plan series", clientId, null))
                .map(views -> Page.of(views, limit, (PlanSeriesResponse s) -> Cursor.after(s.changedAt(), s.planId())));
    }

    /** A package on sale and its price in one currency. */
    record Offer(PackageDefinition definition, PackagePrice price) {
    }

    /**
     * The chain's package on sale that sells a plan's series: its service and number of sessions, priced in the
     * currency; the cheapest if several (then the oldest); null if none.
     */
    static Uni<Offer> offer(String tenant, PlanSeriesBook.Series series, String currency) {
        if (series.serviceId() == null || series.sessionCount() < 1) {
            return Uni.createFrom().nullItem();
        }
        return PackageDefinition.<PackageDefinition>list(
                        "tenant = ?1 and serviceId = ?2 and sessionCount = ?3 and active = true order by createdAt, id",
                        tenant, series.serviceId(), series.sessionCount())
                .chain(definitions -> {
                    if (definitions.isEmpty()) {
                        return Uni.createFrom().<Offer>nullItem();
                    }
                    Map<UUID, PackageDefinition> byId = definitions.stream()
                            .collect(Collectors.toMap(d -> d.id, Function.identity()));
                    String query = currency == null ? "packageId in ?1" : "packageId in ?1 and currency = ?2";
                    Uni<List<PackagePrice>> prices = currency == null
                            ? PackagePrice.list(query, byId.keySet())
                            : PackagePrice.list(query, byId.keySet(), currency);
                    return prices.map(found -> {
                        if (currency == null) {
                            return new Offer(definitions.get(0), null);
                        }
                        return found.stream()
                                .min(Comparator.<PackagePrice>comparingInt(p -> p.priceCents)
                                        .thenComparing(p -> byId.get(p.packageId).createdAt))
                                .map(p -> new Offer(byId.get(p.packageId), p)).orElse(null);
                    });
                });
    }

    /** A package sold from a plan's series, and the invoice that sold it. */
    record Sale(ClientPackage held, Invoice invoice) {
    }

    /** The sale of the plan's series that stands (its invoice not void), if any. */
    static Uni<Sale> standingSale(String tenant, UUID planId) {
        return ClientPackage.<ClientPackage>list("tenant = ?1 and planId = ?2", tenant, planId)
                .chain(held -> ClientPackageService.invoicesOf(held).map(sold -> held.stream()
                        .filter(p -> sold.get(p.invoiceId).status != InvoiceStatus.VOID)
                        .map(p -> new Sale(p, sold.get(p.invoiceId))).findFirst().orElse(null)));
    }

    /** A chain admin, or the front desk of the plan's location. */
    static boolean mayAct(Caller caller, PlanSeriesBook.Series series) {
        return caller.hasRole(Caller.CHAIN_ADMIN) || caller.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)
                && (caller.actsAtAllLocations() || series.locationCode() != null
                && caller.mayActAt(series.locationCode()));
    }
}
