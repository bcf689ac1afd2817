package io.remedy.notification.message;

import io.remedy.notification.message.TemplateView.MessagePreview;
import io.remedy.notification.message.TemplateView.MessageTemplate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The chain's message templates: the kinds of message sent, and a preview of one in the chain's voice. */
@Path("/api/v1/notifications/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Message templates")
@SecurityRequirement(name = "jwt")
public class TemplateResource {

    private final TemplateService service;
    private final Caller caller;

    public TemplateResource(TemplateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMessageTemplates", summary = "Lists the kinds of message the chain sends (chain admins)",
            description = "Each kind with its default channels, whether a recipient may opt out of it, and its languages, "
                    + "in a fixed order. One page at a time: pass nextCursor as cursor (every kind fits one page of the "
                    + "default 100).")
    @APIResponse(responseCode = "200", description = "A page of the kinds of message")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    public Uni<Page<MessageTemplate>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Limit.of(limit, 100, 500);
        return Uni.createFrom().item(() -> service.list(caller, size, cursor));
    }

    @GET
    @Path("/preview")
    @Operation(operationId = "previewMessage", summary = "Writes out a message for a made-up client (chain admins)",
            description = "The message of that kind as the chain's voice makes it: tone, chainName and signature replace "
                    + "the saved settings where given (blank: none), so a change can be seen before it is saved. "
                    + "Nothing is sent or stored.")
    @APIResponse(responseCode = "200", description = "The message in every form a channel takes")
    @APIResponse(responseCode = "400", description = "An unknown kind, language, tone or time zone (field named)")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    public Uni<MessagePreview> preview(
            @Parameter(description = "The kind of message (default BOOKING_CONFIRMATION)", example = "SESSION_REMINDER")
            @QueryParam("kind") @Size(max = 60) String kind,
            @Parameter(description = "en or es (default en)", example = "es") @QueryParam("language") @Size(max = 10)
            String language,
            @Parameter(description = "FRIENDLY or FORMAL; absent: the saved tone",
                    schema = @Schema(enumeration = {"FRIENDLY", "FORMAL"}))
            @QueryParam("tone") @Size(max = 20) String tone,
            @Parameter(description = "The chain's name in messages; absent: the saved one; blank: the location's name")
            @QueryParam("chainName") @Size(max = 120) String chainName,
            @Parameter(description = "The signature; absent: the saved one; blank: the standard signature")
            @QueryParam("signature") @Size(max = 300) String signature,
            @Parameter(description = "IANA time zone the times are shown in (default Europe/London)",
                    example = "Europe/Madrid") @QueryParam("timeZone") @Size(max = 60) String timeZone) {
        return service.preview(caller, kind, language, tone, chainName, signature, timeZone);
    }
}
