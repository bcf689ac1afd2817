package io.remedy.records.plan;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.remedy.records.plan.PlanView.HomeworkItem;
import io.remedy.records.plan.PlanView.NewPlan;
import io.remedy.records.plan.PlanView.PlanChange;
import io.remedy.records.plan.PlanView.PlanResponse;
import io.remedy.records.plan.PlanView.PlanVersionResponse;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A client's treatment plans, their versions and homework. */
@Path("/api/v1/records/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment plans")
@SecurityRequirement(name = "jwt")
public class PlanResource {

    private final PlanChanges changes;
    private final PlanService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public PlanResource(PlanChanges changes, PlanService service, Caller caller, Idempotency idempotency) {
        this.changes = changes;
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/plans")
    @Operation(operationId = "createTreatmentPlan",
            summary = "Writes a new treatment plan (treating therapist, with a current treatment consent); publishes plan.updated")
    @APIResponse(responseCode = "201", description = "Version 1 of the plan; Location names it",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range, or a code unknown")
    @APIResponse(responseCode = "403", description = "Not the client's treating therapist")
    @APIResponse(responseCode = "409", description = "No current treatment consent (errors name consent)")
    public Uni<Response> create(@PathParam("clientId") UUID clientId,
                                @Parameter(description = "Makes a retried POST return the first result")
                                @HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull NewPlan request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> changes.create(caller, clientId, request)
                .map(plan -> Created.at(uri.getAbsolutePathBuilder().path(plan.id().toString()).build(), plan)));
    }

    @GET
    @Path("/plans")
    @Operation(operationId = "listTreatmentPlans",
            summary = "The client's treatment plans, oldest first (clinicians, managers, the client); audited")
    public Uni<Page<PlanResponse>> list(@PathParam("clientId") UUID clientId,
                                        @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        return service.list(caller, clientId, Cursor.keyset(cursor), Limit.of(limit));
    }

    @GET
    @Path("/plans/{planId}")
    @Operation(operationId = "getTreatmentPlan",
            summary = "One treatment plan as it stands, with its version as ETag; audited")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Uni<Response> get(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId) {
        return service.get(caller, clientId, planId).map(PlanResource::withETag);
    }

    @PUT
    @Path("/plans/{planId}")
    @Operation(operationId = "changeTreatmentPlan",
            summary = "Changes a plan: a new version with who, when and why (treating therapist); publishes plan.updated")
    @APIResponse(responseCode = "200", description = "The new version", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "No current treatment consent")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<Response> change(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId,
                                @Parameter(description = "The ETag of the version the change is based on")
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull PlanChange request) {
        return changes.change(caller, clientId, planId, ifMatch, request).map(PlanResource::withETag);
    }

    @GET
    @Path("/plans/{planId}/versions")
    @Operation(operationId = "listTreatmentPlanVersions",
            summary = "Every version of a plan, whole, with who, when and why, oldest first; audited")
    public Uni<Page<PlanVersionResponse>> versions(@PathParam("clientId") UUID clientId,
                                                   @PathParam("planId") UUID planId,
                                                   @QueryParam("limit") String limit,
                                                   @QueryParam("cursor") String cursor) {
        return service.versions(caller, clientId, planId, Cursor.keyset(cursor), Limit.of(limit));
    }

    @GET
    @Path("/homework")
    @Operation(operationId = "getHomework",
            summary = "The homework of the client's active plans (the client, clinicians, managers); audited")
    public Uni<Page<HomeworkItem>> homework(@PathParam("clientId") UUID clientId) {
        return service.homework(caller, clientId);
    }

    private static Response withETag(PlanResponse plan) {
        return Response.ok(plan).header(HttpHeaders.ETAG, IfMatch.etag(plan.version())).build();
    }
}
