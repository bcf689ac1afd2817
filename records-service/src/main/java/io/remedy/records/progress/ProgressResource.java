package io.remedy.records.progress;

import io.remedy.platform.caller.Caller;
import io.remedy.records.progress.ProgressView.ProgressResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A client's outcome figures over time. */
@Path("/api/v1/records/clients/{clientId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@SecurityRequirement(name = "jwt")
public class ProgressResource {

    private final ProgressService service;
    private final Caller caller;

    public ProgressResource(ProgressService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getProgress",
            summary = "NRS and ODI over time, change since the first assessment and whether it is clinically "
            + "important, plan goals met (the client, clinicians, managers); audited")
    @APIResponse(responseCode = "200", description = "The client's progress (empty figures before any assessment)")
    public Uni<ProgressResponse> progress(@PathParam("clientId") UUID clientId) {
        return service.progress(caller, clientId);
    }
}
