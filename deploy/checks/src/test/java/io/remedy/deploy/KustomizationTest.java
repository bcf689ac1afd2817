package io.remedy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kustomize tree of deploy/k8s: every kustomization lists only files that exist (and every file is listed), the
 * overlays build on the base and every component, local runs everything once and production at least twice, spread,
 * behind an ingress with TLS, with the realm hardened for a real chain.
 */
class KustomizationTest {

    private static final Path K8S = Manifest.K8S;
    private static final Pattern REALM_CLIENT = Pattern.compile("/spec/realm/clients/(\\d+)/.*");

    @Test
    void everyKustomizationListsOnlyFilesThatExistAndEveryFileIsListed() {
        Set<Path> listed = new HashSet<>();
        for (Path kustomization : kustomizations()) {
            JsonNode tree = Repository.readYamlDocuments(kustomization).get(0);
            Path dir = kustomization.getParent();
            for (String field : List.of("resources", "components")) {
                for (JsonNode entry : tree.path(field)) {
                    Path target = dir.resolve(entry.asText()).normalize();
                    String where = K8S.relativize(kustomization) + " " + field + ": " + entry.asText();
                    assertTrue(Files.exists(target), where + " does not exist");
                    if (Files.isDirectory(target)) {
                        Path nested = target.resolve("kustomization.yaml");
                        assertTrue(Files.isRegularFile(nested), where + " has no kustomization.yaml");
                        String kind = Repository.readYamlDocuments(nested).get(0).path("kind").asText();
                        assertEquals(field.equals("components") ? "Component" : "Kustomization", kind, where);
                    } else {
                        listed.add(target);
                    }
                }
            }
            for (JsonNode patch : tree.path("patches")) {
                assertTrue(patch.has("path") != patch.has("patch"), K8S.relativize(kustomization) + ": a patch is a path or inline");
                if (patch.has("path")) {
                    Path target = dir.resolve(patch.path("path").asText()).normalize();
                    assertTrue(Files.isRegularFile(target), K8S.relativize(kustomization) + " patch " + target + " does not exist");
                    listed.add(target);
                }
            }
        }
        for (Path file : Repository.yamlFiles(K8S)) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                assertTrue(listed.contains(file), K8S.relativize(file) + " is listed by no kustomization");
            }
        }
    }

    @Test
    void overlaysBuildOnTheBaseAndEveryComponent() {
        List<String> components = new ArrayList<>();
        try (var dirs = Files.list(K8S.resolve("components"))) {
            dirs.sorted().forEach(d -> components.add("../../components/" + d.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String overlay : List.of("local", "production")) {
            JsonNode tree = kustomization("overlays/" + overlay);
            assertTrue(texts(tree.path("resources")).contains("../../base"), overlay);
            assertEquals(new TreeSet<>(components), new TreeSet<>(texts(tree.path("components"))), overlay);
            assertEquals("remedy", tree.path("namespace").asText(), overlay);
        }
    }

    @Test
    void localRunsEveryApplicationOnce() {
        JsonNode tree = kustomization("overlays/local");
        assertTrue(inlinePatch(tree, "Deployment").contains("{op: replace, path: /spec/replicas, value: 1}"));
        assertTrue(inlinePatch(tree, "HorizontalPodAutoscaler").contains("path: /spec/maxReplicas, value: 1}"));
        assertTrue(inlinePatch(tree, "KafkaNodePool").contains("path: /spec/replicas, value: 1}"));
        assertTrue(inlinePatch(tree, "KafkaTopic").contains("path: /spec/replicas, value: 1}"));
        assertTrue(inlinePatch(tree, "Cluster").contains("path: /spec/instances, value: 1}"));
    }

    @Test
    void productionRunsEveryApplicationTwiceAtLeastSpreadOverNodes() {
        JsonNode tree = kustomization("overlays/production");
        Map<String, JsonNode> deployments = new TreeMap<>();
        for (JsonNode patch : tree.path("patches")) {
            if (patch.has("path")) {
                for (JsonNode document : Repository.readYamlDocuments(K8S.resolve("overlays/production").resolve(patch.path("path").asText()))) {
                    if (document.path("kind").asText().equals("Deployment")) {
                        deployments.put(document.at("/metadata/name").asText(), document);
                    }
                }
            }
        }
        for (Application application : Application.all()) {
            JsonNode deployment = deployments.get(application.name());
            assertTrue(deployment != null && deployment.at("/spec/replicas").asInt() >= 2, application.name() + " runs once");
            JsonNode antiAffinity = deployment.at("/spec/template/spec/affinity/podAntiAffinity");
            assertFalse(antiAffinity.isMissingNode(), application.name() + " has no anti-affinity");
            assertTrue(antiAffinity.toString().contains("\"app.kubernetes.io/name\":\"" + application.name() + "\""),
                    application.name() + " keeps away from its own replicas");
            assertTrue(images(tree).contains("remedy/" + application.name()), application.name() + " has no pinned image");
        }
        assertTrue(inlinePatch(tree, "HorizontalPodAutoscaler").contains("{op: replace, path: /spec/minReplicas, value: 2}"));
    }

    @Test
    void productionIsReachedThroughAnIngressWithTls() {
        JsonNode ingress = Manifest.under("overlays/production").stream().filter(m -> m.kind().equals("Ingress"))
                .findFirst().orElseThrow().tree();
        Set<String> tlsHosts = new TreeSet<>();
        ingress.at("/spec/tls").forEach(tls -> tlsHosts.addAll(texts(tls.path("hosts"))));
        Set<String> backends = new TreeSet<>();
        for (JsonNode rule : ingress.at("/spec/rules")) {
            assertTrue(tlsHosts.contains(rule.path("host").asText()), rule.path("host").asText() + " without TLS");
            rule.at("/http/paths").forEach(p -> backends.add(p.at("/backend/service/name").asText() + p.path("path").asText()));
        }
        assertEquals(Set.of("gateway/", "console/", "billing-service/provider/webhooks", "remedy-keycloak-service/"), backends,
                "only the gateway, the console, Keycloak's pages and the payment webhooks are published");
    }

    @Test
    void productionRealmHasNoDemoUsersAndNoLocalSecrets() {
        JsonNode realm = Repository.readJson(RealmImportTest.REALM);
        JsonNode tree = kustomization("overlays/production");
        JsonNode patch = null;
        for (JsonNode entry : tree.path("patches")) {
            if (entry.at("/target/kind").asText().equals("KeycloakRealmImport")) {
                patch = Repository.readYamlDocuments(K8S.resolve("overlays/production").resolve(entry.path("path").asText())).get(0);
            }
        }
        assertTrue(patch != null && patch.isArray(), "production patches the realm import");
        Map<Integer, String> tested = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        Set<Integer> changed = new TreeSet<>();
        for (JsonNode operation : patch) {
            String path = operation.path("path").asText();
            Matcher client = REALM_CLIENT.matcher(path);
            if (operation.path("op").asText().equals("test") && path.endsWith("/clientId") && client.matches()) {
                tested.put(Integer.valueOf(client.group(1)), operation.path("value").asText());
            } else if (client.matches()) {
                changed.add(Integer.valueOf(client.group(1)));
            } else if (operation.path("op").asText().equals("remove")) {
                removed.add(path);
            }
            if (path.endsWith("/secret")) {
                assertTrue(operation.path("value").asText().matches("\\$\\{[A-Z_]+}"), path + " is a placeholder");
            }
        }
        assertTrue(removed.contains("/spec/realm/users"), "the demo users stay out of a real chain");
        for (int index : changed) {
            assertEquals(realm.at("/clients/" + index + "/clientId").asText(), tested.get(index),
                    "client " + index + " is changed without a test of its clientId, or the test names another client");
        }
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                int index = indexOf(realm.path("clients"), client);
                assertTrue(changed.contains(index) && tested.containsKey(index),
                        client.path("clientId").asText() + " keeps its local secret in production");
            }
        }
    }

    private static int indexOf(JsonNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    private static List<Path> kustomizations() {
        return Repository.yamlFiles(K8S).stream().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
    }

    private static JsonNode kustomization(String dir) {
        return Repository.readYamlDocuments(K8S.resolve(dir).resolve("kustomization.yaml")).get(0);
    }

    private static String inlinePatch(JsonNode kustomization, String kind) {
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.at("/target/kind").asText().equals(kind) && patch.has("patch")) {
                return patch.path("patch").asText();
            }
        }
        return "";
    }

    private static Set<String> images(JsonNode kustomization) {
        Set<String> images = new TreeSet<>();
        kustomization.path("images").forEach(i -> {
            if (!i.path("newTag").asText().isEmpty() && !i.path("newTag").asText().equals("latest")) {
                images.add(i.path("name").asText());
            }
        });
        return images;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }
}
