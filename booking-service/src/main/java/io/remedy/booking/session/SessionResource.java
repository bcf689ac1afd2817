package io.remedy.booking.session;

import io.remedy.booking.session.SessionRepository.SessionFilter;
import io.remedy.booking.session.SessionView.NewSession;
import io.remedy.booking.session.SessionView.SessionResponse;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Sessions (appointments): book, read, list. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@SecurityRequirement(name = "jwt")
public class SessionResource {

    private final SessionService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public SessionResource(SessionService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Books a session (front desk for any client at their locations; a client for themself)")
    @APIResponse(responseCode = "201", description = "Booked; Location names the new session")
    @APIResponse(responseCode = "409", description = "The therapist or room is taken at that time")
    public Uni<Response> book(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewSession request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.book(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one session")
    public Uni<SessionResponse> get(@PathParam("id") UUID id) {
        return service.get(caller, id);
    }

    @GET
    @Operation(summary = "Lists sessions starting between from and to, by location, therapist or client")
    public Uni<List<SessionResponse>> list(@QueryParam("from") @NotNull OffsetDateTime from,
                                           @QueryParam("to") @NotNull OffsetDateTime to,
                                           @QueryParam("locationId") UUID locationId,
                                           @QueryParam("therapistId") UUID therapistId,
                                           @QueryParam("clientId") UUID clientId,
                                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return service.list(caller, new SessionFilter(from.toInstant(), to.toInstant(), locationId, therapistId,
                clientId), limit);
    }
}
