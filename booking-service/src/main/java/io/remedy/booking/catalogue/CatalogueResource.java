package io.remedy.booking.catalogue;

import io.remedy.booking.catalogue.ServiceView.NewService;
import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The chain's service catalogue: what can be booked, for how long, at what price. */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
@SecurityRequirement(name = "jwt")
public class CatalogueResource {

    private final CatalogueService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public CatalogueResource(CatalogueService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Lists the chain's services")
    public Uni<List<ServiceResponse>> list() {
        return service.list(caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one service")
    public Uni<ServiceResponse> get(@PathParam("id") UUID id) {
        return service.get(caller, id);
    }

    @POST
    @Operation(summary = "Adds a service to the catalogue (chain admins)")
    public Uni<Response> add(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewService request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.add(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }
}
