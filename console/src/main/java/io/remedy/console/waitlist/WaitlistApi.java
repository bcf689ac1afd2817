package io.remedy.console.waitlist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.Booking;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The gateway's waitlist ({@code /api/v1/waitlist}), called with the signed-in user's token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WaitlistApi {

    @GET
    Uni<EntryPage> entries(@QueryParam("locationId") UUID locationId, @QueryParam("status") String status,
                           @QueryParam("limit") int limit);

    @POST
    Uni<Entry> join(@HeaderParam("Idempotency-Key") String idempotencyKey, NewEntry entry);

    @DELETE
    @Path("/{entryId}")
    Uni<Response> withdraw(@PathParam("entryId") UUID entryId, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{entryId}/offers/{offerId}/accept")
    Uni<Booking.Session> accept(@HeaderParam("Idempotency-Key") String idempotencyKey,
                                @PathParam("entryId") UUID entryId, @PathParam("offerId") UUID offerId);

    @POST
    @Path("/{entryId}/offers/{offerId}/decline")
    Uni<Response> decline(@PathParam("entryId") UUID entryId, @PathParam("offerId") UUID offerId);

    /** A client waiting for a service at a location between two days, with the slot offered to them if any. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(UUID id, UUID clientId, UUID locationId, UUID serviceId, UUID therapistId, LocalDate from,
                 LocalDate to, String status, Instant createdAt, Offer offer, long version) {
    }

    /** A freed slot held for a waiting client until it expires. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Offer(UUID id, Instant startsAt, Instant endsAt, UUID therapistId, UUID roomId, UUID serviceId,
                 Instant expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntryPage(List<Entry> items, String nextCursor) {
        public EntryPage {
            items = items == null ? List.of() : items;
        }
    }

    /** What joining the waitlist sends (no therapist: any). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewEntry(UUID clientId, UUID locationId, UUID serviceId, UUID therapistId, LocalDate from, LocalDate to) {
    }
}
