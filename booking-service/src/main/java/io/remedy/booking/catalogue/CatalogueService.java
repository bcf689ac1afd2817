package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.ServicePrices.LocationPrice;
import io.remedy.booking.catalogue.ServiceView.LocationPriceSetting;
import io.remedy.booking.catalogue.ServiceView.NewService;
import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.booking.catalogue.ServiceView.ServiceUpdate;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The chain's service catalogue: chain admins set it and who offers what; anyone in the chain reads it to book. */
@ApplicationScoped
public class CatalogueService {

    private final BookableServiceRepository services;
    private final ServiceOfferingRepository offerings;
    private final TherapistRepository therapists;
    private final ServicePrices prices;

    public CatalogueService(BookableServiceRepository services, ServiceOfferingRepository offerings,
                            TherapistRepository therapists, ServicePrices prices) {
        this.services = services;
        this.offerings = offerings;
        this.therapists = therapists;
        this.prices = prices;
    }

    @WithTransaction
    public Uni<ServiceResponse> add(Caller caller, NewService request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Set<UUID> offeredBy = request.therapistIds() == null ? Set.of() : new LinkedHashSet<>(request.therapistIds());
        return requireTherapists(caller, offeredBy).flatMap(ok -> {
            BookableService service = new BookableService();
            service.id = UUID.randomUUID();
            service.tenant = caller.tenant();
            service.name = request.name();
            service.durationMinutes = request.durationMinutes();
            service.bufferMinutes = request.bufferMinutes() == null ? 0 : request.bufferMinutes();
            service.priceCents = request.priceCents();
            service.currency = request.currency();
            service.createdAt = Instant.now();
            List<ServiceOffering> rows = offeredBy.stream().map(id -> ServiceOffering.of(service, id)).toList();
            return services.persistAndFlush(service)
                    .call(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : offerings.persist(rows))
                    .call(() -> setPrices(caller, service, request.locationPrices()))
                    .flatMap(saved -> view(caller, saved, offeredBy));
        });
    }

    /** Changes a service and who offers it (chain admins; If-Match). Sessions already booked keep their times. */
    @WithTransaction
    public Uni<ServiceResponse> update(Caller caller, UUID id, String ifMatch, ServiceUpdate request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Set<UUID> offeredBy = new LinkedHashSet<>(request.therapistIds());
        return existing(caller, id).flatMap(service -> {
            IfMatch.require(ifMatch, service.version);
            return requireTherapists(caller, offeredBy).flatMap(ok -> {
                service.name = request.name();
                service.durationMinutes = request.durationMinutes();
                service.bufferMinutes = request.bufferMinutes();
                service.priceCents = request.priceCents();
                service.currency = request.currency();
                service.updatedAt = Instant.now();
                List<ServiceOffering> rows = offeredBy.stream().map(t -> ServiceOffering.of(service, t)).toList();
                return offerings.deleteOf(caller.tenant(), service.id)
                        .call(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : offerings.persist(rows))
                        .call(() -> services.flush())
                        .call(() -> setPrices(caller, service, request.locationPrices()))
                        .flatMap(done -> view(caller, service, offeredBy));
            });
        });
    }

    /** A page of the chain's services in name order (then id), with who offers each and its own prices. */
    @WithSession
    public Uni<Page<ServiceResponse>> list(Caller caller, int limit, String cursor) {
        Cursor.Named after = Cursor.named(cursor);
        return services.page(caller.tenant(), after, limit).flatMap(rows -> views(caller, Page.shown(rows, limit))
                .map(views -> new Page<>(views, Page.next(rows, limit,
                        row -> new Cursor.Named(row.name, row.id).encode()))));
    }

    /** Every service of the chain in name order, whole: for an answer that names them all at once (FHIR). */
    @WithSession
    public Uni<List<ServiceResponse>> all(Caller caller) {
        return services.listInTenant(caller.tenant()).flatMap(all -> views(caller, all));
    }

    /** The services as the API shows them: who offers each, and its own prices at locations. */
    private Uni<List<ServiceResponse>> views(Caller caller, List<BookableService> shown) {
        List<UUID> ids = shown.stream().map(s -> s.id).toList();
        return offerings.listOf(caller.tenant(), ids).flatMap(offered -> prices.of(caller.tenant(), ids).map(priced -> {
            Map<UUID, List<UUID>> byService = offered.stream().collect(Collectors.groupingBy(
                    o -> o.serviceId, Collectors.mapping(o -> o.therapistId, Collectors.toList())));
            Map<UUID, List<LocationPrice>> pricesOf = priced.stream()
                    .collect(Collectors.groupingBy(LocationPrice::serviceId));
            List<ServiceResponse> views = new ArrayList<>();
            for (BookableService service : shown) {
                views.add(ServiceResponse.of(service, byService.getOrDefault(service.id, List.of()),
                        pricesOf.getOrDefault(service.id, List.of())));
            }
            return views;
        }));
    }

    @WithSession
    public Uni<ServiceResponse> get(Caller caller, UUID id) {
        return existing(caller, id).flatMap(service -> offerings.listOf(caller.tenant(), service.id)
                .flatMap(offered -> view(caller, service, offered.stream().map(o -> o.therapistId).toList())));
    }

    private Uni<ServiceResponse> view(Caller caller, BookableService service, Collection<UUID> offeredBy) {
        return prices.of(caller.tenant(), List.of(service.id))
                .map(priced -> ServiceResponse.of(service, offeredBy, priced));
    }

    /**
     * Sets the service's prices at single locations (none given: kept); 400 naming {@code locationPrices} for a
     * location named twice or not of the chain.
     */
    private Uni<Void> setPrices(Caller caller, BookableService service, List<LocationPriceSetting> settings) {
        if (settings == null) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> named = new HashSet<>();
        List<LocationPrice> rows = new ArrayList<>();
        for (LocationPriceSetting setting : settings) {
            if (!named.add(setting.locationId())) {
                throw ProblemException.validation("locationPrices", "names a location twice");
            }
            rows.add(new LocationPrice(service.id, setting.locationId(), setting.priceCents(), null));
        }
        return prices.replace(caller.tenant(), service.id, rows).invoke(written -> {
            if (written != rows.size()) {
                throw ProblemException.validation("locationPrices", "names a location not in this chain");
            }
        }).replaceWithVoid();
    }

    private Uni<BookableService> existing(Caller caller, UUID id) {
        return services.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Service", id));
    }

    /** 400 naming {@code therapistIds} unless every id is a therapist of the caller's chain. */
    private Uni<Void> requireTherapists(Caller caller, Set<UUID> ids) {
        return therapists.listByIds(caller.tenant(), ids).map(found -> {
            if (found.size() != ids.size()) {
                throw ProblemException.validation("therapistIds", "names a therapist not in this chain");
            }
            return null;
        });
    }
}
