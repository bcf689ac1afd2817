package io.remedy.booking.waitlist;

import io.remedy.booking.session.SessionView.SessionResponse;
import io.remedy.booking.waitlist.WaitlistView.EntryResponse;
import io.remedy.booking.waitlist.WaitlistView.NewEntry;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** The waitlist: clients waiting for a slot, and the freed slots offered to them. */
@Path("/api/v1/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Waitlist")
@SecurityRequirement(name = "jwt")
public class WaitlistResource {

    private final WaitlistEntries entries;
    private final OfferAnswers answers;
    private final Caller caller;
    private final Idempotency idempotency;

    public WaitlistResource(WaitlistEntries entries, OfferAnswers answers, Caller caller, Idempotency idempotency) {
        this.entries = entries;
        this.answers = answers;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "joinWaitlist",
            summary = "Puts a client on the waitlist for a service at a location between two days",
            description = "A client for themself; the front desk (admins, managers, receptionists) for any client at"
                    + " their locations. When a matching slot is freed, it is offered and held for the client.")
    @APIResponse(responseCode = "201", description = "On the waitlist; Location names the entry",
            content = @Content(schema = @Schema(implementation = EntryResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (e.g. to before from)")
    public Uni<Response> join(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewEntry request,
                              @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> entries.join(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @GET
    @Operation(operationId = "listWaitlistEntries",
            summary = "Lists waitlist entries in queue order",
            description = "A client sees their own; staff the entries at their locations. An entry holding an offer"
                    + " shows it.")
    public Uni<Page<EntryResponse>> list(@QueryParam("locationId") String locationId,
                               @QueryParam("clientId") UUID clientId,
                               @Parameter(description = "WAITING, OFFERED, BOOKED or WITHDRAWN")
                               @QueryParam("status") String status,
                               @QueryParam("cursor") String cursor,
                               @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
                               @QueryParam("limit") String limit) {
        return entries.list(caller, QueryParams.locationId(locationId), clientId, WaitlistView.status(status), cursor,
                Limit.of(limit, 100, 500));
    }

    @GET
    @Path("/{entryId}")
    @Operation(operationId = "getWaitlistEntry",
            summary = "Reads one waitlist entry, with its open offer if any")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = EntryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such entry, or not one the caller may see")
    public Uni<EntryResponse> get(@PathParam("entryId") UUID entryId) {
        return entries.get(caller, entryId);
    }

    @DELETE
    @Path("/{entryId}")
    @Operation(operationId = "withdrawWaitlistEntry",
            summary = "Withdraws a waitlist entry (the client, or the front desk of the location)",
            description = "An offer the entry holds is withdrawn and goes to the next waiting client. If-Match is"
                    + " honoured when sent.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already booked or withdrawn")
    public Uni<Response> withdraw(@PathParam("entryId") UUID entryId,
                                  @Parameter(in = ParameterIn.HEADER, description = "The entry's version, \"<version>\"")
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return entries.withdraw(caller, entryId, ifMatch).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{entryId}/offers/{offerId}/accept")
    @Operation(operationId = "acceptWaitlistOffer",
            summary = "Accepts an offered slot: books it for the client",
            description = "The client, or the front desk of the location. Publishes session.booked.")
    @APIResponse(responseCode = "201", description = "Booked; the body is the session, Location names it",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "The offer is no longer open or has expired, or the client is on"
            + " a red-flag hold")
    public Uni<Response> accept(@HeaderParam(Idempotency.HEADER) String key, @PathParam("entryId") UUID entryId,
                                @PathParam("offerId") UUID offerId, @Context UriInfo uri) {
        return idempotency.execute(caller, key, new AcceptedOffer(entryId, offerId), () -> answers.accept(caller, entryId, offerId)
                .map((SessionResponse session) -> Created.at(sessionUri(uri, session), session)));
    }

    @POST
    @Path("/{entryId}/offers/{offerId}/decline")
    @Operation(operationId = "declineWaitlistOffer",
            summary = "Declines an offered slot: the client keeps waiting; the slot goes to the next")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "409", description = "The offer is no longer open")
    public Uni<Response> decline(@PathParam("entryId") UUID entryId, @PathParam("offerId") UUID offerId) {
        return answers.decline(caller, entryId, offerId).replaceWith(Response.noContent().build());
    }

    private static URI sessionUri(UriInfo uri, SessionResponse session) {
        return uri.getBaseUriBuilder().path("/api/v1/sessions").path(session.id().toString()).build();
    }

    /** What an accept request is, for its Idempotency-Key's request hash (the String overload takes a ready hash). */
    record AcceptedOffer(UUID entryId, UUID offerId) {
    }
}
