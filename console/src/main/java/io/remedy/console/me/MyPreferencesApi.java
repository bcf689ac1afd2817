package io.remedy.console.me;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.remedy.console.api.Notifications;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The user's own message preferences with their version: a change is sent with {@code If-Match}, so a change made
 * meanwhile elsewhere (the phone app) is not overwritten unseen.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MyPreferencesApi {

    @GET
    Uni<RestResponse<Notifications.Preferences>> read();

    @PUT
    Uni<RestResponse<Notifications.Preferences>> replace(@HeaderParam("If-Match") String ifMatch,
                                                         Notifications.Preferences preferences);
}
