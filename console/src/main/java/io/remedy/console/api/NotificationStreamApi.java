package io.remedy.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

/**
 * The gateway's live stream of the user's in-app messages. A client of its own ({@code gateway-stream}): it stays
 * open, so its read timeout is longer than the gateway's heartbeat, not a page call's.
 */
@RegisterRestClient(configKey = "gateway-stream")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/notifications")
public interface NotificationStreamApi {

    /** An event {@code ready}, then one {@code message} (an InboxMessage as JSON) per message, and heartbeats. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> stream();
}
