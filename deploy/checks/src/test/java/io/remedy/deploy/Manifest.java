package io.remedy.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One document of a file under deploy/k8s that declares a Kubernetes object, parsed into the fabric8 model. */
record Manifest(Path file, JsonNode tree, HasMetadata resource) {

    static final Path K8S = Repository.path("deploy/k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Set<String> KUSTOMIZE_KINDS = Set.of("Kustomization", "Component");

    /**
     * Every object declared in the YAML files under a directory of deploy/k8s (kustomizations and JSON patches, which
     * are lists, left out; a strategic-merge patch is a partial object and is read like one).
     */
    static List<Manifest> under(String directory) {
        List<Manifest> all = new ArrayList<>();
        for (Path file : Repository.yamlFiles(K8S.resolve(directory))) {
            for (JsonNode document : Repository.readYamlDocuments(file)) {
                if (document.isObject() && document.has("kind") && !KUSTOMIZE_KINDS.contains(document.path("kind").asText())) {
                    all.add(of(file, document));
                }
            }
        }
        return all;
    }

    static Manifest of(Path file, JsonNode document) {
        return new Manifest(file, document, parse(file, document));
    }

    String kind() {
        return tree.path("kind").asText();
    }

    String apiVersion() {
        return tree.path("apiVersion").asText();
    }

    String name() {
        return tree.path("metadata").path("name").asText();
    }

    boolean isCustomResource() {
        return resource instanceof GenericKubernetesResource;
    }

    /** Where it comes from, for messages: file (relative to deploy/k8s), kind and name. */
    @Override
    public String toString() {
        return K8S.relativize(file) + " " + kind() + "/" + name();
    }

    @SuppressWarnings("unchecked")
    <T> T as(Class<T> type) {
        return (T) resource;
    }

    /**
     * The fields the model did not know, by their path: fabric8 keeps them in additionalProperties instead of
     * refusing them, so a misspelt or misplaced field would otherwise pass unseen.
     */
    List<String> unknownFields() {
        List<String> unknown = new ArrayList<>();
        collectUnknown(resource, kind(), unknown, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return unknown;
    }

    private static HasMetadata parse(Path file, JsonNode document) {
        try {
            KubernetesResource parsed = SERIALIZATION.unmarshal(Repository.JSON.writeValueAsString(document));
            if (!(parsed instanceof HasMetadata object)) {
                throw new IllegalStateException(file + ": not a Kubernetes object: " + parsed);
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static void collectUnknown(Object value, String path, List<String> unknown, Set<Object> seen) {
        if (value == null || value instanceof GenericKubernetesResource || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> collectUnknown(entry, path + "." + key, unknown, seen));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object entry : collection) {
                collectUnknown(entry, path + "[" + index++ + "]", unknown, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> additional && !additional.isEmpty()) {
                    unknown.add(path + " " + additional.keySet());
                }
            } else {
                String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                collectUnknown(field, path + "." + property, unknown, seen);
            }
        }
    }
}
