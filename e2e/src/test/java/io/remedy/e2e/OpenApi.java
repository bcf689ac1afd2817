package io.remedy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's merged OpenAPI document, read as the list of public operations with their parameters and request
 * bodies ({@code $ref}s resolved), so that tests cover every endpoint the platform publishes, new ones included.
 */
public final class OpenApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    private OpenApi(JsonNode document) {
        this.document = document;
    }

    /** One operation: method, path template, parameters, the JSON schema of its body (or null), its media types. */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode body,
                            List<String> produces) {

        public String key() {
            return method + " " + path;
        }

        /** An event stream (server-sent events) stays open: it is called differently. */
        public boolean streams() {
            return produces.contains("text/event-stream");
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** A parameter: where it goes (path, query, header) and its schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {

        public String type() {
            return schema.path("type").asText("string");
        }

        public String format() {
            return schema.path("format").asText("");
        }

        public List<String> enumeration() {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(value.asText()));
            return values;
        }
    }

    /** The document the gateway serves, once it holds every service's part ({@code x-remedy-missing} empty). */
    public static OpenApi fetch() {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(OpenApi::current, document -> document.document.path("x-remedy-missing").isEmpty());
    }

    private static OpenApi current() {
        String text = given().baseUri(Platform.gatewayUrl()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            return new OpenApi(JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation under {@code /api/}, in document order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>(shared);
                for (Parameter own : parameters(operation.path("parameters"))) {
                    parameters.removeIf(p -> p.name().equals(own.name()) && p.in().equals(own.in()));
                    parameters.add(own);
                }
                JsonNode requestBody = resolve(operation.path("requestBody"));
                JsonNode body = resolve(requestBody.path("content").path("application/json").path("schema"));
                List<String> produces = new ArrayList<>();
                operation.path("responses").forEach(response ->
                        resolve(response).path("content").fieldNames().forEachRemaining(produces::add));
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), body.isMissingNode() ? null : body, List.copyOf(produces)));
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode raw : list) {
            JsonNode parameter = resolve(raw);
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
        }
        return parameters;
    }

    /** The node a {@code $ref} names (followed until it is no reference), or the node itself. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** The properties of an object schema (allOf merged), resolved. */
    public Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part)));
        resolved.path("properties").properties().forEach(p -> properties.put(p.getKey(), resolve(p.getValue())));
        return properties;
    }
}
