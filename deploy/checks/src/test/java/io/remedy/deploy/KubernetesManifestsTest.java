package io.remedy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.remedy.contracts.Topics;
import io.remedy.contracts.Topics.TopicSpec;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/k8s checked without a cluster: every object parses into the Kubernetes model (fabric8) with no unknown field,
 * the operators' resources have the fields their operator needs, every topic of the contracts has its KafkaTopic, every
 * application is deployed probed, sized and hardened with every setting it needs, and the NetworkPolicies let in and
 * out only what the architecture says.
 */
class KubernetesManifestsTest {

    /** Every object under deploy/k8s, the overlays' strategic-merge patches included. */
    private static final List<Manifest> ALL = Manifest.under("");
    /** What the overlays build on: the applications (base) and the operators' resources (components). */
    private static final List<Manifest> DECLARED = Stream.concat(Manifest.under("base").stream(),
            Manifest.under("components").stream()).toList();
    private static final String INGRESS_NAMESPACE = "ingress-nginx";

    /** The operators' kinds (apiVersion and kind) and the fields each operator needs, as JSON pointers. */
    private static final Map<String, List<String>> OPERATOR_KINDS = Map.of(
            "kafka.strimzi.io/v1 Kafka", List.of("/spec/kafka/listeners/0/port", "/spec/entityOperator/topicOperator"),
            "kafka.strimzi.io/v1 KafkaNodePool", List.of("/metadata/labels/strimzi.io~1cluster", "/spec/replicas",
                    "/spec/roles", "/spec/storage/type"),
            "kafka.strimzi.io/v1 KafkaTopic", List.of("/metadata/labels/strimzi.io~1cluster", "/spec/topicName",
                    "/spec/partitions", "/spec/replicas"),
            "postgresql.cnpg.io/v1 Cluster", List.of("/spec/instances", "/spec/storage/size",
                    "/spec/bootstrap/initdb/database", "/spec/bootstrap/initdb/owner"),
            "postgresql.cnpg.io/v1 ScheduledBackup", List.of("/spec/schedule", "/spec/cluster/name", "/spec/method"),
            "barmancloud.cnpg.io/v1 ObjectStore", List.of("/spec/configuration/destinationPath",
                    "/spec/configuration/s3Credentials"),
            "k8s.keycloak.org/v2alpha1 Keycloak", List.of("/spec/instances", "/spec/db/vendor", "/spec/db/host",
                    "/spec/db/usernameSecret/name", "/spec/db/passwordSecret/name", "/spec/hostname/hostname"),
            "k8s.keycloak.org/v2alpha1 KeycloakRealmImport", List.of("/spec/keycloakCRName", "/spec/realm/realm"));

    @Test
    void everyObjectParsesIntoTheKubernetesModelWithNoUnknownField() {
        assertFalse(ALL.isEmpty());
        for (Manifest manifest : ALL) {
            if (manifest.isCustomResource()) {
                assertTrue(OPERATOR_KINDS.containsKey(manifest.apiVersion() + " " + manifest.kind()),
                        manifest + " is neither a Kubernetes kind nor one of the operators' (" + manifest.apiVersion() + ")");
            } else {
                assertEquals(List.of(), manifest.unknownFields(), manifest + " has fields the model does not know");
            }
        }
    }

