package io.remedy.billing.settings;

import io.remedy.billing.settings.SettingsView.Settings;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** How the chain's receipts name the clinic: its name and tax registration. */
@Path("/api/v1/billing/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Billing settings")
@SecurityRequirement(name = "jwt")
public class BillingSettingsResource {

    private final BillingSettingsService service;
    private final Caller caller;

    public BillingSettingsResource(BillingSettingsService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getBillingSettings", summary = "Reads how the chain's receipts name the clinic",
            description = "Chain admins and the front desk. Version 0 (all null) until a chain admin set them; until"
                    + " then receipts name the location only.")
    @APIResponse(responseCode = "200", description = "The settings",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version to send as If-Match"),
            content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin, branch manager or receptionist")
    public Uni<RestResponse<Settings>> get() {
        return service.get(caller).map(v -> IfMatch.tagged(v.settings(), v.version()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceBillingSettings", summary = "Replaces how the chain's receipts name the clinic",
            description = "Chain admins. Invoices and receipts rendered from now on show the new name.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = Settings.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "412", description = "If-Match names an older version: read again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<Settings>> put(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"1\"")
            String ifMatch,
            @Valid @NotNull Settings request) {
        return service.replace(caller, ifMatch, request).map(v -> IfMatch.tagged(v.settings(), v.version()));
    }
}
