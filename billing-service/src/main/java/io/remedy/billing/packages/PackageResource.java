package io.remedy.billing.packages;

import io.remedy.billing.packages.PackageView.NewPackage;
import io.remedy.billing.packages.PackageView.PackageResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The packages a chain sells: sessions of one service, prepaid, valid for some days after the sale. */
@Path("/api/v1/billing/packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Packages")
@SecurityRequirement(name = "jwt")
public class PackageResource {

    private final PackageService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public PackageResource(PackageService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPackage", summary = "Puts a package of sessions on sale",
            description = "Chain admins. A price per currency: a location sells the package in its own currency."
                    + " Idempotency-Key: a retry answers the first result.")
    @APIResponse(responseCode = "201", description = "On sale; Location names it",
            content = @Content(schema = @Schema(implementation = PackageResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "409", description = "The chain has a package of that name (name)")
    public Uni<Response> create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewPackage request,
                                @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.create(caller, request)
                .map(created -> Created.at(uri.getBaseUriBuilder().path("/api/v1/billing/packages")
                        .path(created.id().toString()).build(), created)));
    }

    @GET
    @Operation(operationId = "listPackages", summary = "Lists the chain's packages, newest first",
            description = "Chain admins, branch managers and receptionists with prices; therapists without"
                    + " (prices null); clients are refused. Retired packages only with includeRetired=true.")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "A client")
    public Uni<Page<PackageResponse>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("includeRetired") @DefaultValue("false")
            @Parameter(description = "Also packages no longer on sale") boolean includeRetired) {
        return service.list(caller, includeRetired, Limit.of(limit), cursor);
    }

    @GET
    @Path("/{packageId}")
    @Operation(operationId = "getPackage", summary = "Reads one package of the chain",
            description = "As in the list: therapists see no prices, clients are refused.")
    @APIResponse(responseCode = "200", description = "The package")
    @APIResponse(responseCode = "403", description = "A client")
    @APIResponse(responseCode = "404", description = "No such package in the caller's chain")
    public Uni<PackageResponse> get(@PathParam("packageId") UUID packageId) {
        return service.get(caller, packageId);
    }

    @POST
    @Path("/{packageId}/retire")
    @Operation(operationId = "retirePackage", summary = "Takes a package off sale",
            description = "Chain admins. Packages already sold stay valid until they expire. Retiring a retired"
                    + " package changes nothing.")
    @APIResponse(responseCode = "200", description = "The package, no longer on sale")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such package in the caller's chain")
    public Uni<PackageResponse> retire(@PathParam("packageId") UUID packageId) {
        return service.retire(caller, packageId);
    }
}
