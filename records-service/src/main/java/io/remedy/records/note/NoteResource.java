package io.remedy.records.note;

import io.remedy.platform.caller.Caller;
import io.remedy.records.note.NoteView.NoteResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The notes of one session. */
@Path("/api/v1/records/sessions/{sessionId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session notes")
@SecurityRequirement(name = "jwt")
public class NoteResource {

    private final NoteService service;
    private final Caller caller;

    public NoteResource(NoteService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The notes of a session (treating therapist, chain admins, the location's managers); audited")
    public Uni<List<NoteResponse>> list(@PathParam("sessionId") UUID sessionId) {
        return service.forSession(caller, sessionId);
    }
}
