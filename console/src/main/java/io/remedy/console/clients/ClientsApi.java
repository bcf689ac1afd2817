package io.remedy.console.clients;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.Booking;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** Changes to a client's details through the gateway: a JSON Merge Patch (RFC 7396) with the version read (If-Match). */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public interface ClientsApi {

    /** The media type of a JSON Merge Patch. */
    String MERGE_PATCH = "application/merge-patch+json";

    /** {@code patch} is the merge patch's JSON text: only the fields it names change, a null removes one. */
    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    Uni<Booking.Client> patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String patch);
}
