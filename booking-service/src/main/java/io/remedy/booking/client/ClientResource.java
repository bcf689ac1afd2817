package io.remedy.booking.client;

import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The chain's clients. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@SecurityRequirement(name = "jwt")
public class ClientResource {

    private final ClientService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public ClientResource(ClientService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Finds clients by name, email or phone (staff)")
    public Uni<List<ClientResponse>> find(@QueryParam("q") String text,
                                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.find(caller, text, limit);
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in client's own record")
    public Uni<ClientResponse> me() {
        return service.me(caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one client (staff, or the client themself)")
    public Uni<ClientResponse> get(@PathParam("id") UUID id) {
        return service.get(caller, id);
    }

    @POST
    @Operation(summary = "Registers a client (front desk)")
    public Uni<Response> register(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewClient request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.register(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }
}
