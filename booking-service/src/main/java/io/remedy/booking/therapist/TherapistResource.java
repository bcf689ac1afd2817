package io.remedy.booking.therapist;

import io.remedy.booking.therapist.TherapistView.NewTherapist;
import io.remedy.booking.therapist.TherapistView.TherapistResponse;
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

/** The chain's therapists. */
@Path("/api/v1/therapists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Therapists")
@SecurityRequirement(name = "jwt")
public class TherapistResource {

    private final TherapistService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public TherapistResource(TherapistService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Lists the chain's therapists")
    public Uni<List<TherapistResponse>> list() {
        return service.list(caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one therapist")
    public Uni<TherapistResponse> get(@PathParam("id") UUID id) {
        return service.get(caller, id);
    }

    @POST
    @Operation(summary = "Takes a therapist on (chain admins)")
    public Uni<Response> add(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewTherapist request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.add(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }
}
