package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.invoice.InvoiceAccess;
import io.remedy.billing.invoice.InvoiceIssuer.PackageSale;
import io.remedy.billing.invoice.InvoiceIssuer;
import io.remedy.billing.packages.PackageView.ClientPackageResponse;
import io.remedy.billing.packages.PackageView.NewClientPackage;
import io.remedy.billing.packages.PackageView.PlanSeriesResponse;
import io.remedy.billing.packages.PackageView.Use;
import io.remedy.billing.session.LocationBook;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PackageSold;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Packages clients hold: the front desk of a location (or a chain admin) sells one with an invoice of the location,
 * announced as {@code package.sold} through the outbox in the sale's transaction;
 * a client reads their own, the front desk those sold at its locations, chain admins all; therapists none (amounts).
 * Every read and sale is audited.
 */
@ApplicationScoped
public class ClientPackageService {

    static final String USES = """
            SELECT session_id, location_id, location_code, used_at FROM package_use
            WHERE client_package_id = :id ORDER BY used_at, session_id""";
    static final String CLIENT = "SELECT user_id FROM client_copy WHERE tenant = :tenant AND client_id = :clientId";

    private final LocationBook locations;
    private final InvoiceIssuer invoices;
    private final AuditTrail audit;
    private final PlanSeriesBook plans;
    private final Outbox outbox;

    public ClientPackageService(LocationBook locations, InvoiceIssuer invoices, AuditTrail audit,
                                PlanSeriesBook plans, Outbox outbox) {
        this.locations = locations;
        this.invoices = invoices;
        this.audit = audit;
        this.plans = plans;
        this.outbox = outbox;
    }

    /** What a list may be narrowed to. */
    public record Filter(UUID clientId, UUID locationId, boolean usableOnly) {
    }

