package io.remedy.records.fhir;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.fhir.Capabilities.SearchParameter;
import io.remedy.platform.fhir.Capabilities.TypeSupport;
import io.remedy.platform.fhir.Capabilities;
import io.remedy.platform.fhir.FhirApiConventions;
import io.remedy.platform.fhir.FhirCalls;
import io.remedy.platform.fhir.FhirException;
import io.remedy.platform.fhir.FhirMedia;
import io.remedy.platform.fhir.FhirSearch;
import io.remedy.platform.fhir.SearchBundles;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.assessment.AssessmentService;
import io.remedy.records.assessment.AssessmentView.AssessmentResponse;
import io.remedy.records.audit.AuditService;
import io.remedy.records.consent.ConsentService;
import io.remedy.records.plan.PlanService;
import io.remedy.records.redflag.RedFlagService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records' FHIR R4 resources, read through the same use cases as the JSON API: the same roles, chain and location
 * scope, and the same audit entry for every read of clinical data. Refusals are OperationOutcomes.
 */
@Path(FhirMedia.BASE)
@Produces(FhirMedia.FHIR_JSON)
@Tag(name = FhirMedia.TAG)
@SecurityRequirement(name = "jwt")
public class RecordsFhirResource {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 200;
    /** How many of each kind a patient's $everything part holds at most. */
    static final int EVERYTHING_LIMIT = 200;

    private static final Pattern OBSERVATION_ID = Pattern.compile("([0-9a-fA-F-]{36})-(nrs|odi)");
    private static final Pattern GOAL_ID = Pattern.compile("([0-9a-fA-F-]{36})-p([0-9]{1,2})g([0-9]{1,2})");

    private final AssessmentService assessments;
    private final PlanService plans;
    private final ConsentService consents;
    private final RedFlagService flags;
    private final AuditService audit;
    private final RecordLookups lookups;
    private final Caller caller;

    public RecordsFhirResource(AssessmentService assessments, PlanService plans, ConsentService consents,
                               RedFlagService flags, AuditService audit, RecordLookups lookups, Caller caller) {
        this.assessments = assessments;
        this.plans = plans;
        this.consents = consents;
        this.flags = flags;
        this.audit = audit;
        this.lookups = lookups;
        this.caller = caller;
    }

    @GET
    @Path("/Observation/{id}")
    @Operation(operationId = "readFhirObservation",
            summary = "An assessment's pain NRS (<assessmentId>-nrs) or ODI total (<assessmentId>-odi) as a FHIR Observation",
            description = "Pain NRS with LOINC 72514-3; ODI total with LOINC 97909-6, its band and, against the client's"
                    + " first assessment, the change and whether it is clinically important. Read as the assessment "
                    + "in the JSON API: treating therapists, managers of the client's locations, chain admins; audited.")
    @APIResponse(responseCode = "200", description = "The Observation",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Observation"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.OBSERVATION)))
    @APIResponse(responseCode = "403", description = "The caller does not read clinical data of this client",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Observation> observation(@Parameter(description = "<assessmentId>-nrs or <assessmentId>-odi")
                                        @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            Matcher parts = OBSERVATION_ID.matcher(id == null ? "" : id);
            if (!parts.matches()) {
                throw FhirException.notFound("Observation", "?");
            }
            UUID assessmentId = FhirSearch.id("Observation", parts.group(1));
            return lookups.clientOfAssessment(caller.tenant(), assessmentId)
                    .flatMap(client -> assessments.get(caller, client, assessmentId))
                    .flatMap(found -> baselines(found.clientId()).map(first -> {
                        Observation observation = parts.group(2).equals(RecordsFhirMapping.NRS)
                                ? RecordsFhirMapping.nrs(found, first.nrs())
                                : RecordsFhirMapping.odi(found, first.odi());
                        if (observation == null) {
                            throw FhirException.notFound("Observation", id);
                        }
                        return observation;
                    }));
        });
    }

