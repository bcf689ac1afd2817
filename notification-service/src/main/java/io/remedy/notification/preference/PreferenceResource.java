package io.remedy.notification.preference;

import io.remedy.notification.api.Versioned;
import io.remedy.notification.preference.PreferenceView.Preferences;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own message preferences: any signed-in user, client or staff. */
@Path("/api/v1/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences")
@SecurityRequirement(name = "jwt")
public class PreferenceResource {

    private final PreferenceService service;
    private final Caller caller;

    public PreferenceResource(PreferenceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getNotificationPreferences",
            summary = "Reads the caller's own preferences",
            description = "Defaults (version 0) until the caller changes them. The ETag goes into If-Match of a PUT.")
    @APIResponse(responseCode = "200", description = "The preferences",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version to send as If-Match"),
            content = @Content(schema = @Schema(implementation = Preferences.class)))
    public Uni<Response> get() {
        return service.mine(caller).map(Versioned::ok);
    }

    @PUT
    @Operation(operationId = "replaceNotificationPreferences",
            summary = "Replaces the caller's own preferences",
            description = "Channels per kind of message, opt-outs, quiet hours with their time zone, language."
                    + " Legal messages (change and cancellation notices) and urgent clinical alerts are sent whatever"
                    + " is opted out; urgent alerts ignore quiet hours.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = Preferences.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version: read again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<Response> put(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"1\"") String ifMatch,
            @Valid @NotNull Preferences request) {
        return service.replace(caller, ifMatch, request).map(Versioned::ok);
    }
}
