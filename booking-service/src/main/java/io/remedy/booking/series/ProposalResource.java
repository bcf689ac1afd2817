package io.remedy.booking.series;

import io.remedy.booking.series.ProposalView.Confirmation;
import io.remedy.booking.series.ProposalView.ConfirmationResult;
import io.remedy.booking.series.ProposalView.ProposalResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Series of sessions proposed from clients' treatment plans, and their confirmation. */
@Path("/api/v1/sessions/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@SecurityRequirement(name = "jwt")
public class ProposalResource {

    private final ProposalQueries queries;
    private final ProposalConfirmation confirmation;
    private final Caller caller;

    public ProposalResource(ProposalQueries queries, ProposalConfirmation confirmation, Caller caller) {
        this.queries = queries;
        this.confirmation = confirmation;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listSessionProposals",
            summary = "Lists a client's proposed series of sessions, newest first",
            description = "Proposed from the client's treatment plan (plan.updated). The client themself (clientId"
                    + " optional), the front desk of the proposal's location, or the plan's therapist.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "400", description = "clientId missing (staff)")
    public Uni<Page<ProposalResponse>> list(@Parameter(description = "The client; staff must give it")
                                  @QueryParam("clientId") UUID clientId,
                                  @QueryParam("cursor") String cursor,
                                  @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                                  @QueryParam("limit") String limit) {
        return queries.list(caller, clientId, cursor, Limit.of(limit, 20, 100));
    }

    @POST
    @Path("/{proposalId}/confirm")
    @Operation(operationId = "confirmSessionProposal",
            summary = "Books the proposal's dates (all, or those listed) in one call",
            description = "Answers per date: BOOKED with its session, or CONFLICT naming what is taken or which rule"
                    + " is broken; one date's conflict never fails the others. Confirming again is harmless: booked"
                    + " dates answer with their session.")
    @APIResponse(responseCode = "200", description = "The outcome of every date")
    @APIResponse(responseCode = "404", description = "No such proposal, or not one the caller may confirm")
    @APIResponse(responseCode = "409", description = "The client is on a red-flag hold (type red-flag-hold), or the"
            + " proposal was replaced by a newer plan version or dropped")
    public Uni<ConfirmationResult> confirm(@PathParam("proposalId") UUID proposalId, Confirmation request) {
        return confirmation.confirm(caller, proposalId, request);
    }
}