    @GET
    @Path("/Observation")
    @Operation(operationId = "searchFhirObservations",
            summary = "Searches a client's pain NRS and ODI Observations (patient required, code optional)",
            description = "A searchset Bundle, first assessment first; each page holds the Observations of _count "
                    + "assessments. code: 72514-3 (pain NRS) or 97909-6 (ODI total), with or without http://loinc.org|.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of Observations",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Bundle (searchset)"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.OBSERVATIONS)))
    @APIResponse(responseCode = "403", description = "The caller does not read clinical data of this client",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's chain",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Bundle> searchObservations(
            @Parameter(description = "The client: Patient/<id>", required = true) @QueryParam("patient") String patient,
            @Parameter(description = "LOINC code(s), comma-separated", example = "http://loinc.org|72514-3")
            @QueryParam("code") String code,
            @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("_count") String count,
            @Parameter(description = "Position of the next page, as the next link carries it") @QueryParam("cursor")
            String cursor,
            @Context UriInfo uri) {
        return FhirCalls.answer(() -> {
            UUID client = FhirSearch.patient(uri, Set.of("patient", "code"));
            Set<String> wanted = ObservationCodes.wanted(code);
            int size = FhirSearch.count(count, DEFAULT_COUNT, MAX_COUNT);
            Cursor.Keyset after = Cursor.keyset(cursor);
            return assessments.list(caller, client, after, size)
                    .flatMap(page -> baselines(client).map(first -> SearchBundles.page(uri,
                            observations(page.items(), first, wanted), page.nextCursor())));
        });
    }

    @GET
    @Path("/Questionnaire/{id}")
    @Operation(operationId = "readFhirQuestionnaire",
            summary = "The Questionnaire every ODI QuestionnaireResponse answers (id oswestry-disability-index)")
    @APIResponse(responseCode = "200", description = "The Questionnaire",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Questionnaire"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.QUESTIONNAIRE)))
    public Uni<Questionnaire> questionnaire(@Parameter(description = "oswestry-disability-index") @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            caller.tenant();
            if (!OdiQuestionnaire.ID.equals(id)) {
                throw FhirException.notFound("Questionnaire", "?");
            }
            return Uni.createFrom().item(OdiQuestionnaire.questionnaire());
        });
    }

    @GET
    @Path("/QuestionnaireResponse/{id}")
    @Operation(operationId = "readFhirQuestionnaireResponse",
            summary = "An assessment's ten ODI answers as a FHIR QuestionnaireResponse (id = the assessment's id)",
            description = "Read as the assessment in the JSON API; audited.")
    @APIResponse(responseCode = "200", description = "The QuestionnaireResponse",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 QuestionnaireResponse"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.QUESTIONNAIRE_RESPONSE)))
    @APIResponse(responseCode = "403", description = "The caller does not read clinical data of this client",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<QuestionnaireResponse> questionnaireResponse(@Parameter(description = "The assessment's id")
                                                            @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            UUID assessmentId = FhirSearch.id("QuestionnaireResponse", id);
            return lookups.clientOfAssessment(caller.tenant(), assessmentId)
                    .flatMap(client -> assessments.get(caller, client, assessmentId))
                    .map(found -> {
                        QuestionnaireResponse answers = RecordsFhirMapping.odiAnswers(found);
                        if (answers == null) {
                            throw FhirException.notFound("QuestionnaireResponse", id);
                        }
                        return answers;
                    });
        });
    }

    @GET
    @Path("/CarePlan/{id}")
    @Operation(operationId = "readFhirCarePlan",
            summary = "A treatment plan as a FHIR CarePlan: phases and homework as activities, goals as Goals",
            description = "Read as the plan in the JSON API (the client themself too); audited.")
    @APIResponse(responseCode = "200", description = "The CarePlan",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 CarePlan"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.CARE_PLAN)))
    @APIResponse(responseCode = "403", description = "The caller does not read this client's record",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<CarePlan> carePlan(@Parameter(description = "The plan's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            UUID planId = FhirSearch.id("CarePlan", id);
            return lookups.clientOfPlan(caller.tenant(), planId)
                    .flatMap(client -> plans.get(caller, client, planId))
                    .map(RecordsFhirMapping::carePlan);
        });
    }

    @GET
    @Path("/CarePlan")
    @Operation(operationId = "searchFhirCarePlans", summary = "Searches a client's treatment plans (patient required)",
            description = "A searchset Bundle, oldest plan first. Pages: follow the Bundle's next link.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of CarePlans",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Bundle (searchset)"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.CARE_PLANS)))
    @APIResponse(responseCode = "403", description = "The caller does not read this client's record",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's chain",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Bundle> searchCarePlans(
            @Parameter(description = "The client: Patient/<id>", required = true) @QueryParam("patient") String patient,
            @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("_count") String count,
            @Parameter(description = "Position of the next page, as the next link carries it") @QueryParam("cursor")
            String cursor,
            @Context UriInfo uri) {
        return FhirCalls.answer(() -> {
            UUID client = FhirSearch.patient(uri, Set.of("patient"));
            int size = FhirSearch.count(count, DEFAULT_COUNT, MAX_COUNT);
            return plans.list(caller, client, Cursor.keyset(cursor), size).map(page -> SearchBundles.page(uri,
                    page.items().stream().map(RecordsFhirMapping::carePlan).toList(), page.nextCursor()));
        });
    }

    @GET
    @Path("/Goal/{id}")
    @Operation(operationId = "readFhirGoal",
            summary = "A goal of a treatment plan's phase as a FHIR Goal (id <planId>-p<phase>g<goal>)",
            description = "Read as the plan in the JSON API; audited.")
    @APIResponse(responseCode = "200", description = "The Goal", content = @Content(mediaType = FhirMedia.FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Goal"),
            examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.GOAL)))
    @APIResponse(responseCode = "403", description = "The caller does not read this client's record",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Goal> goal(@Parameter(description = "<planId>-p<phase>g<goal>, as the CarePlan names it")
                          @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            Matcher parts = GOAL_ID.matcher(id == null ? "" : id);
            if (!parts.matches()) {
                throw FhirException.notFound("Goal", "?");
            }
            UUID planId = FhirSearch.id("Goal", parts.group(1));
            return lookups.clientOfPlan(caller.tenant(), planId)
                    .flatMap(client -> plans.get(caller, client, planId))
                    .map(plan -> RecordsFhirMapping.goals(plan).stream()
                            .filter(goal -> goal.getIdElement().getIdPart().equals(id)).findFirst()
                            .orElseThrow(() -> FhirException.notFound("Goal", id)));
        });
    }

