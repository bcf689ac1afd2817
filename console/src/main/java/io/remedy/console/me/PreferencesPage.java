package io.remedy.console.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.NotificationApi;
import io.remedy.console.api.Notifications;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The user's own message settings: language and quiet hours (the rest of the preferences are kept as they are). */
@Path("/me/preferences")
@Produces(MediaType.TEXT_HTML)
public class PreferencesPage {

    public record Form(Part<Notifications.Preferences> preferences, String done, FormErrors errors) {

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

    private final NotificationApi notifications;

    public PreferencesPage(@RestClient NotificationApi notifications) {
        this.notifications = notifications;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String done) {
        return Part.of(notifications.preferences()).map(part -> Templates.preferences(new Form(part, done, FormErrors.NONE)));
    }

    @POST
    public Uni<Response> save(@RestForm String language, @RestForm String quietFrom, @RestForm String quietTo) {
        return notifications.preferences().flatMap(current -> {
            Notifications.QuietHours quiet;
            try {
                quiet = blank(quietFrom) && blank(quietTo) ? null
                        : new Notifications.QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo));
            } catch (DateTimeParseException | NullPointerException e) {
                return Uni.createFrom().item(Response.status(400).entity(Templates.preferences(new Form(Part.of(current),
                        null, FormErrors.summary("quietHours").with("quietFrom", "HH:MM").with("quietTo", "HH:MM")))).build());
            }
            Notifications.Preferences changed = new Notifications.Preferences(current.channels(), current.optOuts(), quiet,
                    current.timeZone(), blank(language) ? null : language);
            return notifications.savePreferences(changed)
                    .map(saved -> Response.seeOther(URI.create("/me/preferences?done=saved")).build())
                    .onFailure(ApiProblem.class).recoverWithItem(failure -> Response.status(((ApiProblem) failure).status())
                            .entity(Templates.preferences(new Form(Part.of(current), null, FormErrors.of((ApiProblem) failure))))
                            .build());
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
