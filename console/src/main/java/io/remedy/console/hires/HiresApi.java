package io.remedy.console.hires;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A location's room hires through the gateway ({@code /api/v1/locations/{id}/rooms/{roomId}/hires}). */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/locations/{locationId}/rooms/{roomId}/hires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface HiresApi {

    @POST
    Uni<Hire> hire(@HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("locationId") UUID locationId,
                   @PathParam("roomId") UUID roomId, NewHire hire);

    @DELETE
    @Path("/{hireId}")
    Uni<Hire> cancel(@PathParam("locationId") UUID locationId, @PathParam("roomId") UUID roomId,
                     @PathParam("hireId") UUID hireId, @HeaderParam("If-Match") String ifMatch);

    /** A room hired by an outside practitioner. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hire(UUID id, UUID locationId, UUID roomId, String practitionerName, String note, Instant startsAt,
                Instant endsAt, String status, long version) {
    }

    /** What hiring a room sends. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewHire(String practitionerName, OffsetDateTime startsAt, OffsetDateTime endsAt, String note) {
    }
}
