package io.remedy.console.me;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;

/**
 * The booking and notification parts of a client's own data, kept as the API answers them (every field, unread), for
 * the "download my data" file. Called with the client's own token.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface MyDataApi {

    @GET
    @Path("/clients/me")
    Uni<JsonNode> me();

    @GET
    @Path("/sessions")
    Uni<JsonNode> sessions(@QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                           @QueryParam("limit") int limit);

    @GET
    @Path("/notifications/preferences")
    Uni<JsonNode> preferences();
}
