package io.remedy.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Limit;
import io.remedy.platform.query.QueryParams;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every service's API document says alike, written once at build time instead of on each operation: the
 * {@code Problem} schema with its stable type URIs and the problem+json errors every operation can answer, the
 * {@code Idempotency-Key} and {@code If-Match} headers where an operation reads them, a schema for every response
 * header, and a description that names these conventions where a resource wrote only a summary.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventions implements OASFilter {

    /** Name of the shared problem schema. */
    public static final String PROBLEM = "Problem";
    /** Problem type of a booking refused while the client is on a red-flag hold (booking-service). */
    static final String RED_FLAG_HOLD = ProblemType.BASE + "red-flag-hold";

    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String IF_MATCH = "If-Match";

    /** The shared error answers, by status: added to an operation where they apply and it names none itself. */
    private record Standard(String status, String name, String description, ProblemType type) {
    }

    private static final List<Standard> STANDARD = List.of(
            new Standard("400", "BadRequest", "The request is not valid: a parameter or body property is missing, of"
                    + " the wrong type or out of range (type validation, each offending field named in errors), or the"
                    + " body is not JSON (type malformed-request). Nothing was written.", ProblemType.VALIDATION),
            new Standard("401", "Unauthenticated", "No valid bearer token (missing, expired, or not for this API).",
                    ProblemType.UNAUTHENTICATED),
            new Standard("403", "Forbidden", "The caller's role, chain or locations do not allow this.",
                    ProblemType.FORBIDDEN),
            new Standard("404", "NotFound", "No such resource, or not one the caller may see.",
                    ProblemType.NOT_FOUND),
            new Standard("412", "StaleVersion", "If-Match names an older version: read the resource again and retry."
                    + " Nothing was written.", ProblemType.STALE_VERSION),
            new Standard("415", "UnsupportedMediaType", "The body is not application/json.",
                    ProblemType.UNSUPPORTED_MEDIA_TYPE),
            new Standard("428", "PreconditionRequired", "If-Match is missing: send the ETag of your last read.",
                    ProblemType.PRECONDITION_REQUIRED),
            new Standard("429", "TooManyRequests", "The caller's rate limit is used up: retry after Retry-After"
                    + " seconds.", ProblemType.TOO_MANY_REQUESTS));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema("FieldError", fieldErrorSchema());
        for (Standard standard : STANDARD) {
            components.addResponse(standard.name(), OASFactory.createAPIResponse()
                    .description(standard.description())
                    .content(problemContent(standard.type())));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean idempotent = parameters.stream().anyMatch(p -> isHeader(p, Idempotency.HEADER));
        boolean conditional = parameters.stream().anyMatch(p -> isHeader(p, IF_MATCH));
        boolean paged = parameters.stream().anyMatch(p -> "cursor".equals(p.getName()));
        for (Parameter parameter : parameters) {
            if (isHeader(parameter, Idempotency.HEADER)) {
                describeIdempotencyKey(parameter);
            } else if (isHeader(parameter, IF_MATCH)) {
                describeIfMatch(parameter);
            } else if (isQuery(parameter, Limit.PARAMETER)) {
                describeLimit(parameter);
            } else if (isQuery(parameter, Cursor.PARAMETER)) {
                describeCursor(parameter);
            } else if (isQuery(parameter, QueryParams.LOCATION_ID)) {
                describeLocationId(parameter);
            }
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        if (responses.getAPIResponses() == null || responses.getAPIResponses().keySet().stream()
                .noneMatch(code -> code.startsWith("2"))) {
            responses.addAPIResponse(method == PathItem.HttpMethod.DELETE ? "204" : "200",
                    OASFactory.createAPIResponse().description(method == PathItem.HttpMethod.DELETE ? "Done; no body"
                            : "Done"));
        }
        Map<String, APIResponse> present = new LinkedHashMap<>(responses.getAPIResponses());
        present.forEach((code, response) -> documentResponse(code, response));
        boolean hasInput = !parameters.isEmpty() || operation.getRequestBody() != null;
        for (Standard standard : STANDARD) {
            if (present.containsKey(standard.status()) || !applies(standard.status(), path, operation, hasInput,
                    conditional)) {
                continue;
            }
            responses.addAPIResponse(standard.status(), OASFactory.createAPIResponse()
                    .ref("#/components/responses/" + standard.name()));
        }
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(description(operation.getSummary(), idempotent, conditional, paged));
        }
    }

    private static boolean applies(String status, String path, Operation operation, boolean hasInput,
                                   boolean conditional) {
        return switch (status) {
            case "400" -> hasInput;
            case "404" -> path.contains("{");
            case "412", "428" -> conditional;
            case "415" -> operation.getRequestBody() != null;
            default -> true;
        };
    }

    private static void documentResponse(String code, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> describeHeader(name, header));
        }
        if (code.equals("201") && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", OASFactory.createHeader()
                    .description("The address of what was created")
                    .schema(string().format("uri")));
        }
        if ((code.startsWith("4") || code.startsWith("5")) && (response.getContent() == null
                || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(problemContent(ProblemType.forStatus(Integer.parseInt(code))));
        }
    }

    private static void describeHeader(String name, Header header) {
        if (header.getRef() != null || header.getSchema() != null) {
            return;
        }
        Schema schema = string();
        if (name.equalsIgnoreCase("ETag")) {
            schema.addExample("\"3\"");
        } else if (name.equalsIgnoreCase("Retry-After")) {
            schema = OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO);
        }
        header.setSchema(schema);
    }

    private static void describeIdempotencyKey(Parameter parameter) {
        if (parameter.getDescription() == null) {
            parameter.setDescription("A key of your choosing, new for each thing you create (a UUID will do): a retry"
                    + " with the same key and body returns the first result (Idempotent-Replayed: true) instead of"
                    + " creating it twice; the same key with another body is a 422 (type "
                    + ProblemType.IDEMPOTENCY_KEY_REUSED.uri() + ").");
        }
        parameter.setSchema(string().maxLength(Idempotency.MAX_KEY_LENGTH)
                .addExample("9b2f6c1e-5d4a-4f7e-8a39-2c1d0e7b6a54"));
    }

    private static void describeIfMatch(Parameter parameter) {
        if (parameter.getDescription() == null) {
            parameter.setDescription("The ETag of your last read of the resource (\"<version>\"): the change is made"
                    + " only if nobody changed it since (else 412); without it, 428.");
        }
        parameter.setSchema(string().addExample("\"3\""));
    }

    /** A list's page size: an integer from 1 to its maximum ({@link Limit}'s unless the resource names its own). */
    private static void describeLimit(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getType() == null || !schema.getType().contains(SchemaType.INTEGER)) {
            schema = OASFactory.createSchema().addType(SchemaType.INTEGER)
                    .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(Limit.MAX))
                    .defaultValue(Limit.DEFAULT);
            parameter.setSchema(schema);
        }
        if (parameter.getDescription() == null) {
            parameter.setDescription("Items per page, 1 to " + schema.getMaximum() + " (default "
                    + schema.getDefaultValue() + "); anything else is a 400 naming limit.");
        }
    }

    private static void describeCursor(Parameter parameter) {
        if (parameter.getDescription() == null) {
            parameter.setDescription("The nextCursor of the previous page, as it was given; none for the first page."
                    + " A cursor this list did not give is a 400 naming cursor.");
        }
    }

    /** A location's id, read by {@code QueryParams.locationId} whatever the parameter's Java type. */
    private static void describeLocationId(Parameter parameter) {
        parameter.setSchema(string().format("uuid"));
        if (parameter.getDescription() == null) {
            parameter.setDescription("Only this location (its id)");
        }
    }

    private static String description(String summary, boolean idempotent, boolean conditional, boolean paged) {
        List<String> parts = new ArrayList<>();
        if (summary != null && !summary.isBlank()) {
            parts.add(summary.endsWith(".") ? summary : summary + ".");
        }
        if (idempotent) {
            parts.add("Send an Idempotency-Key: a retry with it returns the first result instead of creating twice.");
        }
        if (conditional) {
            parts.add("Send If-Match with the ETag of your last read: a stale one is 412, none is 428.");
        }
        if (paged) {
            parts.add("Pages: pass the cursor of the previous page's answer to get the next one.");
        }
        parts.add("Errors are application/problem+json with a stable type URI.");
        return String.join(" ", parts);
    }

    private static boolean isHeader(Parameter parameter, String name) {
        return parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName());
    }

    private static boolean isQuery(Parameter parameter, String name) {
        return parameter.getIn() == Parameter.In.QUERY && name.equals(parameter.getName());
    }

    private static Content problemContent(ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", switch (type) {
            case VALIDATION -> "startsAt must be in the future";
            case STALE_VERSION -> "The resource is now at version \"4\"; read it again and retry";
            case PRECONDITION_REQUIRED -> "Send If-Match with the ETag you last read";
            default -> type.title();
        });
        if (type == ProblemType.VALIDATION) {
            example.put("errors", List.of(Map.of("field", "startsAt", "message", "must be in the future")));
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Schema problemSchema() {
        String types = Stream.concat(Stream.of(ProblemType.values()).map(type -> type.uri() + " (" + type.status()
                        + ", " + type.title() + ")"), Stream.of(RED_FLAG_HOLD + " (409, client on a red-flag hold)"))
                .collect(Collectors.joining("; "));
        List<Object> uris = new ArrayList<>(Stream.of(ProblemType.values()).map(type -> (Object) type.uri().toString())
                .toList());
        uris.add(RED_FLAG_HOLD);
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, answered with " + Problem.MEDIA_TYPE + " for every error.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string().format("uri")
                        .description("Stable kind of problem; a client may switch on it. One of: " + types)
                        .examples(uris))
                .addProperty("title", string().description("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", string().description("What went wrong this time, for a person"))
                .addProperty("instance", string().description("The request path the problem occurred on"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The offending fields of bad input (type validation)")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("correlationId", string()
                        .description("Set on server faults only: the id the fault was logged under"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One offending field of a request")
                .addRequired("field").addRequired("message")
                .addProperty("field", string().description("JSON path of the field, e.g. startsAt or items[2].code")
                        .addExample("startsAt"))
                .addProperty("message", string().description("What is wrong with it")
                        .addExample("must be in the future"));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
