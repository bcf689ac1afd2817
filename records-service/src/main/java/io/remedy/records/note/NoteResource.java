package io.remedy.records.note;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.remedy.records.note.NoteView.AmendmentResponse;
import io.remedy.records.note.NoteView.NewAmendment;
import io.remedy.records.note.NoteView.NoteDraft;
import io.remedy.records.note.NoteView.NoteResponse;
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

/** The notes of one session. */
@Path("/api/v1/records/sessions/{sessionId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session notes")
@SecurityRequirement(name = "jwt")
public class NoteResource {

    private final NoteService service;
    private final NoteAmendments amendments;
    private final Caller caller;
    private final Idempotency idempotency;

    public NoteResource(NoteService service, NoteAmendments amendments, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.amendments = amendments;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listSessionNotes",
            summary = "The notes of a session (its therapists, chain admins, the location's managers; never "
            + "receptionists or clients); audited")
    @APIResponse(responseCode = "200", description = "The session's notes, oldest first (one page: nextCursor is null)")
    public Uni<Page<NoteResponse>> list(@PathParam("sessionId") UUID sessionId) {
        return service.forSession(caller, sessionId).map(Page::whole);
    }

    @PUT
    @Operation(operationId = "saveNoteDraft",
            summary = "Saves the SOAP draft of a completed session's note (its treating therapist, with a current "
            + "treatment consent); If-Match names the note's version")
    @APIResponse(responseCode = "200", description = "The saved draft", headers = @Header(name = HttpHeaders.ETAG),
            content = @Content(schema = @Schema(implementation = NoteResponse.class)))
    @APIResponse(responseCode = "403", description = "Not the session's treating therapist")
    @APIResponse(responseCode = "409", description = "Signed (locked), cancelled, not completed yet, or no current "
            + "treatment consent")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<Response> draft(@PathParam("sessionId") UUID sessionId,
                               @Parameter(description = "The ETag (version) of the note the draft is based on")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull NoteDraft draft) {
        return service.draft(caller, sessionId, ifMatch, draft)
                .map(note -> Response.ok(note).header(HttpHeaders.ETAG, IfMatch.etag(note.version())).build());
    }

    @POST
    @Path("/{noteId}/sign")
    @Operation(operationId = "signNote",
            summary = "Signs the note, which locks it (its treating therapist); If-Match is checked when sent")
    @APIResponse(responseCode = "200", description = "Signed")
    @APIResponse(responseCode = "409", description = "Nothing written yet, already signed, cancelled, or no consent")
    public Uni<NoteResponse> sign(@PathParam("sessionId") UUID sessionId, @PathParam("noteId") UUID noteId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.sign(caller, sessionId, noteId, ifMatch);
    }

    @POST
    @Path("/{noteId}/amendments")
    @Operation(operationId = "amendNote",
            summary = "Amends a signed note (its treating therapist); the signed text stays as it was")
    @APIResponse(responseCode = "201", description = "Amended; Location names the amendment",
            content = @Content(schema = @Schema(implementation = AmendmentResponse.class)))
    @APIResponse(responseCode = "409", description = "The note is not signed: edit the draft instead")
    public Uni<Response> amend(@PathParam("sessionId") UUID sessionId, @PathParam("noteId") UUID noteId,
                               @Parameter(description = "Makes a retried POST return the first result")
                               @HeaderParam(Idempotency.HEADER) String key,
                               @Valid @NotNull NewAmendment request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request,
                () -> amendments.amend(caller, sessionId, noteId, request, uri.getAbsolutePath()));
    }

    @GET
    @Path("/{noteId}/amendments")
    @Operation(operationId = "listNoteAmendments",
            summary = "The amendments of a note, oldest first (whoever reads the note); audited")
    public Uni<Page<AmendmentResponse>> amendments(@PathParam("sessionId") UUID sessionId,
                                                   @PathParam("noteId") UUID noteId,
                                                   @QueryParam("limit") String limit,
                                                   @QueryParam("cursor") String cursor) {
        return amendments.amendments(caller, sessionId, noteId, Cursor.keyset(cursor), Limit.of(limit));
    }

    @GET
    @Path("/{noteId}/amendments/{amendmentId}")
    @Operation(operationId = "getNoteAmendment",
            summary = "One amendment; audited")
    public Uni<AmendmentResponse> amendment(@PathParam("sessionId") UUID sessionId, @PathParam("noteId") UUID noteId,
                                            @PathParam("amendmentId") UUID amendmentId) {
        return amendments.amendment(caller, sessionId, noteId, amendmentId);
    }
}