    /**
     * Sells a package on sale to a client of the chain at a location, in the location's currency; or, given a
     * treatment plan, the plan's series: to the plan's client, as the chain's package of the plan's service and number
     * of sessions (the cheapest in the location's currency if several).
     */
    @WithTransaction
    public Uni<ClientPackageResponse> sell(Caller caller, NewClientPackage request) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        if (request.planId() == null && request.packageId() == null) {
            throw ProblemException.validation("packageId", "is required unless planId names a treatment plan");
        }
        if (request.planId() == null && request.clientId() == null) {
            throw ProblemException.validation("clientId", "is required unless planId names a treatment plan");
        }
        return locations.find(caller.tenant(), request.locationId()).chain(location -> {
            if (location == null) {
                throw ProblemException.notFound("Location", request.locationId());
            }
            if (!caller.hasRole(Caller.CHAIN_ADMIN) && !caller.mayActAt(location.code())) {
                throw ProblemException.forbidden("Only the front desk of " + location.code()
                        + " or a chain admin sells packages there");
            }
            if (location.currency() == null) {
                throw ProblemException.conflict("Billing does not know the currency of " + location.code()
                        + " yet: it learns it from the location's first priced session",
                        new FieldError("locationId", "has no known currency yet"));
            }
            if (request.planId() != null) {
                return sellSeries(caller, request, location);
            }
            return PackageDefinition.<PackageDefinition>find("id = ?1 and tenant = ?2", request.packageId(),
                    caller.tenant()).firstResult().chain(definition -> {
                        if (definition == null) {
                            throw ProblemException.notFound("Package", request.packageId());
                        }
                        if (!definition.active) {
                            throw ProblemException.conflict("The package is no longer on sale",
                                    new FieldError("packageId", "is retired"));
                        }
                        return PackagePrice.<PackagePrice>find("packageId = ?1 and currency = ?2", definition.id,
                                location.currency()).firstResult().chain(price -> {
                                    if (price == null) {
                                        throw ProblemException.conflict("The package has no price in "
                                                + location.currency() + ", the currency of " + location.code(),
                                                new FieldError("packageId", "has no price in " + location.currency()));
                                    }
                                    return clientLogin(caller.tenant(), request.clientId()).chain(login ->
                                            sell(caller, request.clientId(), location, definition, price, login,
                                                    null));
                                });
                    });
        });
    }

    /** A plan's series sold as the chain's package of its service and number of sessions. */
    private Uni<ClientPackageResponse> sellSeries(Caller caller, NewClientPackage request,
                                                 LocationBook.Location location) {
        return plans.lock(caller.tenant(), request.planId()).chain(series -> {
            if (series == null || !mayAct(caller, series)) {
                throw ProblemException.notFound("Treatment plan", request.planId());
            }
            if (request.clientId() != null && !request.clientId().equals(series.clientId())) {
                throw ProblemException.conflict("The plan is another client's",
                        new FieldError("clientId", "is not the plan's client"));
            }
            if (!series.active()) {
                throw ProblemException.conflict("Only an active plan's series is sold; this plan is "
                        + series.status().toLowerCase(java.util.Locale.ROOT),
                        new FieldError("planId", "is " + series.status().toLowerCase(java.util.Locale.ROOT)));
            }
            if (series.serviceId() == null || series.sessionCount() < 1) {
                throw ProblemException.conflict("The plan names no service or counts no sessions to sell",
                        new FieldError("planId", series.serviceId() == null ? "names no service"
                                : "counts no sessions"));
            }
            return soldFrom(caller.tenant(), series.planId()).chain(sold -> {
                if (sold != null) {
                    throw ProblemException.conflict("The plan's series is sold already, as " + sold,
                            new FieldError("planId", "is sold already (" + sold + ")"));
                }
                return offer(caller.tenant(), series, location.currency());
            }).chain(offer -> {
                if (request.packageId() != null && (offer == null || !offer.definition().id.equals(request.packageId()))) {
                    return PackageDefinition.<PackageDefinition>find("id = ?1 and tenant = ?2", request.packageId(),
                            caller.tenant()).firstResult().map(named -> {
                                if (named == null) {
                                    throw ProblemException.notFound("Package", request.packageId());
                                }
                                throw ProblemException.conflict("The package does not sell this plan's series of "
                                        + series.sessionCount() + " sessions of its service in "
                                        + location.currency(), new FieldError("packageId",
                                        "is not a package of the plan's service and number of sessions on sale in "
                                                + location.currency()));
                            });
                }
                if (offer == null) {
                    throw ProblemException.conflict("The chain sells no package of " + series.sessionCount()
                            + " sessions of the plan's service in " + location.currency()
                            + ": a chain admin puts one on sale", new FieldError("planId",
                            "has no package of its service and " + series.sessionCount() + " sessions on sale in "
                                    + location.currency()));
                }
                return clientLogin(caller.tenant(), series.clientId()).chain(login -> sell(caller, series.clientId(),
                        location, offer.definition(), offer.price(), login, series));
            });
        });
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
                                .min(java.util.Comparator.<PackagePrice>comparingInt(p -> p.priceCents)
                                        .thenComparing(p -> byId.get(p.packageId).createdAt))
                                .map(p -> new Offer(byId.get(p.packageId), p)).orElse(null);
                    });
                });
    }

    /** The number of the invoice that sold the plan's series, if a sale of it stands (its invoice not void). */
    private static Uni<String> soldFrom(String tenant, UUID planId) {
        return ClientPackage.<ClientPackage>list("tenant = ?1 and planId = ?2", tenant, planId)
                .chain(held -> invoicesOf(held).map(sold -> held.stream()
                        .map(p -> sold.get(p.invoiceId))
                        .filter(invoice -> invoice.status != InvoiceStatus.VOID)
                        .map(invoice -> invoice.number).findFirst().orElse(null)));
    }

    /** A chain admin, or the front desk of the plan's location. */
    static boolean mayAct(Caller caller, PlanSeriesBook.Series series) {
        return caller.hasRole(Caller.CHAIN_ADMIN) || caller.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)
                && (caller.actsAtAllLocations() || series.locationCode() != null
                && caller.mayActAt(series.locationCode()));
    }

    /** The series of the plans the caller may sell from, newest first, one page: with their offer and any sale. */
    @WithTransaction
    public Uni<Page<PlanSeriesResponse>> series(Caller caller, UUID clientId, int limit, String cursorText) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        Cursor.Keyset cursor = Cursor.keyset(cursorText);
        return plans.visible(caller, clientId, cursor, limit).chain(found -> {
            Uni<List<PlanSeriesResponse>> views = Uni.createFrom().item(new java.util.ArrayList<>());
            for (PlanSeriesBook.Series series : found) {
                views = views.chain(done -> locations.find(caller.tenant(), series.locationId())
                        .chain(location -> offer(caller.tenant(), series, location == null ? null : location.currency()))
                        .chain(offer -> soldAs(caller.tenant(), series.planId()).map(sold -> {
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

    /** The package a plan's series stands sold as (its invoice not void), if any. */
    private static Uni<UUID> soldAs(String tenant, UUID planId) {
        return ClientPackage.<ClientPackage>list("tenant = ?1 and planId = ?2", tenant, planId)
                .chain(held -> invoicesOf(held).map(sold -> held.stream()
                        .filter(p -> sold.get(p.invoiceId).status != InvoiceStatus.VOID)
                        .map(p -> p.id).findFirst().orElse(null)));
    }

    private Uni<ClientPackageResponse> sell(Caller caller, UUID clientId, LocationBook.Location location,
                                            PackageDefinition definition, PackagePrice price, String clientUserId,
                                            PlanSeriesBook.Series series) {
        return invoices.sell(caller.tenant(), new PackageSale(location, clientId, clientUserId,
                        definition.name, definition.serviceId, price.priceCents, price.currency))
                .chain(invoice -> {
                    ClientPackage held = new ClientPackage();
                    held.id = UUID.randomUUID();
                    held.tenant = caller.tenant();
                    held.packageId = definition.id;
                    held.name = definition.name;
                    held.serviceId = definition.serviceId;
                    held.clientId = clientId;
                    held.clientUserId = clientUserId;
                    held.locationId = location.id();
                    held.locationCode = location.code();
                    held.invoiceId = invoice.id;
                    held.sessionsTotal = definition.sessionCount;
                    held.sessionsUsed = 0;
                    held.soldBy = caller.userId();
                    held.soldAt = invoice.issuedAt;
                    held.expiresAt = invoice.issuedAt.plus(definition.expiryDays, ChronoUnit.DAYS);
                    held.planId = series == null ? null : series.planId();
                    held.planVersion = series == null ? null : series.version();
                    return held.persist()
                            .chain(() -> outbox.append(OutgoingEvent.of(new PackageSold(held.id, held.packageId,
                                    held.planId, invoice.id, held.locationId, held.locationCode, held.clientId,
                                    held.serviceId, held.sessionsTotal, invoice.totalCents, invoice.currency,
                                    held.soldAt, held.expiresAt), held.tenant)))
                            .chain(() -> audit.record(caller, AuditTrail.Action.PACKAGE_SALE,
                                    "invoice " + invoice.number, held.clientId, held.locationCode))
                            .map(ignored -> view(held, invoice, List.of()));
                });
    }

    /** The client's login as billing knows it; a client billing never heard of is refused (404). */
    private static Uni<String> clientLogin(String tenant, UUID clientId) {
        // no result class: see NativeScalars
        return Panache.getSession().chain(session -> session.createNativeQuery(CLIENT)
                        .setParameter("tenant", tenant).setParameter("clientId", clientId).getResultList())
                .map(found -> {
                    if (found.isEmpty()) {
                        throw ProblemException.notFound("Client", clientId);
                    }
                    return NativeScalars.asString(found.get(0));
                });
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

    private static Uni<Map<UUID, Invoice>> invoicesOf(List<ClientPackage> held) {
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
