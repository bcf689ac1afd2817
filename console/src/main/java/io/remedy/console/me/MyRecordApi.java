package io.remedy.console.me;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a client may read of their own clinical record through the gateway: the homework of their active plans, who
 * read or changed the record, and the whole record as one document. Called with the client's own token.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/records/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MyRecordApi {

    @GET
    @Path("/homework")
    Uni<HomeworkPage> homework(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/audit")
    Uni<AuditPage> audit(@PathParam("clientId") UUID clientId, @QueryParam("limit") int limit,
                         @QueryParam("cursor") String cursor);

    @GET
    @Path("/export")
    Uni<JsonNode> export(@PathParam("clientId") UUID clientId);

    /** One exercise or task of a plan, with the therapist's instructions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Homework(UUID planId, UUID homeworkId, String title, String instructions, Integer timesPerDay,
                    Integer daysPerWeek) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HomeworkPage(List<Homework> items, String nextCursor) {
    }

    /** One read or change of the record, as the client is shown it: who by name and role, never their login. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuditEntry(UUID id, Instant at, String actorName, String actorRole, String action, String resource,
                      String location) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuditPage(List<AuditEntry> items, String nextCursor) {
    }
}
