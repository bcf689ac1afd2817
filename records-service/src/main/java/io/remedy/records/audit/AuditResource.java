package io.remedy.records.audit;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.records.audit.AuditView.AuditEntryResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The audit trail of a client's clinical record. */
@Path("/api/v1/records/clients/{clientId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "jwt")
public class AuditResource {

    private final AuditService service;
    private final Caller caller;

    public AuditResource(AuditService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listAuditEntries",
            summary = "Who read or changed the client's record, newest first (chain admins; the client themself)")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "403", description = "Not a chain admin, nor the client")
    @APIResponse(responseCode = "404", description = "No such client in the caller's chain")
    public Uni<Page<AuditEntryResponse>> trail(@PathParam("clientId") UUID clientId,
                                               @QueryParam("limit") String limit,
                                               @QueryParam("cursor") String cursor) {
        return service.trail(caller, clientId, Cursor.keyset(cursor), Limit.of(limit));
    }
}
