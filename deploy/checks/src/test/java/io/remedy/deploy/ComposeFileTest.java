package io.remedy.deploy;

import io.remedy.contracts.Microservice;
import io.remedy.contracts.Topics;
import io.remedy.contracts.Topics.TopicSpec;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/compose/compose.yaml, checked without a container engine: it parses, every application runs as its image
 * with every setting it needs in production, every container has a health check and a restart policy, Kafka's topics
 * are those of the contracts, and no secret is written in the file (each is read from .env, named in .env.example).
 */
class ComposeFileTest {

    private static final Path DIR = Repository.path("deploy/compose");
    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}} (and the forms without the colon). */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?}");
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN");
    private static final Pattern TOPIC_COMMAND = Pattern.compile(
            ".*kafka-topics\\.sh .*--create .*--topic (\\S+) --partitions (\\d+)(.*)");
    private static final Pattern TOPIC_CONFIG = Pattern.compile("--config ([^=\\s]+)=(\\S+)");

    private final Map<String, Object> compose = load();
    private final Map<String, Map<String, Object>> services = map(compose.get("services"));

    @Test
    void findsEveryServiceTheContractsName() {
        Set<String> applications = Application.all().stream().map(Application::name).collect(Collectors.toSet());
        for (Microservice service : Microservice.values()) {
            assertTrue(applications.contains(service.applicationName()), service.applicationName() + " is no application module");
        }
        assertTrue(applications.containsAll(Set.of("gateway", "console")), applications.toString());
    }

    @Test
    void runsEveryApplicationAsItsImage() {
        for (Application application : Application.all()) {
            Map<String, Object> service = services.get(application.name());
            assertNotNull(service, "compose.yaml has no service " + application.name());
            String image = (String) service.get("image");
            Properties properties = application.properties();
            assertEquals(application.name(), properties.getProperty("quarkus.container-image.name"),
                    application.module() + " names its image after the application");
            assertTrue(image.contains("/" + application.name() + ":"), application.name() + " runs " + image);
            assertTrue(image.startsWith("${REMEDY_IMAGE_GROUP:-" + properties.getProperty("quarkus.container-image.group") + "}/"),
                    application.name() + " runs an image of the group Jib builds: " + image);
        }
    }

    @Test
    void givesEveryApplicationEverySettingItNeedsInProduction() {
        for (Application application : Application.all()) {
            Set<String> given = environment(services.get(application.name())).keySet();
            SortedSet<String> missing = new TreeSet<>(application.deploymentSettings());
            missing.removeAll(given);
            assertTrue(missing.isEmpty(), application.name() + " is not given " + missing);
        }
    }

    @Test
    void everyContainerHasAHealthCheckAndARestartPolicyOrRunsOnce() {
        Set<String> runOnce = services.values().stream()
                .flatMap(service -> dependencies(service).entrySet().stream())
                .filter(dependency -> "service_completed_successfully".equals(dependency.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        services.forEach((name, service) -> {
            Object restart = service.get("restart");
            if ("no".equals(restart)) {
                assertTrue(runOnce.contains(name), name + " never restarts, but nothing waits for it to complete");
                return;
            }
            assertTrue(Set.of("always", "unless-stopped", "on-failure").contains(restart), name + " restart: " + restart);
            Map<String, Object> healthcheck = map(service.get("healthcheck"));
            assertFalse(healthcheck == null || healthcheck.get("test") == null, name + " has no health check");
        });
        for (Application application : Application.all()) {
            String test = String.valueOf(map(services.get(application.name()).get("healthcheck")).get("test"));
            assertTrue(test.contains(":" + application.managementPort() + "/q/health/ready"),
                    application.name() + " health check asks the readiness on its management port: " + test);
        }
    }

    @Test
    void writesNoSecretAndNamesEveryVariableInTheExample() {
        services.forEach((name, service) -> environment(service).forEach((variable, value) -> {
            if (SECRET_NAME.matcher(variable).find()) {
                Matcher reference = VARIABLE.matcher(value);
                assertTrue(reference.matches(), name + " writes " + variable + " down instead of reading it from .env");
                assertTrue(reference.group(2) == null || "?".equals(reference.group(2)) || reference.group(3).isEmpty(),
                        name + " has a default for the secret " + variable);
            }
        }));

        Set<String> read = new TreeSet<>();
        Matcher variables = VARIABLE.matcher(Repository.read(DIR.resolve("compose.yaml")));
        while (variables.find()) {
            read.add(variables.group(1));
        }
        Properties example = new Properties();
        try (var reader = Files.newBufferedReader(DIR.resolve(".env.example"))) {
            example.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> named = new TreeSet<>(example.stringPropertyNames());
        named.removeIf(variable -> variable.startsWith("COMPOSE_")); // Compose's own settings
        assertEquals(read, named, ".env.example names exactly the variables compose.yaml reads");
    }

    @Test
    void createsEveryTopicOfTheContractsWithItsPartitionsAndSettings() {
        Map<String, Object> topics = services.get("kafka-topics");
        assertNotNull(topics, "compose.yaml has no kafka-topics service");
        Map<String, TopicSpec> created = new TreeMap<>();
        for (Object argument : (List<?>) topics.get("command")) {
            for (String line : String.valueOf(argument).split("\n")) {
                Matcher command = TOPIC_COMMAND.matcher(line.trim());
                if (command.matches()) {
                    Map<String, String> configs = new TreeMap<>();
                    Matcher config = TOPIC_CONFIG.matcher(command.group(3));
                    while (config.find()) {
                        configs.put(config.group(1), config.group(2));
                    }
                    created.put(command.group(1),
                            new TopicSpec(command.group(1), Integer.parseInt(command.group(2)), configs));
                }
            }
        }
        Map<String, TopicSpec> expected = Topics.all().stream()
                .collect(Collectors.toMap(TopicSpec::name, t -> t, (a, b) -> a, TreeMap::new));
        assertEquals(expected, created);
        assertEquals("false", String.valueOf(environment(services.get("kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")),
                "a topic is created as the contracts say, never by a client asking for it");
    }

    @Test
    void givesEveryApplicationItsOwnDatabase() {
        String init = Repository.read(DIR.resolve("postgres/init-databases.sh"));
        Map<String, String> postgres = environment(services.get("postgres"));
        for (Application application : Application.all()) {
            String database = application.database();
            if (database == null) {
                continue;
            }
            Map<String, String> environment = environment(services.get(application.name()));
            assertTrue(environment.get("QUARKUS_DATASOURCE_JDBC_URL").endsWith("/" + database), application.name());
            assertTrue(environment.get("QUARKUS_DATASOURCE_REACTIVE_URL").endsWith("/" + database), application.name());
            assertEquals(database, environment.get("QUARKUS_DATASOURCE_USERNAME"), application.name() + " logs in as its owner");
            String password = database.toUpperCase(java.util.Locale.ROOT) + "_DB_PASSWORD";
            assertTrue(init.contains("database " + database + " \"$" + password + "\""),
                    "init-databases.sh creates " + database);
            assertEquals(postgres.get(password), environment.get("QUARKUS_DATASOURCE_PASSWORD"),
                    application.name() + " uses the password its database was created with");
        }
    }

    @Test
    void keycloakImportsTheRealmOfTheRepository() {
        Map<String, Object> keycloak = services.get("keycloak");
        assertTrue(String.valueOf(keycloak.get("command")).contains("--import-realm"));
        List<Path> mounted = new ArrayList<>();
        for (Object volume : (List<?>) keycloak.get("volumes")) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts[1].startsWith("/opt/keycloak/data/import/")) {
                mounted.add(DIR.resolve(parts[0]).normalize());
            }
        }
        assertEquals(List.of(Repository.path("deploy/keycloak/remedy-realm.json")), mounted);
    }

    private static Map<String, Object> load() {
        Map<String, Object> loaded = new Yaml().load(Repository.read(DIR.resolve("compose.yaml")));
        assertNotNull(loaded, "compose.yaml is empty");
        return loaded;
    }

    /** A service's environment as a map, whichever of the two forms (map or list of NAME=value) it uses. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> all = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> all.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] pair = String.valueOf(entry).split("=", 2);
                all.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return all;
    }

    /** depends_on as service name to condition (the short list form means service_started). */
    private static Map<String, String> dependencies(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        Map<String, String> all = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(map(v).get("condition"))));
        } else if (dependsOn instanceof List<?> entries) {
            entries.forEach(e -> all.put(String.valueOf(e), "service_started"));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return (Map<String, V>) value;
    }
}