    @GET
    @Path("/Consent/{id}")
    @Operation(operationId = "readFhirConsent", summary = "A client's consent as a FHIR Consent",
            description = "Read as the consent in the JSON API (the client themself too); audited.")
    @APIResponse(responseCode = "200", description = "The Consent", content = @Content(mediaType = FhirMedia.FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Consent"),
            examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.CONSENT)))
    @APIResponse(responseCode = "403", description = "The caller does not read this client's record",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Consent> consent(@Parameter(description = "The consent's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            UUID consentId = FhirSearch.id("Consent", id);
            return lookups.clientOfConsent(caller.tenant(), consentId)
                    .flatMap(client -> consents.get(caller, client, consentId))
                    .map(RecordsFhirMapping::consent);
        });
    }

    @GET
    @Path("/Condition/{id}")
    @Operation(operationId = "readFhirCondition", summary = "A red flag as a FHIR Condition, with its severity",
            description = "Read as the red flag in the JSON API; audited.")
    @APIResponse(responseCode = "200", description = "The Condition", content = @Content(mediaType = FhirMedia.FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Condition"),
            examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.CONDITION)))
    @APIResponse(responseCode = "403", description = "The caller does not read clinical data of this client",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Condition> condition(@Parameter(description = "The red flag's id") @PathParam("id") String id) {
        return FhirCalls.answer(() -> {
            UUID flagId = FhirSearch.id("Condition", id);
            return lookups.clientOfRedFlag(caller.tenant(), flagId)
                    .flatMap(client -> flags.get(caller, client, flagId))
                    .map(RecordsFhirMapping::condition);
        });
    }

    @GET
    @Path("/AuditEvent")
    @Operation(operationId = "searchFhirAuditEvents",
            summary = "Searches the access log of a client's record as FHIR AuditEvents (patient required)",
            description = "Newest first; as the audit trail in the JSON API: chain admins and the client themself. "
                    + "Reading it is itself audited.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of AuditEvents",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "FHIR R4 Bundle (searchset)"),
                    examples = @ExampleObject(name = "harbour", value = RecordsFhirExamples.AUDIT_EVENTS)))
    @APIResponse(responseCode = "403", description = "Neither a chain admin nor the client themself",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's chain",
            content = @Content(mediaType = FhirMedia.FHIR_JSON,
                    schema = @Schema(ref = FhirApiConventions.OPERATION_OUTCOME)))
    public Uni<Bundle> searchAuditEvents(
            @Parameter(description = "The client: Patient/<id>", required = true) @QueryParam("patient") String patient,
            @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("_count") String count,
            @Parameter(description = "Position of the next page, as the next link carries it") @QueryParam("cursor")
            String cursor,
            @Context UriInfo uri) {
        return FhirCalls.answer(() -> {
            UUID client = FhirSearch.patient(uri, Set.of("patient"));
            int size = FhirSearch.count(count, DEFAULT_COUNT, MAX_COUNT);
            return audit.trail(caller, client, Cursor.keyset(cursor), size).map(page -> SearchBundles.page(uri,
                    page.items().stream().map(entry -> RecordsFhirMapping.auditEvent(entry, client)).toList(),
                    page.nextCursor()));
        });
    }

    /**
     * Records' part of a patient's {@code $everything}, which the gateway composes with booking's: what the caller may
     * read of the record (a part refused to them is left out, as the JSON API refuses it, audited alike).
     */
    @GET
    @Path("/Patient/{id}/$everything")
    @Operation(hidden = true)
    public Uni<Bundle> everything(@PathParam("id") String id, @Context UriInfo uri) {
        return FhirCalls.answer(() -> {
            UUID client = FhirSearch.id("Patient", id);
            List<Resource> found = new ArrayList<>();
            return part(() -> assessments.list(caller, client, null, EVERYTHING_LIMIT)
                    .flatMap(page -> baselines(client).map(first -> {
                        List<Resource> all = new ArrayList<>(observations(page.items(), first, ObservationCodes.ALL));
                        page.items().stream().map(RecordsFhirMapping::odiAnswers).filter(r -> r != null).forEach(all::add);
                        return all;
                    })), found)
                    .chain(() -> part(() -> plans.list(caller, client, null, EVERYTHING_LIMIT).map(page -> {
                        List<Resource> all = new ArrayList<>();
                        page.items().forEach(plan -> {
                            all.add(RecordsFhirMapping.carePlan(plan));
                            all.addAll(RecordsFhirMapping.goals(plan));
                        });
                        return all;
                    }), found))
                    .chain(() -> part(() -> consents.list(caller, client, null, EVERYTHING_LIMIT).map(page ->
                            page.items().stream().<Resource>map(RecordsFhirMapping::consent).toList()), found))
                    .chain(() -> part(() -> flags.list(caller, client, null, EVERYTHING_LIMIT).map(page ->
                            page.items().stream().<Resource>map(RecordsFhirMapping::condition).toList()), found))
                    .map(done -> SearchBundles.page(uri, found, null));
        });
    }

    /** Records' part of the API's CapabilityStatement (the gateway publishes the merged one). */
    @GET
    @Path("/metadata")
    @Operation(hidden = true)
    public CapabilityStatement metadata() {
        SearchParameter patient = new SearchParameter("patient", SearchParamType.REFERENCE, "The client: Patient/<id>");
        return Capabilities.of("Remedy records-service", List.of(
                new TypeSupport("Observation", "Pain NRS (LOINC 72514-3) and ODI total (LOINC 97909-6) of assessments",
                        List.of(patient, new SearchParameter("code", SearchParamType.TOKEN, "LOINC code"))),
                TypeSupport.read("Questionnaire", "The Oswestry Disability Index, id oswestry-disability-index"),
                TypeSupport.read("QuestionnaireResponse", "The ten ODI answers of an assessment"),
                new TypeSupport("CarePlan", "A treatment plan: phases and homework as activities", List.of(patient)),
                TypeSupport.read("Goal", "A goal of a treatment plan's phase"),
                TypeSupport.read("Consent", "A consent to treatment or to data processing"),
                TypeSupport.read("Condition", "A red flag, with its severity"),
                new TypeSupport("AuditEvent", "The access log of a client's record", List.of(patient))));
    }

    /** Adds what a part yields to {@code found}; a part the caller may not read (403) adds nothing. */
    private static Uni<Void> part(Supplier<Uni<List<Resource>>> read, List<Resource> found) {
        return FhirCalls.answer(read::get)
                .onFailure(failure -> failure instanceof FhirException refused && refused.status() == 403)
                .recoverWithItem(List.of())
                .invoke(found::addAll)
                .replaceWithVoid();
    }

    private record Baselines(AssessmentResponse nrs, AssessmentResponse odi) {
    }

    /** The client's first assessment, and first with an ODI: what later ones are compared with. */
    private Uni<Baselines> baselines(UUID client) {
        return lookups.assessmentsOf(caller.tenant(), client).map(all -> {
            AssessmentResponse first = all.isEmpty() ? null : assessments.view(all.get(0));
            AssessmentResponse firstOdi = all.stream().filter(a -> a.odiScore != null).findFirst()
                    .map(assessments::view).orElse(null);
            return new Baselines(first, firstOdi);
        });
    }

    private static List<Resource> observations(List<AssessmentResponse> items, Baselines first, Set<String> wanted) {
        List<Resource> found = new ArrayList<>();
        for (AssessmentResponse assessment : items) {
            if (wanted.contains(RecordsFhirMapping.NRS_CODE)) {
                found.add(RecordsFhirMapping.nrs(assessment, first.nrs()));
            }
            Observation odi = wanted.contains(RecordsFhirMapping.ODI_CODE)
                    ? RecordsFhirMapping.odi(assessment, first.odi()) : null;
            if (odi != null) {
                found.add(odi);
            }
        }
        return found;
    }
}
