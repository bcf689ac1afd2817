package io.remedy.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** The gateway's notification area, called with the signed-in user's access token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    @GET
    @Path("/inbox")
    Uni<Notifications.InboxPage> inbox(@QueryParam("limit") Integer limit);

    @POST
    @Path("/inbox/{id}/read")
    Uni<Notifications.InboxMessage> markRead(@PathParam("id") UUID id);

    @GET
    @Path("/preferences")
    Uni<Notifications.Preferences> preferences();

    @PUT
    @Path("/preferences")
    Uni<Notifications.Preferences> savePreferences(Notifications.Preferences preferences);
}
