package io.remedy.records.note;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.query.QueryParams;
import io.remedy.records.note.NoteView.OverdueNoteResponse;
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


/** Session notes still unsigned after their due time. */
@Path("/api/v1/records/notes/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session notes")
@SecurityRequirement(name = "jwt")
public class OverdueNoteResource {

    private final NoteService service;
    private final Caller caller;

    public OverdueNoteResource(NoteService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOverdueNotes",
            summary = "Overdue notes, longest overdue first: chain admins all, branch managers their locations', "
            + "therapists their own")
    @APIResponse(responseCode = "200", description = "A page of overdue notes (no clinical content)")
    @APIResponse(responseCode = "403", description = "Receptionists and clients")
    public Uni<Page<OverdueNoteResponse>> overdue(
            @Parameter(description = "Only this location") @QueryParam("locationId") String locationId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.overdue(caller, QueryParams.locationId(locationId), Cursor.keyset(cursor),
                Limit.of(limit));
    }
}
