package io.remedy.records.assessment;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.records.assessment.AssessmentView.AssessmentResponse;
import io.remedy.records.assessment.AssessmentView.NewAssessment;
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

/** A client's outcome assessments. */
@Path("/api/v1/records/clients/{clientId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
@SecurityRequirement(name = "jwt")
public class AssessmentResource {

    private final AssessmentService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public AssessmentResource(AssessmentService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "recordAssessment",
            summary = "Records an assessment (treating therapist, with a current treatment consent); the response "
            + "carries the ODI score and band; publishes assessment.recorded")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Out of range (e.g. nrs 11, odiAnswers[3] = 6, not 10 ODI "
            + "answers, all skipped, negative degrees), unknown code; nothing is written")
    @APIResponse(responseCode = "403", description = "Not the client's treating therapist")
    @APIResponse(responseCode = "409", description = "No current treatment consent (errors name consent)")
    public Uni<Response> record(@PathParam("clientId") UUID clientId,
                                @Parameter(description = "Makes a retried POST return the first result")
                                @HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull NewAssessment request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.record(caller, clientId, request)
                .map(a -> Created.at(uri.getAbsolutePathBuilder().path(a.id().toString()).build(), a)));
    }

    @GET
    @Operation(operationId = "listAssessments",
            summary = "The client's assessments, first to latest (clinicians and managers); audited")
    public Uni<Page<AssessmentResponse>> list(@PathParam("clientId") UUID clientId,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("cursor") String cursor) {
        return service.list(caller, clientId, Cursor.keyset(cursor), Limit.of(limit));
    }

    @GET
    @Path("/{assessmentId}")
    @Operation(operationId = "getAssessment",
            summary = "One assessment; audited")
    public Uni<AssessmentResponse> get(@PathParam("clientId") UUID clientId,
                                       @PathParam("assessmentId") UUID assessmentId) {
        return service.get(caller, clientId, assessmentId);
    }
}
