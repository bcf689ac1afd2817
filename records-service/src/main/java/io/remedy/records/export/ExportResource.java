package io.remedy.records.export;

import io.remedy.platform.caller.Caller;
import io.remedy.records.export.ExportView.ClinicalRecordExport;
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

/** The export of a client's whole clinical record. */
@Path("/api/v1/records/clients/{clientId}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Export")
@SecurityRequirement(name = "jwt")
public class ExportResource {

    private final ExportService service;
    private final Caller caller;

    public ExportResource(ExportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "exportClinicalRecord",
            summary = "The client's whole clinical record as one JSON document (the client themself, chain admins); audited")
    @APIResponse(responseCode = "200", description = "Intake versions, consents, red flags, assessments, plans with "
            + "versions, notes with amendments, sessions and the audit trail")
    @APIResponse(responseCode = "403", description = "Neither the client nor a chain admin")
    public Uni<ClinicalRecordExport> export(@PathParam("clientId") UUID clientId) {
        return service.export(caller, clientId);
    }
}
