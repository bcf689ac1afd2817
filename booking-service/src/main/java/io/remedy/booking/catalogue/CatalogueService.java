package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.catalogue.ServiceView.NewService;
import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The chain's service catalogue: chain admins set it; anyone in the chain reads it to book. */
@ApplicationScoped
public class CatalogueService {

    private final BookableServiceRepository services;

    public CatalogueService(BookableServiceRepository services) {
        this.services = services;
    }

    @WithTransaction
    public Uni<ServiceResponse> add(Caller caller, NewService request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        BookableService service = new BookableService();
        service.id = UUID.randomUUID();
        service.tenant = caller.tenant();
        service.name = request.name();
        service.durationMinutes = request.durationMinutes();
        service.bufferMinutes = request.bufferMinutes() == null ? 0 : request.bufferMinutes();
        service.priceCents = request.priceCents();
        service.currency = request.currency();
        service.createdAt = Instant.now();
        return services.persistAndFlush(service).map(ServiceResponse::of);
    }

    @WithSession
    public Uni<List<ServiceResponse>> list(Caller caller) {
        return services.listInTenant(caller.tenant()).map(all -> all.stream().map(ServiceResponse::of).toList());
    }

    @WithSession
    public Uni<ServiceResponse> get(Caller caller, UUID id) {
        return services.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Service", id))
                .map(ServiceResponse::of);
    }
}
