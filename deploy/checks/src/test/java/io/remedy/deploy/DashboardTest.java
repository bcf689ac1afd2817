package io.remedy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/observability's Grafana dashboard: it parses, every panel queries Prometheus through the dashboard's data
 * source variable, and every metric of Remedy's own that it shows is one the code registers.
 */
class DashboardTest {

    private static final Path DASHBOARD = Repository.path("deploy/observability/remedy-dashboard.json");
    private static final Pattern REMEDY_METRIC = Pattern.compile("\\bremedy_[a-z0-9_]+");
    /** A meter name as the code registers it, e.g. "remedy.outbox.pending". */
    private static final Pattern REGISTERED = Pattern.compile("\"(remedy\\.[a-z0-9_.]+)\"");

    @Test
    void everyPanelQueriesPrometheusThroughTheDataSourceVariable() {
        JsonNode dashboard = Repository.readJson(DASHBOARD);
        assertFalse(dashboard.path("uid").asText().isEmpty());
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertEquals("${datasource}", panel.at("/datasource/uid").asText(), panel.path("title").asText());
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText() + " queries nothing");
            for (JsonNode target : panel.path("targets")) {
                assertFalse(target.path("expr").asText().isBlank(), panel.path("title").asText());
                queries++;
            }
        }
        assertTrue(queries > 10);
    }

    @Test
    void showsOnlyRemedyMetricsTheCodeRegisters() {
        Set<String> registered = registeredMeters();
        assertTrue(registered.contains("remedy_outbox_pending"), registered.toString());
        Set<String> shown = new TreeSet<>();
        Matcher metric = REMEDY_METRIC.matcher(Repository.read(DASHBOARD));
        while (metric.find()) {
            shown.add(metric.group().replaceAll("_(total|count|sum|max|bucket)$", ""));
        }
        assertFalse(shown.isEmpty());
        shown.removeAll(registered);
        assertEquals(Set.of(), shown, "the dashboard shows metrics no application registers");
    }

    /** Every "remedy.*" meter name written in the main code of the root pom's modules, as Prometheus names it. */
    private static Set<String> registeredMeters() {
        Set<String> names = new TreeSet<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Repository.read(Repository.path("pom.xml")));
        while (module.find()) {
            Path sources = Repository.path(module.group(1).trim()).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    Matcher name = REGISTERED.matcher(Repository.read(file));
                    while (name.find()) {
                        names.add(name.group(1).replace('.', '_'));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
