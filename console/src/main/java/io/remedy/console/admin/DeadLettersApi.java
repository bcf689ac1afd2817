package io.remedy.console.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
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
import java.util.List;
import java.util.UUID;

/** The gateway's dead letters of notification-service (chain admins), called with the signed-in user's token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/notifications/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public interface DeadLettersApi {

    @GET
    Uni<DeadLetterPage> list(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/{id}/replay")
    Uni<DeadLetter> replay(@PathParam("id") UUID id);

    /** One page of dead letters, newest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeadLetterPage(List<DeadLetter> items, String nextCursor) {
        public DeadLetterPage {
            items = items == null ? List.of() : items;
        }
    }

    /** A message or an event parked for an operator. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeadLetter(UUID id, String source, Instant parkedAt, boolean replayable, Instant replayedAt, String kind,
                      String channel, String recipientKind, UUID locationId, Integer attempts, String errorCode,
                      String reason, String topic, String eventType) {
    }
}
