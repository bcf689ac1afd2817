package io.remedy.booking.catalogue;

import io.remedy.booking.catalogue.ServiceView.NewService;
import io.remedy.booking.catalogue.ServiceView.ServiceResponse;
import io.remedy.booking.catalogue.ServiceView.ServiceUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(operationId = "listServices",
            summary = "Lists the chain's services",
            description = "In name order, each with who offers it and its own prices at locations. One page at a time: "
                    + "pass nextCursor as cursor (a chain's catalogue usually fits one page of the default 100).")
    @APIResponse(responseCode = "200", description = "A page of services")
    public Uni<Page<ServiceResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.list(caller, Limit.of(limit, 100, 500), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getService",
            summary = "Reads one service", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The service; ETag = its version")
    public Uni<RestResponse<ServiceResponse>> get(@PathParam("id") UUID id) {
        return service.get(caller, id).map(found -> IfMatch.tagged(found, found.version()));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateService",
            summary = "Changes a service and who offers it (chain admins)",
            description = "Send the whole service, therapistIds included. Sessions already booked keep their times.")
    @APIResponse(responseCode = "200", description = "Changed; ETag = the new version")
    @APIResponse(responseCode = "400", description = "A field is not valid, or therapistIds names a stranger")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<ServiceResponse>> update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ServiceUpdate request) {
        return service.update(caller, id, ifMatch, request).map(updated -> IfMatch.tagged(updated, updated.version()));
    }

    @POST
    @Operation(operationId = "addService",
            summary = "Adds a service to the catalogue (chain admins)")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(schema = @Schema(implementation = ServiceResponse.class)))
    public Uni<Response> add(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewService request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.add(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

}
