package io.remedy.console.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The series of sessions booking proposes from a treatment plan's frequency ({@code plan.updated}), and their
 * confirmation, called with the signed-in user's token.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/sessions/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProposalsApi {

    @GET
    Uni<ProposalPage> list(@QueryParam("clientId") UUID clientId, @QueryParam("limit") int limit);

    @POST
    @Path("/{proposalId}/confirm")
    Uni<ConfirmationResult> confirm(@PathParam("proposalId") UUID proposalId, Confirmation confirmation);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Proposal(UUID id, UUID planId, int planVersion, UUID clientId, UUID therapistId, UUID locationId,
                    UUID serviceId, String status, Instant createdAt, List<ProposedDate> dates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProposedDate(Instant startsAt, String phase, String status, UUID sessionId, Reason reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String field, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProposalPage(List<Proposal> items, String nextCursor) {
    }

    record Confirmation(List<OffsetDateTime> dates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConfirmationResult(UUID proposalId, List<DateOutcome> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DateOutcome(Instant startsAt, String outcome, UUID sessionId, String field, String message) {
    }
}
