package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.ServiceView.NewService;
import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.booking.catalogue.ServiceView.ServiceUpdate;
import io.remedy.booking.therapist.TherapistRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
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

    public CatalogueService(BookableServiceRepository services, ServiceOfferingRepository offerings,
                            TherapistRepository therapists) {
        this.services = services;
        this.offerings = offerings;
        this.therapists = therapists;
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
                    .map(saved -> ServiceResponse.of(saved, offeredBy));
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
                        .map(done -> ServiceResponse.of(service, offeredBy));
            });
        });
    }

    @WithSession
    public Uni<List<ServiceResponse>> list(Caller caller) {
        return services.listInTenant(caller.tenant()).flatMap(all -> offerings.listInTenant(caller.tenant())
                .map(offered -> {
                    Map<UUID, List<UUID>> byService = offered.stream().collect(Collectors.groupingBy(
                            o -> o.serviceId, Collectors.mapping(o -> o.therapistId, Collectors.toList())));
                    List<ServiceResponse> views = new ArrayList<>();
                    for (BookableService service : all) {
                        views.add(ServiceResponse.of(service, byService.getOrDefault(service.id, List.of())));
                    }
                    return views;
                }));
    }

    @WithSession
    public Uni<ServiceResponse> get(Caller caller, UUID id) {
        return existing(caller, id).flatMap(service -> offerings.listOf(caller.tenant(), service.id)
                .map(offered -> ServiceResponse.of(service, offered.stream().map(o -> o.therapistId).toList())));
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
