package io.remedy.booking.client;

import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.ClientUpdate;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.problem.IfMatch;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** The chain's clients. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@SecurityRequirement(name = "jwt")
public class ClientResource {

    /** Response header with the cursor of the next page of a search (also in {@code Link: <…>; rel="next"}). */
    static final String NEXT_CURSOR = "Next-Cursor";

    private final ClientService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public ClientResource(ClientService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Finds clients by name, email or phone (staff)",
            description = "Every word of q must match a part of the name, the e-mail or (by its digits) the phone; "
                    + "with id, only those clients. "
                    + "Ordered by family name, given name. The body is an array; when there is a next page, the "
                    + "Next-Cursor header carries its cursor and Link its URL (rel=\"next\").")
    @APIResponse(responseCode = "200", description = "A page of clients",
            headers = {@Header(name = NEXT_CURSOR, description = "Cursor of the next page; absent on the last"),
                @Header(name = HttpHeaders.LINK, description = "URL of the next page, rel=\"next\"")})
    public Uni<RestResponse<List<ClientResponse>>> find(
            @Parameter(description = "Words to look for", example = "patel 0779") @QueryParam("q") String text,
            @Parameter(description = "Only these clients (repeat the parameter, at most 200): the names beside the ids "
                    + "of a list of sessions in one call") @QueryParam("id") List<String> ids,
            @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "Next-Cursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return service.find(caller, text, ids, limit, cursor).map(page -> {
            RestResponse.ResponseBuilder<List<ClientResponse>> response = RestResponse.ResponseBuilder.ok(page.items());
            if (page.nextCursor() != null) {
                response.header(NEXT_CURSOR, page.nextCursor())
                        .header(HttpHeaders.LINK, "<" + uri.getRequestUriBuilder()
                                .replaceQueryParam("cursor", page.nextCursor()).build() + ">; rel=\"next\"");
            }
            return response.build();
        });
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in client's own record")
    public Uni<ClientResponse> me() {
        return service.me(caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one client (staff, or the client themself)",
            description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The client; ETag = its version")
    @APIResponse(responseCode = "404", description = "No such client, or not the caller's own record")
    public Uni<RestResponse<ClientResponse>> get(@PathParam("id") UUID id) {
        return service.get(caller, id).map(client -> IfMatch.tagged(client, client.version()));
    }

    @POST
    @Operation(summary = "Registers a client (front desk)")
    @APIResponse(responseCode = "201", description = "Registered; Location names the client")
    public Uni<Response> register(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewClient request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.register(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Changes a client's details (front desk, or the client themself)",
            description = "Send the whole record; a field left out is cleared. Publishes client.updated.")
    @APIResponse(responseCode = "200", description = "Changed; ETag = the new version")
    @APIResponse(responseCode = "409", description = "The client's data was erased")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<ClientResponse>> update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClientUpdate request) {
        return service.update(caller, id, ifMatch, request).map(client -> IfMatch.tagged(client, client.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Erases a client's personal data (chain admins, or the client themself)",
            description = "Name, contact, date of birth and login link are removed; the anonymised record stays for "
                    + "the sessions that name it. Publishes client.erased. Erasing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Uni<Void> erase(@PathParam("id") UUID id) {
        return service.erase(caller, id);
    }

}
