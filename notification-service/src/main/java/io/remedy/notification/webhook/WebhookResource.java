package io.remedy.notification.webhook;

import io.remedy.notification.api.Versioned;
import io.remedy.notification.webhook.WebhookView.Endpoint;
import io.remedy.notification.webhook.WebhookView.EndpointRequest;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Webhook endpoints of the caller's chain (chain admins only): deliveries are signed as the Standard Webhooks
 * specification says, retried for about three days, and logged per endpoint.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "jwt")
public class WebhookResource {

    private final WebhookService service;
    private final WebhookTargets targets;
    private final Caller caller;
    private final Idempotency idempotency;

    public WebhookResource(WebhookService service, WebhookTargets targets, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.targets = targets;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook",
            summary = "Registers a webhook endpoint (chain admins)",
            description = "The answer carries the signing secret (whsec_…), the only time it is shown. The URL must"
                    + " be http(s) on a public address.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors), e.g. a private url")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    public Uni<Response> register(@HeaderParam(Idempotency.HEADER) String key,
                                  @Valid @NotNull EndpointRequest request, @Context UriInfo uri) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        WebhookService.events(request.events());
        return targets.checked(request.url()).chain(checked -> idempotency.execute(caller, key, request,
                () -> service.register(caller, request).map(created -> Created.at(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created))));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Lists the chain's webhook endpoints, newest first (chain admins)")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    public Uni<Page<Endpoint>> list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.page(caller, Limit.of(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Reads one webhook endpoint (chain admins)")
    @APIResponse(responseCode = "200", description = "The endpoint",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version to send as If-Match"),
            content = @Content(schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(caller, id).map(Versioned::ok);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhook", summary = "Changes an endpoint's URL, events and description (chain admins)")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (named in errors)")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    @APIResponse(responseCode = "412", description = "If-Match names an older version: read again")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<Response> replace(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EndpointRequest request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        WebhookService.events(request.events());
        return targets.checked(request.url())
                .chain(checked -> service.replace(caller, id, ifMatch, request))
                .map(Versioned::ok);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Deletes an endpoint and its delivery log (chain admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(caller, id).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableWebhook", summary = "Disables an endpoint: nothing is sent until it is enabled (chain admins)")
    @APIResponse(responseCode = "200", description = "Disabled",
            content = @Content(schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Response> disable(@PathParam("id") UUID id) {
        return service.enable(caller, id, false).map(Versioned::ok);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhook",
            summary = "Enables an endpoint again (chain admins)",
            description = "Deliveries that waited are sent again; its failure record starts afresh.")
    @APIResponse(responseCode = "200", description = "Enabled",
            content = @Content(schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Response> enable(@PathParam("id") UUID id) {
        return service.enable(caller, id, true).map(Versioned::ok);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret",
            summary = "Gives an endpoint a new signing secret (chain admins)",
            description = "The answer carries the new secret. For 24 hours deliveries carry two signatures, by the"
                    + " new secret and by the old one, so the receiver can switch without missing any.")
    @APIResponse(responseCode = "200", description = "Rotated",
            content = @Content(schema = @Schema(implementation = Endpoint.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Endpoint> rotate(@PathParam("id") UUID id) {
        return service.rotate(caller, id);
    }

    @POST
    @Path("/{id}/test")
    @Operation(operationId = "testWebhook", summary = "Sends the endpoint a ping event (chain admins)")
    @APIResponse(responseCode = "202", description = "Queued; its outcome is in the delivery log",
            content = @Content(schema = @Schema(implementation = WebhookView.Delivery.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Response> test(@PathParam("id") UUID id) {
        return service.ping(caller, id).map(queued -> Response.accepted(queued).build());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "Lists an endpoint's deliveries, newest first, with every try (chain admins)")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor as cursor for the next")
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint in the chain")
    public Uni<Page<WebhookView.Delivery>> deliveries(
            @PathParam("id") UUID id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.deliveries(caller, id, Limit.of(limit), cursor);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook",
            summary = "Sends a delivery again, with fresh tries and the same webhook-id (chain admins)")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookView.Delivery.class)))
    @APIResponse(responseCode = "403", description = "Not a chain admin")
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery in the chain")
    public Uni<Response> redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(caller, id, deliveryId)
                .map(queued -> Response.accepted(queued).build());
    }
}
