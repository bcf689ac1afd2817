package io.remedy.gateway.fhir;

import io.remedy.gateway.edge.Correlation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The FHIR R4 operations the gateway composes from the services: the one CapabilityStatement, $everything. */
@Path(FhirComposer.BASE)
@Produces(FhirCompositionResource.FHIR_JSON)
@Tag(name = "FHIR")
public class FhirCompositionResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirComposer composer;

    public FhirCompositionResource(FhirComposer composer) {
        this.composer = composer;
    }

    @GET
    @Path("/metadata")
    @Operation(operationId = "getFhirCapabilities",
            summary = "The FHIR R4 API's CapabilityStatement: every resource type, its reads and searches",
            description = "Merged from the services that serve FHIR (booking: Patient, Practitioner, Location, "
                    + "HealthcareService, Appointment; records: Observation, Questionnaire, QuestionnaireResponse, "
                    + "CarePlan, Goal, Consent, Condition, AuditEvent).")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 CapabilityStatement")))
    public Uni<Response> metadata(@Context HttpHeaders headers, @Context UriInfo uri) {
        return composer.capabilities(forwarded(headers, uri)).map(FhirCompositionResource::response);
    }

    @GET
    @Path("/Patient/{id}/$everything")
    @Operation(operationId = "getFhirPatientEverything",
            summary = "Everything about a patient the caller may see, across services, as one FHIR Bundle",
            description = "The Patient, their Appointments and the Practitioners, Locations and HealthcareServices "
                    + "those name (booking), and what of the clinical record the caller may read: Observations, "
                    + "QuestionnaireResponses, CarePlans and Goals, Consents, Conditions (records). Each part is "
                    + "read with the caller's own rights and audited as the JSON API's reads; a part the caller may "
                    + "not read is left out. A client reads only their own.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 Bundle")))
    @APIResponse(responseCode = "404", description = "No such patient, or not one the caller may see",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 OperationOutcome")))
    public Uni<Response> everything(@Parameter(description = "The client's id") @PathParam("id") String id,
                                    @Context HttpHeaders headers, @Context UriInfo uri) {
        return composer.everything(id, uri.getRequestUri().toString(), forwarded(headers, uri))
                .map(FhirCompositionResource::response);
    }

    private static Response response(FhirComposer.Answer answer) {
        return Response.status(answer.status()).type(FHIR_JSON).entity(answer.body()).build();
    }

    /** What the services get: the caller's token and correlation, and how the caller reached the gateway. */
    private static MultiMap forwarded(HttpHeaders headers, UriInfo uri) {
        MultiMap forwarded = MultiMap.caseInsensitiveMultiMap().add(HttpHeaders.ACCEPT, FHIR_JSON);
        for (String name : new String[] {HttpHeaders.AUTHORIZATION, Correlation.REQUEST_ID, Correlation.TRACEPARENT,
            Correlation.TRACESTATE}) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                forwarded.add(name, value);
            }
        }
        if (uri.getRequestUri().getAuthority() != null) {
            forwarded.add("X-Forwarded-Host", uri.getRequestUri().getAuthority());
        }
        forwarded.add("X-Forwarded-Proto", uri.getRequestUri().getScheme());
        return forwarded;
    }
}
