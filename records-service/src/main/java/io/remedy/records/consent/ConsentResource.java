package io.remedy.records.consent;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.records.consent.ConsentView.ConsentResponse;
import io.remedy.records.consent.ConsentView.NewConsent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A client's consents to treatment and to data processing. */
@Path("/api/v1/records/clients/{clientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
@SecurityRequirement(name = "jwt")
public class ConsentResource {

    private final ConsentService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public ConsentResource(ConsentService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "giveConsent",
            summary = "Records a consent the client gave (the client themself, or their treating therapist)")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the consent",
            content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown kind, missing text version, givenAt in the future")
    @APIResponse(responseCode = "403", description = "Neither the client nor their treating therapist")
    @APIResponse(responseCode = "404", description = "No such client in the caller's chain")
    public Uni<Response> give(@PathParam("clientId") UUID clientId,
                              @Parameter(description = "Makes a retried POST return the first result")
                              @HeaderParam(Idempotency.HEADER) String key,
                              @Valid @NotNull NewConsent request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.give(caller, clientId, request)
                .map(consent -> Created.at(uri.getAbsolutePathBuilder().path(consent.id().toString()).build(),
                        consent)));
    }

    @GET
    @Operation(operationId = "listConsents",
            summary = "The client's consents, current and withdrawn, oldest first; audited")
    @APIResponse(responseCode = "200", description = "A page of consents")
    public Uni<Page<ConsentResponse>> list(@PathParam("clientId") UUID clientId,
                                           @QueryParam("limit") String limit,
                                           @QueryParam("cursor") String cursor) {
        return service.list(caller, clientId, Cursor.keyset(cursor), Limit.of(limit));
    }

    @GET
    @Path("/{consentId}")
    @Operation(operationId = "getConsent",
            summary = "One consent; audited")
    public Uni<ConsentResponse> get(@PathParam("clientId") UUID clientId, @PathParam("consentId") UUID consentId) {
        return service.get(caller, clientId, consentId);
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @Operation(operationId = "withdrawConsent",
            summary = "Withdraws a consent (the client themself, or their treating therapist); the record stays")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public Uni<ConsentResponse> withdraw(@PathParam("clientId") UUID clientId,
                                         @PathParam("consentId") UUID consentId) {
        return service.withdraw(caller, clientId, consentId);
    }
}
