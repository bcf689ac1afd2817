package io.remedy.console.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Notifications;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's own message settings: the channels of each kind of message a client gets (or none at all), language
 * and quiet hours. The preferences are replaced whole with the version read ({@code If-Match}); what the page does
 * not show (other kinds, the time zone) is kept as it was.
 */
@Path("/me/preferences")
@Produces(MediaType.TEXT_HTML)
public class PreferencesPage {

    /** The kinds of message a client receives, in the order of a session's life. */
    static final List<String> CLIENT_KINDS = List.of("BOOKING_CONFIRMATION", "SESSION_REMINDER", "SESSION_CHANGED",
            "SESSION_CANCELLED", "MISSED_SESSION", "POST_SESSION_CARE", "HOMEWORK", "WAITLIST_OFFER");
    static final List<String> CHANNELS = List.of("EMAIL", "SMS", "IN_APP");

    /** One channel's box of one kind's row. */
    public record Box(String channel, String label, boolean checked) {
    }

    /** A kind of message with its chosen channels (none ticked: the clinic's usual ones) and whether it is stopped. */
    public record KindRow(String kind, String label, List<Box> boxes, boolean optedOut) {
    }

    public record Form(Part<Notifications.Preferences> preferences, String version, List<KindRow> kinds, String done,
                       FormErrors errors) {

        public String language() {
            return preferences.available() && preferences.value().language() != null ? preferences.value().language() : "";
        }

        public String quietFrom() {
            return quiet() == null || quiet().start() == null ? "" : quiet().start().toString();
        }

        public String quietTo() {
            return quiet() == null || quiet().end() == null ? "" : quiet().end().toString();
        }

        private Notifications.QuietHours quiet() {
            return preferences.available() ? preferences.value().quietHours() : null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(Form form);
    }

    private final MyPreferencesApi notifications;
    private final Viewer viewer;

    public PreferencesPage(@RestClient MyPreferencesApi notifications, Viewer viewer) {
        this.notifications = notifications;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String done) {
        return Part.of(notifications.read()).map(part -> Templates.preferences(form(
                part.map(RestResponse::getEntity), part.available() ? etag(part.value()) : "", done, FormErrors.NONE)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(MultivaluedMap<String, String> sent) {
        String version = sent.getFirst("version");
        return notifications.read().flatMap(read -> {
            Notifications.Preferences current = read.getEntity();
            Notifications.QuietHours quiet;
            try {
                String from = sent.getFirst("quietFrom");
                String to = sent.getFirst("quietTo");
                quiet = blank(from) && blank(to) ? null : new Notifications.QuietHours(LocalTime.parse(from), LocalTime.parse(to));
            } catch (DateTimeParseException | NullPointerException e) {
                return Uni.createFrom().item(Response.status(400).entity(Templates.preferences(form(Part.of(current),
                        etag(read), null, FormErrors.summary("quietHours").with("quietFrom", "HH:MM")
                                .with("quietTo", "HH:MM")))).build());
            }
            String language = sent.getFirst("language");
            Notifications.Preferences changed = new Notifications.Preferences(channels(current, sent),
                    optOuts(current, sent), quiet, current.timeZone(), blank(language) ? null : language);
            // the version the page showed: a change made meanwhile elsewhere is a 412, not overwritten
            String ifMatch = blank(version) ? etag(read) : version;
            return notifications.replace(ifMatch, changed)
                    .map(saved -> Response.seeOther(URI.create("/me/preferences?done=saved")).build())
                    .onFailure(ApiProblem.class).recoverWithItem(failure -> Response.status(failure.status())
                            .entity(Templates.preferences(form(Part.of(current), etag(read), null,
                                    FormErrors.of(failure))))
                            .build());
        });
    }

    /** The kinds shown take the ticked channels (none: not listed, so the usual ones); the others stay as they were. */
    static Map<String, List<String>> channels(Notifications.Preferences current, MultivaluedMap<String, String> sent) {
        Map<String, List<String>> channels = new LinkedHashMap<>();
        if (current.channels() != null) {
            current.channels().forEach((kind, list) -> {
                if (!CLIENT_KINDS.contains(kind)) {
                    channels.put(kind, list);
                }
            });
        }
        for (String kind : CLIENT_KINDS) {
            List<String> ticked = sent.getOrDefault("channel_" + kind, List.of()).stream()
                    .filter(CHANNELS::contains).distinct().toList();
            if (!ticked.isEmpty()) {
                channels.put(kind, ticked);
            }
        }
        return channels;
    }

    static List<String> optOuts(Notifications.Preferences current, MultivaluedMap<String, String> sent) {
        List<String> out = new ArrayList<>();
        if (current.optOuts() != null) {
            current.optOuts().stream().filter(kind -> !CLIENT_KINDS.contains(kind)).forEach(out::add);
        }
        sent.getOrDefault("optOut", List.of()).stream().filter(CLIENT_KINDS::contains).distinct().forEach(out::add);
        return out;
    }

    private Form form(Part<Notifications.Preferences> preferences, String version, String done, FormErrors errors) {
        SelfMessages words = Texts.in(viewer.language(), SelfMessages.class);
        List<KindRow> rows = new ArrayList<>();
        if (preferences.available()) {
            Notifications.Preferences value = preferences.value();
            for (String kind : CLIENT_KINDS) {
                List<String> chosen = value.channels() == null ? List.of() : value.channels().getOrDefault(kind, List.of());
                List<Box> boxes = CHANNELS.stream().map(channel -> new Box(channel, channelLabel(words, channel),
                        chosen.contains(channel))).toList();
                rows.add(new KindRow(kind, kindLabel(words, kind), boxes,
                        value.optOuts() != null && value.optOuts().contains(kind)));
            }
        }
        return new Form(preferences, version, rows, done, errors);
    }

    static String channelLabel(SelfMessages words, String channel) {
        return switch (channel) {
            case "EMAIL" -> words.channel_EMAIL();
            case "SMS" -> words.channel_SMS();
            default -> words.channel_IN_APP();
        };
    }

    static String kindLabel(SelfMessages words, String kind) {
        return switch (kind) {
            case "BOOKING_CONFIRMATION" -> words.kind_BOOKING_CONFIRMATION();
            case "SESSION_REMINDER" -> words.kind_SESSION_REMINDER();
            case "SESSION_CHANGED" -> words.kind_SESSION_CHANGED();
            case "SESSION_CANCELLED" -> words.kind_SESSION_CANCELLED();
            case "MISSED_SESSION" -> words.kind_MISSED_SESSION();
            case "POST_SESSION_CARE" -> words.kind_POST_SESSION_CARE();
            case "HOMEWORK" -> words.kind_HOMEWORK();
            default -> words.kind_WAITLIST_OFFER();
        };
    }

    private static String etag(RestResponse<?> response) {
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        return etag == null ? "" : etag;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
