package io.remedy.platform.fhir;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API document says alike of every FHIR operation: the {@code OperationOutcome} schema, and its refusals
 * (400, 403, 404) as OperationOutcomes in {@code application/fhir+json} rather than the JSON API's problems.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class FhirApiConventions implements OASFilter {

    /** Name of the OperationOutcome schema. */
    public static final String OPERATION_OUTCOME = "OperationOutcome";

    private static final Map<String, String> REFUSALS = Map.of(
            "400", "A search parameter is not valid (unknown, malformed or out of range); the OperationOutcome names it",
            "403", "The caller's role, chain or locations do not allow this (as in the JSON API)",
            "404", "No such resource, or not one the caller may see");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        for (var entry : openAPI.getPaths().getPathItems().entrySet()) {
            if (!entry.getKey().startsWith(FhirMedia.BASE) || entry.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : entry.getValue().getOperations().values()) {
                refusals(operation, entry.getKey().contains("{"));
                any = true;
            }
        }
        if (any) {
            Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                    : openAPI.getComponents();
            openAPI.setComponents(components);
            components.addSchema(OPERATION_OUTCOME, operationOutcome());
        }
    }

    private static void refusals(Operation operation, boolean namesAThing) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getParameters() != null && !operation.getParameters().isEmpty();
        REFUSALS.forEach((status, description) -> {
            // a search names no resource, so it has no 404 of its own, unless it declares one (a patient it needs)
            boolean declared = responses.getAPIResponse(status) != null;
            if (status.equals("404") && !namesAThing && !declared
                    || status.equals("400") && (!hasInput || namesAThing)) {
                return;
            }
            APIResponse present = responses.getAPIResponse(status);
            if (present == null || present.getRef() != null) {
                present = OASFactory.createAPIResponse().description(description).content(outcomeContent());
                responses.addAPIResponse(status, present);
            } else if (present.getContent() == null || present.getContent().getMediaTypes() == null
                    || !present.getContent().getMediaTypes().containsKey(FhirMedia.FHIR_JSON)) {
                present.setContent(outcomeContent());
            }
            MediaType outcome = present.getContent().getMediaType(FhirMedia.FHIR_JSON);
            if (outcome.getExample() == null && (outcome.getExamples() == null || outcome.getExamples().isEmpty())) {
                outcome.setExample(example(status));
            }
        });
    }

    /** What the refusal looks like, as {@link FhirException#outcome()} writes it. */
    private static Map<String, Object> example(String status) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        switch (status) {
            case "400" -> {
                issue.put("code", "invalid");
                issue.put("diagnostics", "patient: must reference a Patient as Patient/<id>");
                issue.put("expression", List.of("patient"));
            }
            case "403" -> {
                issue.put("code", "forbidden");
                issue.put("diagnostics", "Not allowed");
            }
            default -> {
                issue.put("code", "not-found");
                issue.put("diagnostics", "Patient/9a8b7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b is not known");
            }
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", OPERATION_OUTCOME);
        outcome.put("issue", List.of(issue));
        return outcome;
    }

    private static Content outcomeContent() {
        return OASFactory.createContent().addMediaType(FhirMedia.FHIR_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + OPERATION_OUTCOME)));
    }

    private static Schema operationOutcome() {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        Schema issue = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("severity", text)
                .addProperty("code", text)
                .addProperty("diagnostics", text)
                .addProperty("expression", OASFactory.createSchema().addType(SchemaType.ARRAY).items(text));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A FHIR R4 OperationOutcome: why the request was refused (expression names the parameter)")
                .addProperty("resourceType", OASFactory.createSchema().addType(SchemaType.STRING)
                        .addEnumeration(OPERATION_OUTCOME))
                .addProperty("issue", OASFactory.createSchema().addType(SchemaType.ARRAY).items(issue));
    }
}
