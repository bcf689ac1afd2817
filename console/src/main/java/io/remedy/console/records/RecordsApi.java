package io.remedy.console.records;

import io.remedy.console.records.RecordsModels.Amendment;
import io.remedy.console.records.RecordsModels.Assessment;
import io.remedy.console.records.RecordsModels.Consent;
import io.remedy.console.records.RecordsModels.Intake;
import io.remedy.console.records.RecordsModels.NewAmendment;
import io.remedy.console.records.RecordsModels.NewAssessment;
import io.remedy.console.records.RecordsModels.NewConsent;
import io.remedy.console.records.RecordsModels.NewRedFlag;
import io.remedy.console.records.RecordsModels.Note;
import io.remedy.console.records.RecordsModels.NoteDraft;
import io.remedy.console.records.RecordsModels.OverdueNote;
import io.remedy.console.records.RecordsModels.Page;
import io.remedy.console.records.RecordsModels.Plan;
import io.remedy.console.records.RecordsModels.PlanVersion;
import io.remedy.console.records.RecordsModels.PlanWrite;
import io.remedy.console.records.RecordsModels.Progress;
import io.remedy.console.records.RecordsModels.RedFlag;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** The gateway's clinical-records API ({@code /api/v1/records}), called with the signed-in user's token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RecordsApi {

    /** Pages of a record's lists: the console shows at most this many of each. */
    int PAGE = 100;

    @GET
    @Path("/clients/{clientId}/intake")
    Uni<Intake> intake(@PathParam("clientId") UUID clientId);

    @PUT
    @Path("/clients/{clientId}/intake")
    Uni<Intake> writeIntake(@PathParam("clientId") UUID clientId, @HeaderParam("If-Match") String ifMatch,
                            RecordsModels.IntakeAnswers answers);

    @GET
    @Path("/clients/{clientId}/consents")
    Uni<Page<Consent>> consents(@PathParam("clientId") UUID clientId, @QueryParam("limit") int limit);

    @POST
    @Path("/clients/{clientId}/consents")
    Uni<Consent> giveConsent(@PathParam("clientId") UUID clientId, @HeaderParam("Idempotency-Key") String key,
                             NewConsent consent);

    @GET
    @Path("/clients/{clientId}/red-flags")
    Uni<Page<RedFlag>> redFlags(@PathParam("clientId") UUID clientId, @QueryParam("limit") int limit);

    @GET
    @Path("/clients/{clientId}/red-flags/{id}")
    Uni<RedFlag> redFlag(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id);

    @POST
    @Path("/clients/{clientId}/red-flags")
    Uni<RedFlag> raiseRedFlag(@PathParam("clientId") UUID clientId, @HeaderParam("Idempotency-Key") String key,
                              NewRedFlag flag);

    @POST
    @Path("/clients/{clientId}/red-flags/{id}/clear")
    Uni<RedFlag> clearRedFlag(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
                              RedFlagClearance clearance);

    /** How an open red flag is cleared: MEDICAL_CLEARANCE, RESCREEN_NEGATIVE or RECORDED_IN_ERROR, and the outcome. */
    record RedFlagClearance(String clearance, String outcome) {
    }

    @GET
    @Path("/clients/{clientId}/assessments")
    Uni<Page<Assessment>> assessments(@PathParam("clientId") UUID clientId, @QueryParam("limit") int limit);

    @POST
    @Path("/clients/{clientId}/assessments")
    Uni<Assessment> recordAssessment(@PathParam("clientId") UUID clientId, @HeaderParam("Idempotency-Key") String key,
                                     NewAssessment assessment);

    @GET
    @Path("/clients/{clientId}/progress")
    Uni<Progress> progress(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/clients/{clientId}/plans")
    Uni<Page<Plan>> plans(@PathParam("clientId") UUID clientId, @QueryParam("limit") int limit);

    @GET
    @Path("/clients/{clientId}/plans/{planId}")
    Uni<Plan> plan(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId);

    @POST
    @Path("/clients/{clientId}/plans")
    Uni<Plan> createPlan(@PathParam("clientId") UUID clientId, @HeaderParam("Idempotency-Key") String key,
                         PlanWrite plan);

    @PUT
    @Path("/clients/{clientId}/plans/{planId}")
    Uni<Plan> changePlan(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId,
                         @HeaderParam("If-Match") String ifMatch, PlanWrite plan);

    @GET
    @Path("/clients/{clientId}/plans/{planId}/versions")
    Uni<Page<PlanVersion>> planVersions(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId,
                                        @QueryParam("limit") int limit);

    @GET
    @Path("/sessions/{sessionId}/notes")
    Uni<Page<Note>> notes(@PathParam("sessionId") UUID sessionId);

    @PUT
    @Path("/sessions/{sessionId}/notes")
    Uni<Note> draftNote(@PathParam("sessionId") UUID sessionId, @HeaderParam("If-Match") String ifMatch,
                        NoteDraft draft);

    @POST
    @Path("/sessions/{sessionId}/notes/{noteId}/sign")
    Uni<Note> signNote(@PathParam("sessionId") UUID sessionId, @PathParam("noteId") UUID noteId,
                       @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/sessions/{sessionId}/notes/{noteId}/amendments")
    Uni<Amendment> amendNote(@PathParam("sessionId") UUID sessionId, @PathParam("noteId") UUID noteId,
                             @HeaderParam("Idempotency-Key") String key, NewAmendment amendment);

    @GET
    @Path("/sessions/{sessionId}/notes/{noteId}/amendments")
    Uni<Page<Amendment>> amendments(@PathParam("sessionId") UUID sessionId, @PathParam("noteId") UUID noteId,
                                    @QueryParam("limit") int limit);

    @GET
    @Path("/notes/overdue")
    Uni<Page<OverdueNote>> overdueNotes(@QueryParam("limit") int limit);

    /** The strong ETag of a version, as If-Match wants it. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
