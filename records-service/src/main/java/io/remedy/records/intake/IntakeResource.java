package io.remedy.records.intake;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.remedy.records.intake.IntakeView.IntakeAnswers;
import io.remedy.records.intake.IntakeView.IntakeResponse;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** A client's intake: history, load, medication, pain and goals; versioned. */
@Path("/api/v1/records/clients/{clientId}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
@SecurityRequirement(name = "jwt")
public class IntakeResource {

    private final IntakeService service;
    private final Caller caller;

    public IntakeResource(IntakeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @Operation(operationId = "writeIntake",
            summary = "Writes the intake as a new version (the client themself, or their treating therapist); "
            + "answers that map to red-flag codes raise a red flag")
    @APIResponse(responseCode = "201", description = "The first version", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = IntakeResponse.class)))
    @APIResponse(responseCode = "200", description = "A new version", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = IntakeResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing and the client has an intake already")
    public Uni<Response> write(@PathParam("clientId") UUID clientId,
                               @Parameter(description = "The ETag of the version the change is based on; none for the first")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull IntakeAnswers answers, @Context UriInfo uri) {
        return service.write(caller, clientId, ifMatch, answers).map(intake -> (intake.version() == 1
                ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(intake).header(HttpHeaders.ETAG, IfMatch.etag(intake.version())).build());
    }

    @GET
    @Operation(operationId = "getIntake",
            summary = "The current intake, or ?version=n (clinicians, managers, the client); audited even when there is none")
    @APIResponse(responseCode = "200", description = "The intake", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = IntakeResponse.class)))
    @APIResponse(responseCode = "404", description = "No intake (or no such version) yet")
    public Uni<Response> read(@PathParam("clientId") UUID clientId,
                              @Parameter(description = "A version to read instead of the current one")
                              @QueryParam("version") @Min(1) Integer version) {
        return service.read(caller, clientId, version).map(intake -> {
            if (intake == null) {
                throw ProblemException.notFound(version == null ? "The client has no intake yet"
                        : "The client's intake has no version " + version);
            }
            return Response.ok(intake).header(HttpHeaders.ETAG, IfMatch.etag(intake.version())).build();
        });
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listIntakeVersions",
            summary = "Every version of the intake, oldest first; audited")
    public Uni<Page<IntakeResponse>> versions(@PathParam("clientId") UUID clientId,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("cursor") String cursor) {
        return service.versions(caller, clientId, Cursor.keyset(cursor), Limit.of(limit));
    }
}
