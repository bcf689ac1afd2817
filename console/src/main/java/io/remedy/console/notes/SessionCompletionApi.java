package io.remedy.console.notes;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.Booking;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** The session's therapist marks it completed, which opens its note ({@code POST /api/v1/sessions/{id}/complete}). */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public interface SessionCompletionApi {

    @POST
    @Path("/{id}/complete")
    Uni<Booking.Session> complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);
}
