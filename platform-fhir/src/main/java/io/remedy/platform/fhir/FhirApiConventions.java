package io.remedy.platform.fhir;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

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
            if (status.equals("404") && !namesAThing || status.equals("400") && (!hasInput || namesAThing)) {
                return;
            }
            APIResponse present = responses.getAPIResponse(status);
            if (present == null || present.getRef() != null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(outcomeContent()));
            } else if (present.getContent() == null || present.getContent().getMediaTypes() == null
                    || !present.getContent().getMediaTypes().containsKey(FhirMedia.FHIR_JSON)) {
                present.setContent(outcomeContent());
            }
        });
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
