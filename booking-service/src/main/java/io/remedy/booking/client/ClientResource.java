package io.remedy.booking.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.booking.client.ClientView.ClientResponse;
import io.remedy.booking.client.ClientView.ClientUpdate;
import io.remedy.booking.client.ClientView.NewClient;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.IfMatch;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    /** The media type of a JSON Merge Patch (RFC 7396). */
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ClientService service;
    private final ClientChanges changes;
    private final ClientErasure erasure;
    private final Caller caller;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    public ClientResource(ClientService service, ClientChanges changes, ClientErasure erasure, Caller caller,
                          Idempotency idempotency, ObjectMapper json) {
        this.service = service;
        this.changes = changes;
        this.erasure = erasure;
        this.caller = caller;
        this.idempotency = idempotency;
        this.json = json;
    }

    @GET
    @Operation(operationId = "findClients",
            summary = "Finds clients by name, email or phone (staff)",
            description = "Every word of q must match a part of the name, the e-mail or (by its digits) the phone; "
                    + "with id, only those clients. "
                    + "Ordered by family name, given name. One page at a time: pass nextCursor as cursor.")
    @APIResponse(responseCode = "200", description = "A page of clients")
    public Uni<Page<ClientResponse>> find(
            @Parameter(description = "Words to look for", example = "patel 0779") @QueryParam("q") String text,
            @Parameter(description = "Only these clients (repeat the parameter, at most 200): the names beside the ids "
                    + "of a list of sessions in one call") @QueryParam("id") List<String> ids,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return service.find(caller, text, ids, limit, cursor);
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getOwnClientRecord",
            summary = "The signed-in client's own record")
    public Uni<ClientResponse> me() {
        return service.me(caller);
    }

    @POST
    @Path("/me")
    @Operation(operationId = "signUpClient",
            summary = "Signs up: a signed-in client registers their own record, linked to their own login",
            description = "The login linked is the caller's own (the token's subject, a client of the token's chain); "
                    + "userId may be left out. A record already linked to the login is a 409.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "409", description = "The caller's login already has a client record (field userId)")
    public Uni<Response> signUp(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewClient request,
                                @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.signUp(caller, request)
                .map(created -> Created.at(uri.getBaseUriBuilder().path("api/v1/clients")
                        .path(created.id().toString()).build(), created)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClient",
            summary = "Reads one client (staff, or the client themself)",
            description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The client; ETag = its version")
    @APIResponse(responseCode = "404", description = "No such client, or not the caller's own record")
    public Uni<RestResponse<ClientResponse>> get(@PathParam("id") UUID id) {
        return service.get(caller, id).map(client -> IfMatch.tagged(client, client.version()));
    }

    @POST
    @Operation(operationId = "registerClient",
            summary = "Registers a client (front desk)",
            description = "Only a chain admin may link the record to a login (userId), and only to one that is no "
                    + "therapist's and no other client's; a client links their own by signing up (POST /clients/me).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "403", description = "userId sent by someone other than a chain admin (field userId)")
    public Uni<Response> register(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull NewClient request, @Context UriInfo uri) {
        return idempotency.execute(caller, key, request, () -> service.register(caller, request)
                .map(created -> Created.at(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created)));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateClient",
            summary = "Changes a client's details (front desk, or the client themself)",
            description = "Send the whole record; a field left out is cleared (PATCH changes only what it names). "
                    + "Who may is as for PATCH. Publishes client.updated.")
    @APIResponse(responseCode = "200", description = "Changed; ETag = the new version")
    @APIResponse(responseCode = "403", description = "The client is registered and booked only at other locations")
    @APIResponse(responseCode = "409", description = "The client's data was erased")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<ClientResponse>> update(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClientUpdate request) {
        return changes.update(caller, id, ifMatch, request).map(client -> IfMatch.tagged(client, client.version()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(operationId = "patchClient",
            summary = "Changes some of a client's details (JSON Merge Patch)",
            description = "Send only the fields to change, as application/merge-patch+json (RFC 7396); null removes an "
                    + "optional field, a field left out stays. Chain admins change any client; branch managers and "
                    + "receptionists a client registered (home location) or booked at a location of theirs; the client "
                    + "themself. Publishes client.updated.")
    @APIResponse(responseCode = "200", description = "Changed; ETag = the new version")
    @APIResponse(responseCode = "403", description = "The client is registered and booked only at other locations")
    @APIResponse(responseCode = "409", description = "The client's data was erased")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<ClientResponse>> patch(
            @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = "The ETag last read")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(mediaType = MERGE_PATCH,
                    schema = @Schema(implementation = ClientUpdate.class))) String patch) throws JsonProcessingException {
        JsonNode parsed = patch == null || patch.isBlank() ? null : json.readTree(patch);
        return changes.patch(caller, id, ifMatch, parsed).map(client -> IfMatch.tagged(client, client.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "eraseClient",
            summary = "Erases a client's personal data (chain admins, or the client themself)",
            description = "Name, contact, date of birth and login link are removed; the anonymised record stays for "
                    + "the sessions that name it. Publishes client.erased. Erasing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Uni<Void> erase(@PathParam("id") UUID id) {
        return erasure.erase(caller, id);
    }

}