    @Test
    void aMisspeltFieldIsFound() throws Exception {
        Path file = Files.createTempFile("misspelt", ".yaml");
        try {
            Files.writeString(file, """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: misspelt}
                    spec:
                      template:
                        spec:
                          containers:
                            - name: misspelt
                              readinesProbe: {httpGet: {path: /q/health/ready, port: management}}
                    """);
            JsonNode document = Repository.readYamlDocuments(file).get(0);
            assertEquals(List.of("Deployment.spec.template.spec.containers[0] [readinesProbe]"),
                    Manifest.of(file, document).unknownFields());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void operatorResourcesHaveTheFieldsTheirOperatorNeeds() {
        Set<String> seen = new TreeSet<>();
        for (Manifest manifest : DECLARED) {
            if (manifest.isCustomResource()) {
                String kind = manifest.apiVersion() + " " + manifest.kind();
                seen.add(kind);
                for (String field : OPERATOR_KINDS.get(kind)) {
                    assertFalse(manifest.tree().at(field).isMissingNode(), manifest + " lacks " + field);
                }
            }
        }
        assertEquals(new TreeSet<>(OPERATOR_KINDS.keySet()), seen, "every operator's kind is declared in components/");
        Set<String> kafkaClusters = names("Kafka");
        for (Manifest manifest : DECLARED) {
            if (manifest.kind().startsWith("Kafka") && !manifest.kind().equals("Kafka")) {
                assertTrue(kafkaClusters.contains(manifest.tree().at("/metadata/labels/strimzi.io~1cluster").asText()),
                        manifest + " names a Kafka cluster that does not exist");
            }
            if (manifest.kind().equals("ScheduledBackup")) {
                assertTrue(names("Cluster").contains(manifest.tree().at("/spec/cluster/name").asText()), manifest.toString());
            }
            if (manifest.kind().equals("KeycloakRealmImport")) {
                assertTrue(names("Keycloak").contains(manifest.tree().at("/spec/keycloakCRName").asText()), manifest.toString());
            }
        }
    }

    @Test
    void everyTopicOfTheContractsHasAKafkaTopicWithItsPartitionsAndSettings() {
        Map<String, TopicSpec> declared = new TreeMap<>();
        for (Manifest topic : of("KafkaTopic")) {
            JsonNode spec = topic.tree().path("spec");
            Map<String, String> configs = new TreeMap<>();
            spec.path("config").properties().forEach(c -> configs.put(c.getKey(), c.getValue().asText()));
            String name = spec.path("topicName").asText(topic.name());
            declared.put(name, new TopicSpec(name, spec.path("partitions").asInt(), configs));
        }
        Map<String, TopicSpec> expected = Topics.all().stream()
                .collect(Collectors.toMap(TopicSpec::name, t -> t, (a, b) -> a, TreeMap::new));
        assertEquals(expected, declared);
        JsonNode kafkaConfig = of("Kafka").get(0).tree().at("/spec/kafka/config");
        assertFalse(kafkaConfig.path("auto.create.topics.enable").asBoolean(true),
                "topics are KafkaTopics, never created by a client asking for one");
    }

    @Test
    void everyApplicationHasADeploymentServiceDisruptionBudgetAndAutoscaler() {
        for (Application application : Application.all()) {
            for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap")) {
                String name = kind.equals("ConfigMap") ? application.name() + "-config" : application.name();
                assertTrue(names(kind).contains(name), "base/ has no " + kind + " " + name);
            }
            PodDisruptionBudget budget = declared("PodDisruptionBudget", application.name());
            assertEquals(Map.of("app.kubernetes.io/name", application.name()), budget.getSpec().getSelector().getMatchLabels());
            HorizontalPodAutoscaler autoscaler = declared("HorizontalPodAutoscaler", application.name());
            assertEquals(application.name(), autoscaler.getSpec().getScaleTargetRef().getName());
            assertTrue(autoscaler.getSpec().getMaxReplicas() <= Topics.PARTITIONS,
                    application.name() + ": a replica beyond the partitions of a topic would idle in its consumer group");
        }
    }

    @Test
    void everyDeploymentIsProbedSizedAndHardened() {
        for (Application application : Application.all()) {
            Deployment deployment = declared("Deployment", application.name());
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(1, pod.getContainers().size(), application.name());
            Container container = pod.getContainers().get(0);
            String where = application.name() + " ";
            assertTrue(container.getImage().startsWith(
                    application.properties().getProperty("quarkus.container-image.group") + "/" + application.name() + ":"),
                    where + container.getImage());

            Map<String, Integer> ports = container.getPorts().stream()
                    .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
            assertEquals(Map.of("http", application.httpPort(), "management", application.managementPort()), ports, where);
            assertProbe(where + "startup", container.getStartupProbe(), "/q/health/started");
            assertProbe(where + "liveness", container.getLivenessProbe(), "/q/health/live");
            assertProbe(where + "readiness", container.getReadinessProbe(), "/q/health/ready");

            assertNotNull(container.getResources().getRequests().get("cpu"), where + "requests no CPU");
            assertNotNull(container.getResources().getRequests().get("memory"), where + "requests no memory");
            assertNotNull(container.getResources().getLimits().get("memory"), where + "has no memory limit");

            PodSecurityContext podSecurity = pod.getSecurityContext();
            SecurityContext security = container.getSecurityContext();
            assertTrue(Boolean.TRUE.equals(security.getRunAsNonRoot()) || Boolean.TRUE.equals(podSecurity.getRunAsNonRoot()),
                    where + "may run as root");
            assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), where + "root file system writable");
            assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), where + "privilege escalation");
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), where + "capabilities kept");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), where + "needs no API token");

            String tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .map(m -> m.getName()).findFirst().orElse(null);
            assertNotNull(tmp, where + "has no writable /tmp");
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp)).findFirst().orElseThrow();
            assertNotNull(volume.getEmptyDir(), where + "/tmp is not an emptyDir");
        }
    }

    @Test
    void givesEveryApplicationEverySettingItNeedsInProduction() {
        for (Application application : Application.all()) {
            Container container = declared("Deployment", application.name(), Deployment.class)
                    .getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> given = new TreeSet<>();
            container.getEnv().stream().map(EnvVar::getName).forEach(given::add);
            for (EnvFromSource source : container.getEnvFrom()) {
                assertNotNull(source.getConfigMapRef(), application.name() + ": environment from a whole Secret hides its keys");
                ConfigMap map = declared("ConfigMap", source.getConfigMapRef().getName());
                given.addAll(map.getData().keySet());
            }
            SortedSet<String> missing = new TreeSet<>(application.deploymentSettings());
            missing.removeAll(given);
            assertTrue(missing.isEmpty(), application.name() + " is not given " + missing);
            for (EnvVar variable : container.getEnv()) {
                assertTrue(variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null,
                        application.name() + ": " + variable.getName() + " belongs in its ConfigMap or a Secret");
            }
        }
    }

    @Test
    void theGatewayFindsEveryInstanceOfAServiceThroughItsHeadlessService() {
        Application gateway = Application.all().stream().filter(a -> a.name().equals("gateway")).findFirst()
                .orElseThrow();
        ConfigMap config = declared("ConfigMap", "gateway-config");
        assertTrue(List.of(config.getData().getOrDefault("QUARKUS_PROFILE", "").split(",")).contains("kube"),
                "the gateway runs with the profile kube (Stork's DNS discovery) in the cluster");
        String prefix = "%kube.remedy.gateway.";
        List<String> urls = gateway.properties().stringPropertyNames().stream()
                .filter(key -> key.startsWith(prefix) && key.endsWith("-url")).sorted().toList();
        assertFalse(urls.isEmpty(), "the gateway's profile kube names no service URL");
        for (String key : urls) {
            String url = gateway.properties().getProperty(key);
            URI uri = URI.create(url);
            String variable = Application.environmentName(key.substring("%kube.".length()));
            assertEquals(url, config.getData().get(variable), variable + " says what the profile kube says");
            Service service = declared("Service", uri.getHost());
            assertEquals("None", service.getSpec().getClusterIP(), uri.getHost() + " is not headless");
            assertFalse(Boolean.TRUE.equals(service.getSpec().getPublishNotReadyAddresses()),
                    uri.getHost() + " would name pods that are not ready");
            String application = service.getSpec().getSelector().get("app.kubernetes.io/name");
            Deployment deployment = declared("Deployment", application);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            service.getSpec().getSelector().forEach((label, value) -> assertEquals(value, podLabels.get(label),
                    uri.getHost() + " selects the pods of " + application));
            assertTrue(service.getSpec().getPorts().stream().anyMatch(port -> port.getPort() == uri.getPort()
                    && "http".equals(port.getTargetPort().getStrVal())), uri.getHost() + " has no port " + uri.getPort());
        }
    }

    @Test
    void everyApplicationDatabaseIsAClusterOfItsOwn() {
        for (Application application : Application.all()) {
            String database = application.database();
            if (database == null) {
                continue;
            }
            String cluster = database + "-db";
            JsonNode declared = of("Cluster").stream().filter(c -> c.name().equals(cluster)).findFirst()
                    .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster " + cluster)).tree();
            assertEquals(database, declared.at("/spec/bootstrap/initdb/database").asText());
            ConfigMap config = declared("ConfigMap", application.name() + "-config");
            assertEquals("jdbc:postgresql://" + cluster + "-rw:5432/" + database,
                    config.getData().get("QUARKUS_DATASOURCE_JDBC_URL"), application.name());
            assertEquals("postgresql://" + cluster + "-rw:5432/" + database,
                    config.getData().get("QUARKUS_DATASOURCE_REACTIVE_URL"), application.name());
            Container container = declared("Deployment", application.name(), Deployment.class)
                    .getSpec().getTemplate().getSpec().getContainers().get(0);
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                String secret = container.getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                        .orElseThrow().getValueFrom().getSecretKeyRef().getName();
                assertEquals(cluster + "-app", secret, application.name() + " logs in with its Cluster's own login");
            }
        }
    }

    @Test
    void everySecretReferredToIsMadeByAnOperatorOrNamedInTheOperationsGuide() {
        Set<String> byOperators = names("Cluster").stream().map(c -> c + "-app").collect(Collectors.toSet());
        String guide = Repository.read(Repository.path("docs/operations.md"));
        Set<String> referred = new TreeSet<>();
        for (Path file : Repository.yamlFiles(Manifest.K8S)) {
            for (JsonNode document : Repository.readYamlDocuments(file)) {
                collectSecretNames(document, referred);
            }
        }
        assertFalse(referred.isEmpty());
        for (String secret : referred) {
            assertTrue(byOperators.contains(secret) || guide.contains("`" + secret + "`"),
                    "Secret " + secret + " is neither made by CloudNativePG nor named in docs/operations.md");
        }
        for (Manifest manifest : ALL) {
            assertFalse(manifest.kind().equals("Secret"), manifest + ": Secrets are created by the operator, never kept here");
        }
    }

    @Test
    void onlyTheGatewayAndTheConsoleAreReachableFromTheIngress() {
        List<NetworkPolicy> policies = of("NetworkPolicy").stream().map(m -> m.<NetworkPolicy>as(NetworkPolicy.class)).toList();
        NetworkPolicy deny = policies.stream().filter(p -> p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no default-deny NetworkPolicy"));
        assertEquals(Map.of("app.kubernetes.io/part-of", "remedy"), deny.getSpec().getPodSelector().getMatchLabels());
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());

        Map<String, Set<String>> fromIngress = new TreeMap<>();
        for (NetworkPolicy policy : policies) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                boolean fromController = rule.getFrom().stream().anyMatch(peer -> namespace(peer).equals(INGRESS_NAMESPACE));
                if (fromController) {
                    fromIngress.computeIfAbsent(selected(policy), k -> new TreeSet<>())
                            .addAll(rule.getPorts().stream().map(p -> p.getPort().getStrVal()).toList());
                }
            }
        }
        // billing: the payment provider's webhooks (one path of the production ingress), its API through the gateway
        assertEquals(Map.of("gateway", Set.of("http"), "console", Set.of("http"), "billing-service", Set.of("http")), fromIngress);
    }

    @Test
    void servicesReachOnlyTheirOwnDatabaseKafkaAndKeycloak() {
        List<NetworkPolicy> policies = of("NetworkPolicy").stream().map(m -> m.<NetworkPolicy>as(NetworkPolicy.class)).toList();
        for (Application application : Application.all()) {
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            List<NetworkPolicyEgressRule> rules = new ArrayList<>();
            for (NetworkPolicy policy : policies) {
                if (selects(policy, application.name())) {
                    rules.addAll(policy.getSpec().getEgress());
                    policy.getSpec().getEgress().forEach(rule -> peers.addAll(rule.getTo()));
                }
            }
            Set<String> databases = label(peers, "cnpg.io/cluster");
            Set<String> expected = application.database() == null ? Set.of() : Set.of(application.database() + "-db");
            assertEquals(expected, databases, application.name() + " reaches these databases");
            assertTrue(label(peers, "app").contains("keycloak"), application.name() + " cannot reach Keycloak");
            boolean external = peers.stream().anyMatch(peer -> peer.getIpBlock() != null);
            if (application.name().equals("gateway") || application.name().equals("console")) {
                assertEquals(Set.of(), label(peers, "strimzi.io/cluster"), application.name() + " needs no Kafka");
                assertFalse(external, application.name() + " needs nothing outside the cluster");
            } else {
                assertEquals(names("Kafka"), label(peers, "strimzi.io/cluster"), application.name() + " cannot reach Kafka");
            }
            if (application.name().equals("notification-service")) {
                assertTrue(rules.stream().filter(r -> r.getTo().stream().anyMatch(p -> p.getIpBlock() != null))
                                .flatMap(r -> r.getPorts().stream()).map(p -> p.getPort().getIntVal())
                                .collect(Collectors.toSet()).containsAll(Set.of(587, 443)),
                        "notification-service reaches the mail relay (587) and the SMS provider (443)");
            } else if (!application.name().equals("billing-service")) {
                assertFalse(external, application.name() + " needs nothing outside the cluster");
            }
        }
    }

    private static void assertProbe(String what, Probe probe, String path) {
        assertNotNull(probe, what + " probe missing");
        assertEquals(path, probe.getHttpGet().getPath(), what);
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), what + " probe on the management port");
    }

    private static List<Manifest> of(String kind) {
        return DECLARED.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    private static Set<String> names(String kind) {
        return of(kind).stream().map(Manifest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    private static <T> T declared(String kind, String name) {
        Manifest manifest = of(kind).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in base/ or components/"));
        return (T) manifest.resource();
    }

    private static <T> T declared(String kind, String name, Class<T> type) {
        return type.cast(declared(kind, name));
    }

    private static String namespace(NetworkPolicyPeer peer) {
        if (peer.getNamespaceSelector() == null || peer.getNamespaceSelector().getMatchLabels() == null) {
            return "";
        }
        return Objects.toString(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"), "");
    }

    private static String selected(NetworkPolicy policy) {
        return Objects.toString(policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"), "*");
    }

    /** Whether a policy applies to an application's pods (by its name, its component or all of Remedy's). */
    private static boolean selects(NetworkPolicy policy, String application) {
        Map<String, String> labels = policy.getSpec().getPodSelector().getMatchLabels();
        Deployment deployment = declared("Deployment", application);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels.entrySet().stream().allMatch(l -> l.getValue().equals(podLabels.get(l.getKey())));
    }

    private static Set<String> label(List<NetworkPolicyPeer> peers, String key) {
        return peers.stream().filter(p -> p.getPodSelector() != null && p.getPodSelector().getMatchLabels() != null)
                .map(p -> p.getPodSelector().getMatchLabels().get(key)).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Names of the Secrets a document refers to, wherever Kubernetes or an operator takes one. */
    private static void collectSecretNames(JsonNode node, Set<String> names) {
        if (node.isArray()) {
            node.forEach(entry -> collectSecretNames(entry, names));
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (Set.of("secretKeyRef", "secretRef", "usernameSecret", "passwordSecret", "secret", "accessKeyId",
                    "secretAccessKey").contains(key) && value.has("name")) {
                names.add(value.path("name").asText());
            } else if (key.equals("secretName") && value.isTextual()) {
                names.add(value.asText());
            } else if (key.equals("realm")) {
                continue; // the realm's own "secret" fields are client secrets, not Secret references
            }
            if (value.isContainerNode()) {
                collectSecretNames(value, names);
            }
        }
    }
}
