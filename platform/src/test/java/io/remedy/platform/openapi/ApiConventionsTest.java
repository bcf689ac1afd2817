package io.remedy.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiConventionsTest {

    private static Operation book() {
        return OASFactory.createOperation().operationId("bookSession").summary("Books a session")
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Booked"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Taken")));
    }

    private static Operation reschedule() {
        return OASFactory.createOperation().operationId("rescheduleSession").summary("Moves a session")
                .description("Keeps its id.")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("Moved").addHeader("ETag", OASFactory.createHeader().description("version"))));
    }

    private static OpenAPI document(Operation post, Operation move) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/sessions", OASFactory.createPathItem().POST(post))
                .addPathItem("/api/v1/sessions/{id}/reschedule", OASFactory.createPathItem().POST(move)));
    }

    @Test
    void answersEveryErrorAsAProblemWithItsTypeUri() {
        Operation post = book();
        OpenAPI document = document(post, reschedule());
        new ApiConventions().filterOpenAPI(document);
        APIResponse conflict = post.getResponses().getAPIResponse("409");
        assertEquals("#/components/schemas/Problem",
                conflict.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertEquals("Taken", conflict.getDescription());
        assertTrue(document.getComponents().getSchemas().get("Problem").getProperties().get("type").getDescription()
                .contains("https://remedy.io/problems/conflict"));
        assertEquals("#/components/responses/BadRequest", post.getResponses().getAPIResponse("400").getRef());
        assertEquals("#/components/responses/Unauthenticated", post.getResponses().getAPIResponse("401").getRef());
        assertEquals("#/components/responses/UnsupportedMediaType", post.getResponses().getAPIResponse("415").getRef());
        assertNull(post.getResponses().getAPIResponse("404"), "no path parameter, nothing to be missing");
        assertNull(post.getResponses().getAPIResponse("412"), "no If-Match");
        assertNotNull(document.getComponents().getResponses().get("BadRequest").getContent()
                .getMediaType("application/problem+json").getExample());
    }

    @Test
    void describesTheIdempotencyKeyAndTheLocationOfWhatWasCreated() {
        Operation post = book();
        new ApiConventions().filterOpenAPI(document(post, reschedule()));
        Parameter key = post.getParameters().get(0);
        assertNotNull(key.getSchema());
        assertEquals(255, key.getSchema().getMaxLength());
        assertTrue(key.getDescription().contains("retry"));
        assertNotNull(post.getResponses().getAPIResponse("201").getHeaders().get("Location").getSchema());
        assertTrue(post.getDescription().startsWith("Books a session. Send an Idempotency-Key"), post.getDescription());
    }

    @Test
    void asksForIfMatchWhereAnOperationReadsItAndGivesEveryHeaderASchema() {
        Operation move = reschedule();
        new ApiConventions().filterOpenAPI(document(book(), move));
        assertEquals("#/components/responses/StaleVersion", move.getResponses().getAPIResponse("412").getRef());
        assertEquals("#/components/responses/PreconditionRequired", move.getResponses().getAPIResponse("428").getRef());
        assertEquals("#/components/responses/NotFound", move.getResponses().getAPIResponse("404").getRef());
        assertNotNull(move.getParameters().get(1).getSchema());
        assertNotNull(move.getResponses().getAPIResponse("200").getHeaders().get("ETag").getSchema());
        assertEquals("Keeps its id.", move.getDescription(), "a written description stays as written");
    }

    @Test
    void givesAnOperationWithoutASuccessAnswerOne() {
        Operation remove = OASFactory.createOperation().operationId("removeClosure").summary("Removes a closure")
                .responses(OASFactory.createAPIResponses().addAPIResponse("404",
                        OASFactory.createAPIResponse().description("No such closure")));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/locations/{id}/closures/{closureId}", OASFactory.createPathItem().DELETE(remove)));
        new ApiConventions().filterOpenAPI(document);
        assertTrue(remove.getResponses().hasAPIResponse("204"));
    }
}
