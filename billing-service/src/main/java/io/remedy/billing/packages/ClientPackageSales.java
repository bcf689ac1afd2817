package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.InvoiceIssuer;
import io.remedy.billing.invoice.InvoiceIssuer.PackageSale;
import io.remedy.billing.packages.PackageView.ClientPackageResponse;
import io.remedy.billing.packages.PackageView.NewClientPackage;
import io.remedy.billing.session.LocationBook;
import io.remedy.contracts.billing.PackageSold;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Selling a package to a client: the front desk of a location (or a chain admin) sells one on sale, or a treatment
 * plan's series, with an invoice of the location, announced as {@code package.sold} through the outbox in the sale's
 * transaction; audited.
 */
@ApplicationScoped
public class ClientPackageSales {

    static final String CLIENT = "SELECT user_id FROM client_copy WHERE tenant = :tenant AND client_id = :clientId";

    private final LocationBook locations;
    private final InvoiceIssuer invoices;
    private final AuditTrail audit;
    private final PlanSeriesBook plans;
    private final Outbox outbox;

    public ClientPackageSales(LocationBook locations, InvoiceIssuer invoices, AuditTrail audit, PlanSeriesBook plans,
                              Outbox outbox) {
        this.locations = locations;
        this.invoices = invoices;
        this.audit = audit;
        this.plans = plans;
        this.outbox = outbox;
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
            if (series == null || !PlanSeriesOffers.mayAct(caller, series)) {
                throw ProblemException.notFound("Treatment plan", request.planId());
            }
            if (request.clientId() != null && !request.clientId().equals(series.clientId())) {
                throw ProblemException.conflict("The plan is another client's",
                        new FieldError("clientId", "is not the plan's client"));
            }
            if (!series.active()) {
                throw ProblemException.conflict("Only an active plan's series is sold; this plan is "
                        + series.status().toLowerCase(Locale.ROOT),
                        new FieldError("planId", "is " + series.status().toLowerCase(Locale.ROOT)));
            }
            if (series.serviceId() == null || series.sessionCount() < 1) {
                throw ProblemException.conflict("The plan names no service or counts no sessions to sell",
                        new FieldError("planId", series.serviceId() == null ? "names no service"
                                : "counts no sessions"));
            }
            return PlanSeriesOffers.standingSale(caller.tenant(), series.planId()).chain(sale -> {
                if (sale != null) {
                    String sold = sale.invoice().number;
                    throw ProblemException.conflict("The plan's series is sold already, as " + sold,
                            new FieldError("planId", "is sold already (" + sold + ")"));
                }
                return PlanSeriesOffers.offer(caller.tenant(), series, location.currency());
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
                            .map(ignored -> ClientPackageService.view(held, invoice, List.of()));
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
}
