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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
                    description = "FHIR R4 CapabilityStatement"), examples = @ExampleObject(name = "remedy", value = """
                    {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-12-03",
                     "kind": "instance", "software": {"name": "Remedy"},
                     "implementation": {"description": "Remedy: the FHIR R4 read API of a chain of remedial massage \
                    clinics, at the gateway"},
                     "fhirVersion": "4.0.1", "format": ["application/fhir+json"],
                     "rest": [{"mode": "server", "documentation": "Bearer tokens of the chain's identity provider; the \
                    same roles, chain and location scope as the JSON API. Searches page with _count and the Bundle's \
                    next link.",
                               "resource": [
                                 {"type": "Patient", "documentation": "A client of the chain",
                                  "interaction": [{"code": "read"}]},
                                 {"type": "Appointment",
                                  "documentation": "A session: status, client, therapist, location, start and end",
                                  "interaction": [{"code": "read"}, {"code": "search-type"}],
                                  "searchParam": [{"name": "patient", "type": "reference",
                                                   "documentation": "The client: Patient/<id>"},
                                                  {"name": "date", "type": "date",
                                                   "documentation": "Start, with ge/gt/le/lt/eq"}]},
                                 {"type": "Observation", "documentation": "Pain NRS and ODI total of an assessment",
                                  "interaction": [{"code": "read"}, {"code": "search-type"}],
                                  "searchParam": [{"name": "patient", "type": "reference",
                                                   "documentation": "The client: Patient/<id>"}]}]}]}""")))
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
                    description = "FHIR R4 Bundle"), examples = @ExampleObject(name = "harbour", value = """
                    {"resourceType": "Bundle", "type": "searchset", "total": 3,
                     "link": [{"relation": "self", "url": "http://localhost:8080/api/v1/fhir/r4/Patient/\
                    9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b/$everything"}],
                     "entry": [
                       {"fullUrl": "http://localhost:8080/api/v1/fhir/r4/Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b",
                        "resource": {"resourceType": "Patient", "id": "9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b",
                                     "active": true, "name": [{"use": "official", "family": "Carter", "given": ["Sam"]}]},
                        "search": {"mode": "match"}},
                       {"fullUrl": "http://localhost:8080/api/v1/fhir/r4/Appointment/2c4e6a8b-1d3f-4a5c-9e7b-0d2f4a6c8e1b",
                        "resource": {"resourceType": "Appointment", "id": "2c4e6a8b-1d3f-4a5c-9e7b-0d2f4a6c8e1b",
                                     "status": "fulfilled", "start": "2026-03-10T10:00:00.000+00:00",
                                     "end": "2026-03-10T11:00:00.000+00:00",
                                     "participant": [{"actor": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
                                                      "required": "required", "status": "accepted"}]},
                        "search": {"mode": "match"}},
                       {"fullUrl": "http://localhost:8080/api/v1/fhir/r4/Observation/\
                    7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928-nrs",
                        "resource": {"resourceType": "Observation", "id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928-nrs",
                                     "status": "final",
                                     "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3"}]},
                                     "subject": {"reference": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"},
                                     "valueQuantity": {"value": 4, "unit": "score"}},
                        "search": {"mode": "match"}}]}""")))
    @APIResponse(responseCode = "404", description = "No such patient, or not one the caller may see",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 OperationOutcome"), examples = @ExampleObject(name = "unknown", value = """
                    {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found",
                      "diagnostics": "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b is not known"}]}""")))
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
