package io.remedy.e2e.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API document as kept in the repository ({@code docs/openapi.json}, which {@code PublishedOpenApiTest}
 * keeps identical to what the gateway serves): valid OpenAPI 3.1 by a standard parser, and good enough to generate a
 * client from. Needs no platform.
 */
class OpenApiDocumentTest {

    /** Where the document is kept, relative to the repository's root. */
    static final String KEPT = "docs/openapi.json";

    private static OpenAPI document;

    @BeforeAll
    static void parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(kept()), null, options);
        assertEquals(List.of(), result.getMessages(), "the parser's complaints about " + KEPT);
        document = result.getOpenAPI();
        assertNotNull(document, KEPT + " did not parse");
    }

    static Path kept() {
        return Path.of(System.getProperty("remedy.root", "..")).resolve(KEPT);
    }

    @Test
    void isOpenApi31NamingTheGatewayAndWhomToAsk() {
        assertTrue(document.getOpenapi().startsWith("3.1."), document.getOpenapi());
        assertFalse(document.getServers() == null || document.getServers().isEmpty(), "no servers");
        assertNotNull(document.getServers().get(0).getDescription());
        assertNotNull(document.getInfo().getContact(), "no contact");
        assertNotNull(document.getInfo().getContact().getEmail());
        assertFalse(document.getInfo().getDescription().isBlank());
    }

    @Test
    void everyOperationHasAUniqueLowerCamelCaseOperationId() {
        Map<String, String> seen = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        forEachOperation((key, operation) -> {
            String id = operation.getOperationId();
            if (id == null || !id.matches("[a-z][a-zA-Z0-9]*")) {
                wrong.add(key + ": " + id);
            } else if (seen.put(id, key) != null) {
                wrong.add(key + ": " + id + " also names " + seen.get(id));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationIsDescribedTaggedSecuredAndSucceedsSomehow() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((key, operation) -> {
            if (blank(operation.getSummary()) || blank(operation.getDescription())) {
                wrong.add(key + ": summary or description missing");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                wrong.add(key + ": no tag");
            }
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                wrong.add(key + ": no security requirement");
            }
            if (operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                wrong.add(key + ": no success response");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyErrorIsAProblemAndEveryHeaderHasASchema() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((key, operation) -> operation.getResponses().forEach((code, raw) -> {
            ApiResponse response = response(raw);
            if (!code.startsWith("2") && !code.startsWith("3")) {
                Content content = response.getContent();
                // the FHIR API refuses with OperationOutcomes, in FHIR's own media type
                String media = key.contains(" /api/v1/fhir/r4/") && content != null
                        && content.get("application/fhir+json") != null ? "application/fhir+json"
                        : "application/problem+json";
                if (content == null || content.get(media) == null || content.get(media).getSchema() == null) {
                    wrong.add(key + " " + code + ": not a problem+json (or, for FHIR, an OperationOutcome) with a"
                            + " schema");
                }
            }
            if (response.getHeaders() != null) {
                for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
                    if (header.getValue().get$ref() == null && header.getValue().getSchema() == null) {
                        wrong.add(key + " " + code + ": header " + header.getKey() + " has no schema");
                    }
                }
            }
        }));
        assertEquals(List.of(), wrong);
        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        Schema<?> type = problem.getProperties().get("type");
        assertTrue(type.getDescription().contains("https://remedy.io/problems/stale-version"),
                "the problem types are not listed");
    }

    /**
     * Every answer with a body has a schema and a realistic example: on the media type, or on the schema, an item of
     * it or one of its properties (what Swagger UI shows). An example of a JSON body is JSON, not a string. A binary
     * body (a PDF) has none to show.
     */
    @Test
    void everyAnswerHasASchemaAndAnExample() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((key, operation) -> operation.getResponses().forEach((code, raw) -> {
            ApiResponse response = response(raw);
            if (response.getContent() == null || response.getContent().isEmpty()) {
                if (!code.equals("204") && !code.equals("304")) {
                    wrong.add(key + " " + code + ": no body described");
                }
                return;
            }
            response.getContent().forEach((media, type) -> {
                if (type.getSchema() == null) {
                    wrong.add(key + " " + code + " " + media + ": no schema");
                } else if ("binary".equals(type.getSchema().getFormat())) {
                    return;
                } else if (type.getExample() == null && (type.getExamples() == null || type.getExamples().isEmpty())
                        && !hasExample(type.getSchema(), new HashSet<>())) {
                    wrong.add(key + " " + code + " " + media + ": no example");
                }
                if (media.contains("json") && type.getExamples() != null) {
                    type.getExamples().forEach((name, example) -> {
                        if (example.getValue() instanceof String) {
                            wrong.add(key + " " + code + " " + media + ": example " + name + " is not JSON");
                        }
                    });
                }
            });
        }));
        assertEquals(List.of(), wrong);
    }

    /**
     * Every list answers one shape, a page {@code {items, nextCursor}} (docs/architecture.md): no JSON answer is a bare
     * array, and every operation that takes a {@code cursor} takes a {@code limit} and answers a page whose items are
     * an array and whose nextCursor is always there (null on the last page). FHIR searches page as FHIR does (a
     * Bundle with its next link, {@code _count}).
     */
    @Test
    void everyListAnswersAPageOfItemsAndNextCursor() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((key, operation) -> {
            if (key.contains(" /api/v1/fhir/r4/")) {
                return;
            }
            boolean paged = query(operation, "cursor") != null;
            if (paged && query(operation, "limit") == null) {
                wrong.add(key + ": takes cursor but no limit");
            }
            operation.getResponses().forEach((code, raw) -> {
                Content content = response(raw).getContent();
                if (!code.startsWith("2") || content == null || content.get("application/json") == null) {
                    return;
                }
                Schema<?> answer = resolved(content.get("application/json").getSchema());
                if (answer == null) {
                    return;
                }
                if (isType(answer, "array")) {
                    wrong.add(key + " " + code + ": a bare array, not a page");
                } else if (paged && (answer.getProperties() == null
                        || !isType(resolved(answer.getProperties().get("items")), "array")
                        || !answer.getProperties().containsKey("nextCursor") || answer.getRequired() == null
                        || !answer.getRequired().containsAll(List.of("items", "nextCursor")))) {
                    wrong.add(key + " " + code + ": takes cursor but does not answer {items, nextCursor}");
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    private static Parameter query(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(parameter -> "query".equals(parameter.getIn()) && name.equals(parameter.getName()))
                .findFirst().orElse(null);
    }

    private static Schema<?> resolved(Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        return document.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }

    private static boolean isType(Schema<?> schema, String type) {
        return schema != null && (type.equals(schema.getType()) || schema.getTypes() != null
                && schema.getTypes().contains(type));
    }

    private static boolean hasExample(Schema<?> schema, Set<String> seen) {
        if (schema == null) {
            return false;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (schema.getExample() != null || schema.getExamples() != null && !schema.getExamples().isEmpty()) {
                return true;
            }
            return seen.add(name) && hasExample(document.getComponents().getSchemas().get(name), seen);
        }
        if (schema.getExample() != null || schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return true;
        }
        List<Schema<?>> parts = new ArrayList<>();
        if (schema.getItems() != null) {
            parts.add(schema.getItems());
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            parts.add(values);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(parts::add);
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(parts::add);
        }
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(parts::add);
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(parts::add);
        }
        return parts.stream().anyMatch(part -> hasExample(part, seen));
    }

    @Test
    void updatesTakeIfMatchAndCreationsTakeAnIdempotencyKey() {
        List<String> conditional = new ArrayList<>();
        List<String> idempotent = new ArrayList<>();
        forEachOperation((key, operation) -> {
            if (header(operation, "If-Match") != null) {
                conditional.add(operation.getOperationId());
                assertTrue(operation.getResponses().containsKey("412") && operation.getResponses().containsKey("428"),
                        key + " takes If-Match but names neither 412 nor 428");
            }
            if (header(operation, "Idempotency-Key") != null) {
                idempotent.add(operation.getOperationId());
            }
        });
        assertTrue(conditional.containsAll(List.of("rescheduleSession", "cancelSession", "updateClient")),
                conditional.toString());
        assertTrue(idempotent.containsAll(List.of("bookSession", "registerClient")), idempotent.toString());
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static ApiResponse response(ApiResponse response) {
        String ref = response.get$ref();
        if (ref == null) {
            return response;
        }
        return document.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void forEachOperation(BiConsumer<String, Operation> check) {
        document.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                check.accept(operation.getKey() + " " + path, operation.getValue());
            }
        });
    }
}
