package io.remedy.records.redflag;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.records.redflag.RedFlagView.ClearRedFlag;
import io.remedy.records.redflag.RedFlagView.NewRedFlag;
import io.remedy.records.redflag.RedFlagView.RedFlagResponse;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The red-flag screen of a client's lower back pain. */
@Path("/api/v1/records/clients/{clientId}/red-flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Red flags")
@SecurityRequirement(name = "jwt")
public class RedFlagResource {

    private final RedFlagService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public RedFlagResource(RedFlagService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "raiseRedFlag",
            summary = "Raises a red flag from a screen (treating therapist); publishes red-flag.raised at once")
    @APIResponse(responseCode = "201", description = "Raised, with its derived severity; Location names the flag",
            content = @Content(schema = @Schema(implementation = RedFlagResponse.class)))
    @APIResponse(responseCode = "400", description = "No or unknown finding code, unknown location or session")
    @APIResponse(responseCode = "403", description = "Not the client's treating therapist")
    @APIResponse(responseCode = "404", description = "No such client in the caller's chain")
    public Uni<Response> raise(@PathParam("clientId") UUID clientId,
                               @Parameter(description = "Makes a retried POST return the first result")
                               @HeaderParam(Idempotency.HEADER) String key,
                               @Valid @NotNull NewRedFlag request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.raise(caller, clientId, request)
                .map(flag -> Created.at(uri.getAbsolutePathBuilder().path(flag.id().toString()).build(), flag)));
    }

    @GET
    @Operation(operationId = "listRedFlags",
            summary = "The client's red flags, oldest first (clinicians and managers); audited")
    @APIResponse(responseCode = "200", description = "A page of red flags")
    public Uni<Page<RedFlagResponse>> list(@PathParam("clientId") UUID clientId,
                                           @QueryParam("limit") String limit,
                                           @QueryParam("cursor") String cursor) {
        return service.list(caller, clientId, Cursor.keyset(cursor), Limit.of(limit));
    }

    @GET
    @Path("/{flagId}")
    @Operation(operationId = "getRedFlag",
            summary = "One red flag; audited")
    public Uni<RedFlagResponse> get(@PathParam("clientId") UUID clientId, @PathParam("flagId") UUID flagId) {
        return service.get(caller, clientId, flagId);
    }

    @POST
    @Path("/{flagId}/clear")
    @Operation(operationId = "clearRedFlag",
            summary = "Clears an open red flag with the referral's outcome (treating therapist); publishes red-flag.cleared")
    @APIResponse(responseCode = "200", description = "Cleared")
    @APIResponse(responseCode = "409", description = "Already cleared")
    public Uni<RedFlagResponse> clear(@PathParam("clientId") UUID clientId, @PathParam("flagId") UUID flagId,
                                      @Valid @NotNull ClearRedFlag request) {
        return service.clear(caller, clientId, flagId, request);
    }
}
