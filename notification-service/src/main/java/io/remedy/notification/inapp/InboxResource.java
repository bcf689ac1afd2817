package io.remedy.notification.inapp;

import io.remedy.notification.api.Lists;
import io.remedy.notification.api.Page;
import io.remedy.notification.inapp.InboxView.InboxMessage;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The caller's in-app messages: the stored inbox, and the live stream a phone or browser keeps open. */
@Path("/api/v1/notifications")
@Tag(name = "In-app messages")
@SecurityRequirement(name = "jwt")
public class InboxResource {

    private final InboxService inbox;
    private final LiveFeed live;
    private final LiveConfig config;
    private final Caller caller;

    public InboxResource(InboxService inbox, LiveFeed live, LiveConfig config, Caller caller) {
        this.inbox = inbox;
        this.live = live;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Path("/inbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lists the caller's in-app messages, newest first",
            description = "Messages to the caller, and to a role they hold at a location they may act at.")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "limit or cursor is not valid")
    public Uni<Page<InboxMessage>> list(
            @QueryParam("limit") @DefaultValue(Lists.DEFAULT_LIMIT) @Min(1) @Max(Lists.MAX_LIMIT) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("unread") @DefaultValue("false") @Parameter(description = "Only messages not read yet")
            boolean unread) {
        return inbox.page(caller, limit, cursor, unread);
    }

    @POST
    @Path("/inbox/{id}/read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Marks one of the caller's in-app messages read (again: no change)")
    @APIResponse(responseCode = "200", description = "The message, with readAt")
    @APIResponse(responseCode = "404", description = "Not a message of the caller's inbox")
    public Uni<InboxMessage> read(@PathParam("id") UUID id) {
        return inbox.markRead(caller, id);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live stream of the caller's in-app messages (server-sent events)",
            description = "Send Authorization: Bearer with the same token as for other calls. First an event"
                    + " 'ready', then one event 'message' (JSON InboxMessage) per in-app message for the caller as it"
                    + " is sent, and a comment line now and then to keep the connection open. Reconnect and read"
                    + " /inbox for what came while disconnected.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = InboxMessage.class)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Audience audience = Audience.of(caller);
        Multi<OutboundSseEvent> heard = live.follow(audience)
                .map(event -> event.listening()
                        ? sse.newEventBuilder().name("ready").data(String.class, audience.userId()).build()
                        : sse.newEventBuilder()
                                .name("message")
                                .id(event.message().id().toString())
                                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                .data(InboxMessage.class, event.message())
                                .build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeat())
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(heard, heartbeats);
    }
}
