package io.remedy.notification.deadletter;

import io.remedy.notification.deadletter.DeadLetterView.DeadLetter;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Dead letters: messages parked after their last try, and incoming events parked on a dead-letter topic. */
@Path("/api/v1/notifications/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters")
@SecurityRequirement(name = "jwt")
public class DeadLetterResource {

    private final DeadLetterService service;
    private final Caller caller;

    public DeadLetterResource(DeadLetterService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeadLetters",
            summary = "Lists the chain's dead letters, newest first (chain admins)")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    public Uni<Page<DeadLetter>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.page(caller, Limit.of(limit), cursor);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter",
            summary = "Replays a dead letter once (chain admins)",
            description = "A message is queued to be sent again (fresh tries); an event is published again, as it"
                    + " was, to its original topic.")
    @APIResponse(responseCode = "202", description = "Replayed",
            content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such dead letter in the chain")
    @APIResponse(responseCode = "409", description = "Replayed already")
    public Uni<Response> replay(@PathParam("id") UUID id) {
        return service.replay(caller, id).map(replayed -> Response.accepted(replayed).build());
    }
}
