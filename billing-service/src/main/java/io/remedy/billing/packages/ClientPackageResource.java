package io.remedy.billing.packages;

import io.remedy.billing.packages.PackageView.ClientPackageResponse;
import io.remedy.billing.packages.PackageView.NewClientPackage;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.query.QueryParams;
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

/** Packages clients hold: sold at the front desk, used up by completed sessions of their service. */
@Path("/api/v1/billing/client-packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Packages")
@SecurityRequirement(name = "jwt")
public class ClientPackageResource {

    private final ClientPackageSales sales;
    private final ClientPackageService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public ClientPackageResource(ClientPackageSales sales, ClientPackageService service, Caller caller,
                                 Idempotency idempotency) {
        this.sales = sales;
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sellClientPackage", summary = "Sells a package to a client at a location",
            description = "The front desk of the location or a chain admin. Issues the package's invoice at the"
                    + " location, in its currency and at its tax rate; pay it like any invoice. From then on a"
                    + " completed session of the package's service uses one of its sessions instead of being"
                    + " invoiced. With planId, the treatment plan's series is sold: to the plan's client, as the"
                    + " chain's package on sale of the plan's service and number of sessions (the cheapest in the"
                    + " location's currency if several); once per plan while that sale's invoice is not void."
                    + " Idempotency-Key: a retry answers the first result.")
    @APIResponse(responseCode = "201", description = "Sold; the body names the invoice to pay",
            content = @Content(schema = @Schema(implementation = ClientPackageResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not the front desk of the location")
    @APIResponse(responseCode = "404", description = "No such location, package, client or plan in the caller's chain")
    @APIResponse(responseCode = "409", description = "The package is retired or has no price in the location's"
            + " currency (packageId), or the location's currency is not known yet (locationId); the plan is not"
            + " active, names no service, is sold already or has no package on sale (planId)")
    public Uni<Response> sell(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewClientPackage request,
                              @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> sales.sell(caller, request)
                .map(sold -> Created.at(uri.getBaseUriBuilder().path("/api/v1/billing/client-packages")
                        .path(sold.id().toString()).build(), sold)));
    }

    @GET
    @Operation(operationId = "listClientPackages", summary = "Lists packages clients hold, most recently sold first",
            description = "A client their own; the front desk those sold at its locations; chain admins all;"
                    + " therapists are refused (amounts).")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "A therapist")
    public Uni<Page<ClientPackageResponse>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("clientId") @Parameter(description = "Only this client's packages") String clientId,
            @QueryParam("locationId") @Parameter(description = "Only packages sold at this location") String locationId,
            @QueryParam("usable") @DefaultValue("false")
            @Parameter(description = "Only packages with sessions left, not expired, not voided") boolean usable) {
        return service.list(caller, new ClientPackageService.Filter(QueryParams.optionalUuid("clientId", clientId),
                QueryParams.locationId(locationId), usable), Limit.of(limit), cursor);
    }

    @GET
    @Path("/{clientPackageId}")
    @Operation(operationId = "getClientPackage", summary = "Reads a package a client holds, with the sessions it paid for",
            description = "Who may see it as in the list.")
    @APIResponse(responseCode = "200", description = "The package and its uses")
    @APIResponse(responseCode = "403", description = "A therapist")
    @APIResponse(responseCode = "404", description = "No such package, or not one the caller may see")
    public Uni<ClientPackageResponse> get(@PathParam("clientPackageId") UUID clientPackageId) {
        return service.get(caller, clientPackageId);
    }
}
