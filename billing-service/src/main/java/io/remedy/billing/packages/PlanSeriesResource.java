package io.remedy.billing.packages;

import io.remedy.billing.packages.PackageView.PlanSeriesResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The series treatment plans prescribe, as the front desk sells them as packages. */
@Path("/api/v1/billing/plan-series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Packages")
@SecurityRequirement(name = "jwt")
public class PlanSeriesResource {

    private final PlanSeriesOffers offers;
    private final Caller caller;

    public PlanSeriesResource(PlanSeriesOffers offers, Caller caller) {
        this.offers = offers;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listPlanSeries", summary = "Lists treatment plans' series of sessions to sell as packages",
            description = "Each plan's latest version as records announced it: client, location, service and number"
                    + " of sessions (nothing clinical), the chain's package that sells it and whether it was sold."
                    + " Chain admins all; the front desk the plans of its locations; therapists and clients are"
                    + " refused. Sell one with POST /api/v1/billing/client-packages and its planId.")
    @APIResponse(responseCode = "200", description = "One page, newest plan version first; pass nextCursor as cursor")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "A therapist or a client")
    public Uni<Page<PlanSeriesResponse>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("clientId") @Parameter(description = "Only this client's plans") String clientId) {
        return offers.series(caller, QueryParams.optionalUuid("clientId", clientId), Limit.of(limit), cursor);
    }
}
