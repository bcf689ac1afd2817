package io.remedy.console.me;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.NotificationApi;
import io.remedy.console.api.NotificationStreamApi;
import io.remedy.console.api.Notifications;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;


/**
 * The signed-in user's in-app messages, and new ones as they come: the browser listens to {@code /me/inbox/stream},
 * which relays the gateway's event stream (opened with the user's token, which never reaches the browser) as
 * rendered list items.
 */
@Path("/me/inbox")
public class InboxPage {

    /** A message as the inbox lists it. */
    public record Item(String subject, String body, String at, boolean unread, boolean urgent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Part<List<Item>> items);

        static native TemplateInstance item(Item item);
    }

    private final NotificationApi notifications;
    private final NotificationStreamApi live;
    private final Viewer viewer;
    private final ObjectMapper json;

    public InboxPage(@RestClient NotificationApi notifications, @RestClient NotificationStreamApi live, Viewer viewer,
                     ObjectMapper json) {
        this.notifications = notifications;
        this.live = live;
        this.viewer = viewer;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> inbox() {
        return Part.of(notifications.inbox(50)).map(part -> Templates.inbox(part.map(page -> page.items().stream()
                .map(this::item).toList())));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return live.stream()
                .filter(event -> "message".equals(event.name()))
                .map(event -> {
                    try {
                        Notifications.InboxMessage message = json.readValue(event.data(), Notifications.InboxMessage.class);
                        String html = Templates.item(item(message)).render().replace('\n', ' ');
                        return sse.newEventBuilder().name("message").data(html).build();
                    } catch (java.io.IOException e) {
                        return sse.newEventBuilder().comment("unreadable message").build();
                    }
                });
    }

    private Item item(Notifications.InboxMessage message) {
        String at = message.deliveredAt() == null ? "" : message.deliveredAt().atZone(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(viewer.locale()));
        return new Item(message.subject(), message.body(), at, message.readAt() == null, message.urgent());
    }
}
