package io.remedy.notification.delivery;

import io.remedy.notification.delivery.DeliveryView.DeliveryResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log: every message and every attempt to send it. */
@Path("/api/v1/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@SecurityRequirement(name = "jwt")
public class DeliveryResource {

    private final DeliveryService service;
    private final Caller caller;

    public DeliveryResource(DeliveryService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeliveries",
            summary = "Lists messages with every attempt (channel, status, provider id, error), newest first",
            description = "Staff see the messages of the locations they may act at; a client sees their own.")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (named in errors)")
    public Uni<Page<DeliveryResponse>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("aboutId") @Parameter(description = "Only messages about this session, offer, plan, red"
                    + " flag or note") String aboutId,
            @QueryParam("sessionId") @Parameter(description = "Only messages about this session (same as aboutId)")
            String sessionId,
            @QueryParam("status") @Parameter(description = "PENDING, SENT, FAILED, DEAD or CANCELLED") String status,
            @QueryParam("channel") @Parameter(description = "EMAIL, SMS or IN_APP") String channel,
            @QueryParam("kind") @Pattern(regexp = "[A-Z][A-Z0-9_]*") @Parameter(example = "SESSION_REMINDER") String kind) {
        var about = QueryParams.optionalUuid("aboutId", aboutId);
        var session = QueryParams.optionalUuid("sessionId", sessionId);
        return service.page(caller, new DeliveryService.Filter(about != null ? about : session,
                QueryParams.optionalEnum("status", status, DeliveryStatus.class),
                QueryParams.optionalEnum("channel", channel, Channel.class), kind), Limit.of(limit), cursor);
    }
}
