package io.remedy.notification.inapp;

import io.remedy.notification.inapp.InboxView.InboxMessage;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The caller's in-app messages: the stored inbox, and the live stream a phone or browser keeps open. */
@Path("/api/v1/notifications")
@Tag(name = "In-app messages")
@SecurityRequirement(name = "jwt")
public class InboxResource {

    private final InboxService inbox;
    private final LiveFeed live;
    private final LiveConfig config;
    private final Caller caller;
    private final JsonWebToken token;

    public InboxResource(InboxService inbox, LiveFeed live, LiveConfig config, Caller caller, JsonWebToken token) {
        this.inbox = inbox;
        this.live = live;
        this.config = config;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Path("/inbox")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listInboxMessages",
            summary = "Lists the caller's in-app messages, newest first",
            description = "Messages to the caller, and to a role they hold at a location they may act at.")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "limit or cursor is not valid")
    public Uni<Page<InboxMessage>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("unread") @DefaultValue("false") @Parameter(description = "Only messages not read yet")
            boolean unread) {
        return inbox.page(caller, Limit.of(limit), cursor, unread);
    }

    @POST
    @Path("/inbox/{id}/read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markInboxMessageRead",
            summary = "Marks one of the caller's in-app messages read (again: no change)")
    @APIResponse(responseCode = "200", description = "The message, with readAt")
    @APIResponse(responseCode = "404", description = "Not a message of the caller's inbox")
    public Uni<InboxMessage> read(@PathParam("id") UUID id) {
        return inbox.markRead(caller, id);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamInboxMessages",
            summary = "Live stream of the caller's in-app messages (server-sent events)",
            description = "Send Authorization: Bearer with the same token as for other calls. First an event"
                    + " 'ready', then one event 'message' (JSON InboxMessage, the event's id is the message's id) per"
                    + " in-app message for the caller as it is sent, and a comment line now and then to keep the"
                    + " connection open. The stream ends when the token expires: reconnect with a fresh token and"
                    + " Last-Event-ID (browsers' EventSource sends it by itself) to be sent what came meanwhile."
                    + " A user may follow a few streams at once; one more is refused with 429.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = InboxMessage.class)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a message id")
    @APIResponse(responseCode = "429", description = "The user already follows as many streams as allowed")
    public Multi<OutboundSseEvent> stream(@Context Sse sse,
            @HeaderParam("Last-Event-ID") @Parameter(description = "id of the last message event received;"
                    + " the messages sent after it come first") String lastEventId) {
        Audience audience = Audience.of(caller);
        UUID after = QueryParams.optionalUuid("Last-Event-ID", lastEventId);
        long expires = token.getExpirationTime();
        if (!live.tryEnter(audience)) {
            throw ProblemException.of(ProblemType.TOO_MANY_REQUESTS, "You follow " + config.maxStreamsPerUser()
                    + " live streams already; close one first");
        }
        Set<UUID> replayed = ConcurrentHashMap.newKeySet();
        Multi<OutboundSseEvent> heard = live.follow(audience)
                .onItem().transformToMultiAndConcatenate(event -> {
                    if (event.listening()) {
                        // listening before the missed messages are read: nothing sent in between is lost, and what
                        // both bring is sent once
                        OutboundSseEvent ready = sse.newEventBuilder().name("ready").data(String.class,
                                audience.userId()).build();
                        Multi<OutboundSseEvent> missed = after == null ? Multi.createFrom().empty()
                                : inbox.after(caller, after, config.maxReplayed())
                                        .onItem().transformToMulti(messages -> Multi.createFrom().iterable(messages))
                                        .invoke(message -> replayed.add(message.id()))
                                        .map(message -> message(sse, message));
                        return Multi.createBy().concatenating().streams(Multi.createFrom().item(ready), missed);
                    }
                    return replayed.contains(event.message().id()) ? Multi.createFrom().<OutboundSseEvent>empty()
                            : Multi.createFrom().item(message(sse, event.message()));
                });
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeat())
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        Multi<OutboundSseEvent> stream = Multi.createBy().merging().streams(heard, heartbeats);
        if (expires > 0) {
            // a stream lives as long as its token: the client comes back with a fresh one (and Last-Event-ID)
            Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(expires));
            stream = stream.select().first(left.isNegative() ? Duration.ZERO : left);
        }
        return stream.onTermination().invoke(() -> live.leave(audience));
    }

    private static OutboundSseEvent message(Sse sse, InboxMessage message) {
        return sse.newEventBuilder()
                .name("message")
                .id(message.id().toString())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(InboxMessage.class, message)
                .build();
    }
}
