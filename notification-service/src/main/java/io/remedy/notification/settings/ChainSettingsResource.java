package io.remedy.notification.settings;

import io.remedy.notification.api.Versioned;
import io.remedy.notification.settings.SettingsView.Settings;
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

/** A chain's notification settings: reminder offsets, chain name, signature and tone. Chain admins only. */
@Path("/api/v1/notifications/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notification settings")
@SecurityRequirement(name = "jwt")
public class ChainSettingsResource {

    private final ChainSettingsService service;
    private final Caller caller;

    public ChainSettingsResource(ChainSettingsService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getNotificationSettings",
            summary = "Reads the chain's notification settings (chain admins)",
            description = "Defaults (version 0: reminders 24 h and 2 h before, friendly tone) until changed.")
    @APIResponse(responseCode = "200", description = "The settings",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version to send as If-Match"),
            content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    public Uni<Response> get() {
        return service.get(caller).map(Versioned::ok);
    }

    @PUT
    @Operation(operationId = "replaceNotificationSettings",
            summary = "Replaces the chain's notification settings (chain admins)",
            description = "New offsets apply to sessions booked or moved from now on.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "412", description = "If-Match names an older version: read again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<Response> put(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"1\"") String ifMatch,
            @Valid @NotNull Settings request) {
        return service.replace(caller, ifMatch, request).map(Versioned::ok);
    }
}
