package io.remedy.console.setup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.remedy.console.api.Pages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The gateway's chain message settings of notification-service (chain admins), with the user's token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MessageSettingsApi {

    /** The settings; their version is the ETag header. */
    @GET
    @Path("/settings")
    Uni<RestResponse<Settings>> settings();

    @PUT
    @Path("/settings")
    Uni<Settings> replace(@HeaderParam("If-Match") String ifMatch, Settings settings);

    /** A page of the kinds of message the chain sends, in their fixed order. */
    @GET
    @Path("/templates")
    Uni<TemplatePage> templatePage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every kind of message the chain sends (every page). */
    default Uni<List<Template>> templates() {
        return Pages.all(cursor -> templatePage(Pages.REFERENCE_LIMIT, cursor));
    }

    /** A message written out for a made-up client in the voice given (absent parts: the saved ones). */
    @GET
    @Path("/templates/preview")
    Uni<Preview> preview(@QueryParam("kind") String kind, @QueryParam("language") String language,
                         @QueryParam("tone") String tone, @QueryParam("chainName") String chainName,
                         @QueryParam("signature") String signature);

    /** One kind of message, its default channels and whether a recipient may opt out of it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Template(String kind, boolean mayBeOptedOut, List<String> defaultChannels, List<String> languages) {
        public Template {
            defaultChannels = defaultChannels == null ? List.of() : defaultChannels;
            languages = languages == null ? List.of() : languages;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TemplatePage(List<Template> items, String nextCursor) implements Pages.Page<Template> {
    }

    /** A previewed message in each form a channel takes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Preview(String kind, String language, String subject, String text, String sms, String inApp) {
    }

    /** Reminder offsets (ISO-8601 durations), the chain's name and signature in messages, and the tone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(List<String> reminderOffsets, String chainName, String signature, String tone) {
        public Settings {
            reminderOffsets = reminderOffsets == null ? List.of() : reminderOffsets;
        }
    }
}
