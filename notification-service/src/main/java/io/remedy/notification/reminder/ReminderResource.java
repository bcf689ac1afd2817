package io.remedy.notification.reminder;

import io.remedy.notification.reminder.ReminderView.ReminderResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Page;
import io.remedy.platform.query.QueryParams;
import io.smallrye.mutiny.Uni;
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

/** Reminders before a session. */
@Path("/api/v1/notifications/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
@SecurityRequirement(name = "jwt")
public class ReminderResource {

    private final ReminderService service;
    private final Caller caller;

    public ReminderResource(ReminderService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listReminders",
            summary = "Lists a session's reminders with their due time and status",
            description = "Staff who may act at the session's location, or the session's client. Due times are"
                    + " computed from the session's start in the location's time zone (default 24 h and 2 h before).")
    @APIResponse(responseCode = "200", description = "The reminders, earliest first (one page: nextCursor is null)")
    @APIResponse(responseCode = "400", description = "sessionId is missing or not a UUID")
    @APIResponse(responseCode = "403", description = "Staff of another location")
    @APIResponse(responseCode = "404", description = "No such session for the caller")
    public Uni<Page<ReminderResponse>> list(
            @QueryParam("sessionId") @Parameter(description = "The session (UUID)", required = true) String sessionId) {
        return service.ofSession(caller, QueryParams.uuid("sessionId", sessionId));
    }
}
