package io.remedy.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.remedy.gateway.routing.Upstream;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' API documents into the gateway's own, as plain JSON trees:
 * <ul>
 *   <li>paths: only the public ones each service owns at the gateway ({@code /api/v1/...} by the route table);</li>
 *   <li>components: a name two documents use for different things is kept for the first and renamed
 *       {@code <Service>_<Name>} for the next, with every {@code $ref} of that document rewritten (a component that
 *       refers to a renamed one is itself renamed, so nothing silently points at another service's schema);</li>
 *   <li>security: every operation requires the gateway's schemes (a bearer token, or Keycloak sign-in), whatever the
 *       service declared, since the gateway demands a token on every {@code /api} path;</li>
 *   <li>tags: every tag an operation names is declared, and {@code x-tagGroups} groups them by area (the service
 *       that serves them, the gateway's own reports last);</li>
 *   <li>a problem answer of the gateway's own that names no schema gets the services' {@code Problem};</li>
 *   <li>{@code x-remedy-missing} names the services whose document could not be had, and
 *       {@code x-remedy-sources} says what each part came from.</li>
 * </ul>
 */
public final class OpenApiMerge {

    /** A service's document, or null while it cannot be fetched. */
    public record Source(Upstream upstream, JsonNode document, String fetchedAt) {
    }

    static final String BEARER = "bearer";
    static final String KEYCLOAK = "keycloak";
    private static final String REF_PREFIX = "#/components/";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiMerge() {
    }

    /** The merged document; {@code gateway} is left as it was. */
    public static ObjectNode merge(ObjectNode gateway, List<Source> sources, URI keycloakRealm) {
        ObjectNode merged = gateway.deepCopy();
        ObjectNode paths = object(merged, "paths");
        ObjectNode components = object(merged, "components");
        securitySchemes(components, keycloakRealm);
        ArrayNode requirement = requirement();
        merged.set("security", requirement.deepCopy());
        Set<String> operationIds = new HashSet<>();
        forEachOperation(paths, (path, operation) -> {
            if (path.startsWith("/api/")) {
                operation.set("security", requirement.deepCopy());
            }
            if (operation.hasNonNull("operationId")) {
                operationIds.add(operation.get("operationId").asText());
            }
        });
        ArrayNode missing = NODES.arrayNode();
        ObjectNode origins = NODES.objectNode();
        ObjectNode conflicts = NODES.objectNode();
        for (Source source : sources) {
            ObjectNode origin = origins.putObject(source.upstream().serviceName());
            if (source.document() == null || !source.document().isObject()) {
                missing.add(source.upstream().serviceName());
                origin.put("status", "missing");
                continue;
            }
            origin.put("status", "merged");
            if (source.fetchedAt() != null) {
                origin.put("fetchedAt", source.fetchedAt());
            }
            mergeOne(merged, source.upstream(), (ObjectNode) source.document(), requirement, operationIds, conflicts);
        }
        problemSchemas(paths, components);
        tagGroups(merged, paths);
        merged.set("x-remedy-missing", missing);
        merged.set("x-remedy-sources", origins);
        if (!conflicts.isEmpty()) {
            merged.set("x-remedy-conflicts", conflicts);
        }
        if (!missing.isEmpty()) {
            ObjectNode info = object(merged, "info");
            String description = info.path("description").asText("");
            info.put("description", (description.isEmpty() ? "" : description + "\n\n")
                    + "Not in this document right now (the service's own description could not be fetched): "
                    + textList(missing) + ".");
        }
        return merged;
    }

    private static String textList(ArrayNode values) {
        StringBuilder out = new StringBuilder();
        for (JsonNode value : values) {
            out.append(out.isEmpty() ? "" : ", ").append(value.asText());
        }
        return out.toString();
    }

    private static void mergeOne(ObjectNode merged, Upstream upstream, ObjectNode document, ArrayNode requirement,
                                 Set<String> operationIds, ObjectNode conflicts) {
        ObjectNode components = (ObjectNode) merged.get("components");
        JsonNode theirs = document.path("components");
        Map<String, Map<String, String>> renames = renames(components, theirs, upstream);
        ObjectNode rewritten = (ObjectNode) rewrite(document.deepCopy(), renames);
        JsonNode rewrittenComponents = rewritten.path("components");
        for (Map.Entry<String, JsonNode> section : rewrittenComponents.properties()) {
            if (section.getKey().equals("securitySchemes") || !section.getValue().isObject()) {
                continue;
            }
            ObjectNode target = object(components, section.getKey());
            Map<String, String> renamed = renames.getOrDefault(section.getKey(), Map.of());
            section.getValue().properties().forEach(entry -> {
                String name = renamed.getOrDefault(entry.getKey(), entry.getKey());
                if (!target.has(name)) {
                    target.set(name, entry.getValue());
                }
            });
        }
        ObjectNode paths = (ObjectNode) merged.get("paths");
        rewritten.path("paths").properties().forEach(entry -> {
            String path = entry.getKey();
            if (!upstream.owns(path) || !entry.getValue().isObject()) {
                return;
            }
            if (paths.has(path)) {
                conflicts.put(path, upstream.serviceName() + " also describes this path; the first description is kept");
                return;
            }
            ObjectNode item = (ObjectNode) entry.getValue();
            item.properties().forEach(field -> {
                if (OPERATIONS.contains(field.getKey()) && field.getValue().isObject()) {
                    ObjectNode operation = (ObjectNode) field.getValue();
                    operation.set("security", requirement.deepCopy());
                    operation.put("x-remedy-service", upstream.serviceName());
                    if (operation.hasNonNull("operationId")) {
                        String id = operation.get("operationId").asText();
                        if (!operationIds.add(id)) {
                            String unique = upstream.key() + "_" + id;
                            operation.put("operationId", unique);
                            operationIds.add(unique);
                        }
                    }
                }
            });
            paths.set(path, item);
        });
        mergeTags(merged, rewritten.path("tags"));
    }

    /**
     * Which of the service's component names must change: those another document already uses for something else,
     * and, until nothing changes any more, those whose content differs once the renames are applied.
     */
    static Map<String, Map<String, String>> renames(ObjectNode existing, JsonNode theirs, Upstream upstream) {
        Map<String, Map<String, String>> renames = new HashMap<>();
        String prefix = Character.toUpperCase(upstream.key().charAt(0)) + upstream.key().substring(1) + "_";
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, JsonNode> section : theirs.properties()) {
                if (section.getKey().equals("securitySchemes") || !section.getValue().isObject()) {
                    continue;
                }
                JsonNode present = existing.path(section.getKey());
                Map<String, String> renamed = renames.computeIfAbsent(section.getKey(), key -> new LinkedHashMap<>());
                for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
                    String name = entry.getKey();
                    if (renamed.containsKey(name) || !present.has(name)) {
                        continue;
                    }
                    if (!rewrite(entry.getValue().deepCopy(), renames).equals(present.get(name))) {
                        renamed.put(name, unique(prefix + name, present, renamed));
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static String unique(String candidate, JsonNode present, Map<String, String> renamed) {
        String name = candidate;
        for (int n = 2; present.has(name) || renamed.containsValue(name); n++) {
            name = candidate + n;
        }
        return name;
    }

    /** Rewrites every {@code $ref} to a renamed component. */
    static JsonNode rewrite(JsonNode node, Map<String, Map<String, String>> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    field.setValue(new TextNode(renamedRef(field.getValue().asText(), renames)));
                } else {
                    field.setValue(rewrite(field.getValue(), renames));
                }
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewrite(array.get(i), renames));
            }
        }
        return node;
    }

    private static String renamedRef(String ref, Map<String, Map<String, String>> renames) {
        if (!ref.startsWith(REF_PREFIX)) {
            return ref;
        }
        String rest = ref.substring(REF_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return ref;
        }
        String section = rest.substring(0, slash);
        String name = rest.substring(slash + 1);
        String renamed = renames.getOrDefault(section, Map.of()).get(name);
        return renamed == null ? ref : REF_PREFIX + section + "/" + renamed;
    }

    private static void mergeTags(ObjectNode merged, JsonNode tags) {
        if (!tags.isArray() || tags.isEmpty()) {
            return;
        }
        ArrayNode target = merged.has("tags") && merged.get("tags").isArray() ? (ArrayNode) merged.get("tags")
                : merged.putArray("tags");
        Set<String> known = new HashSet<>(target.findValuesAsText("name"));
        for (JsonNode tag : tags) {
            if (tag.hasNonNull("name") && known.add(tag.get("name").asText())) {
                target.add(tag);
            }
        }
    }

    /** The area a service's tags belong to, in the order areas are shown. */
    private static final Map<String, String> AREAS = areas();

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("booking-service", "Booking");
        areas.put("records-service", "Clinical records");
        areas.put("notification-service", "Notifications");
        areas.put("gateway", "Reports across branches");
        return areas;
    }

    private static void tagGroups(ObjectNode merged, ObjectNode paths) {
        ArrayNode tags = merged.has("tags") && merged.get("tags").isArray() ? (ArrayNode) merged.get("tags")
                : merged.putArray("tags");
        Set<String> declared = new HashSet<>(tags.findValuesAsText("name"));
        Map<String, String> areaOfTag = new LinkedHashMap<>();
        forEachOperation(paths, (path, operation) -> {
            String area = AREAS.get(operation.path("x-remedy-service").asText("gateway"));
            for (JsonNode tag : operation.path("tags")) {
                if (declared.add(tag.asText())) {
                    tags.addObject().put("name", tag.asText());
                }
                areaOfTag.putIfAbsent(tag.asText(), area == null ? AREAS.get("gateway") : area);
            }
        });
        ArrayNode groups = NODES.arrayNode();
        for (String area : AREAS.values()) {
            ArrayNode names = NODES.arrayNode();
            areaOfTag.forEach((tag, itsArea) -> {
                if (itsArea.equals(area)) {
                    names.add(tag);
                }
            });
            if (!names.isEmpty()) {
                groups.addObject().put("name", area).set("tags", names);
            }
        }
        merged.set("x-tagGroups", groups);
    }

    private static void problemSchemas(ObjectNode paths, ObjectNode components) {
        if (!components.path("schemas").has("Problem")) {
            return;
        }
        forEachOperation(paths, (path, operation) -> operation.path("responses").forEach(response -> {
            JsonNode media = response.path("content").path("application/problem+json");
            if (media instanceof ObjectNode problem && !problem.has("schema")) {
                problem.putObject("schema").put("$ref", REF_PREFIX + "schemas/Problem");
            }
        }));
    }

    private static void securitySchemes(ObjectNode components, URI realm) {
        ObjectNode schemes = NODES.objectNode();
        schemes.putObject(BEARER)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "An access token of the Keycloak realm remedy (audience remedy-api), e.g. from "
                        + "the password grant of the remedy-cli client in scripts and tests.");
        String base = realm.toString().endsWith("/") ? realm.toString() : realm + "/";
        ObjectNode flow = schemes.putObject(KEYCLOAK)
                .put("type", "oauth2")
                .put("description", "Sign in at Keycloak (authorization code + PKCE): front ends with the public client"
                        + " remedy-web, Swagger UI with remedy-swagger-ui.")
                .putObject("flows").putObject("authorizationCode")
                .put("authorizationUrl", base + "protocol/openid-connect/auth")
                .put("tokenUrl", base + "protocol/openid-connect/token")
                .put("refreshUrl", base + "protocol/openid-connect/token");
        flow.putObject("scopes").put("openid", "OpenID Connect sign-in");
        components.set("securitySchemes", schemes);
    }

    /** Either scheme suffices. */
    private static ArrayNode requirement() {
        ArrayNode requirement = NODES.arrayNode();
        requirement.addObject().putArray(BEARER);
        requirement.addObject().putArray(KEYCLOAK).add("openid");
        return requirement;
    }

    private interface OperationVisitor {
        void visit(String path, ObjectNode operation);
    }

    private static void forEachOperation(ObjectNode paths, OperationVisitor visitor) {
        paths.properties().forEach(entry -> {
            if (entry.getValue().isObject()) {
                entry.getValue().properties().forEach(field -> {
                    if (OPERATIONS.contains(field.getKey()) && field.getValue().isObject()) {
                        visitor.visit(entry.getKey(), (ObjectNode) field.getValue());
                    }
                });
            }
        });
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }
}
