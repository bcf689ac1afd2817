package io.remedy.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Quarkus application of the platform, as its module says: every module of the root pom built by the Quarkus
 * Maven plugin is one, so a new application is checked here without anyone listing it.
 */
record Application(String name, String module, Properties properties) {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    /** A setting whose value only fits this machine: it must be replaced in every deployment. */
    private static final Pattern LOCAL_VALUE = Pattern.compile("localhost|127\\.0\\.0\\.1");
    /** A credential: the file holds a local-only value at most, a deployment sets its own. */
    private static final Pattern CREDENTIAL = Pattern.compile("(password|secret|token|username)$");
    /** A value that is only another setting ({@code ${remedy.x}} or {@code ${remedy.x:default}}). */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");

    /** Every application module, in the root pom's order. */
    static List<Application> all() {
        Matcher modules = MODULE.matcher(Repository.read(Repository.path("pom.xml")));
        List<Application> all = new java.util.ArrayList<>();
        while (modules.find()) {
            String module = modules.group(1).trim();
            Path dir = Repository.path(module);
            Path properties = dir.resolve("src/main/resources/application.properties");
            if (Repository.read(dir.resolve("pom.xml")).contains("<artifactId>quarkus-maven-plugin</artifactId>")
                    && Files.isRegularFile(properties)) {
                Properties loaded = load(properties);
                all.add(new Application(loaded.getProperty("quarkus.application.name", module), module, loaded));
            }
        }
        return List.copyOf(all);
    }

    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    int managementPort() {
        return Integer.parseInt(properties.getProperty("quarkus.management.port"));
    }

    /** The database of its JDBC URL (the path's last segment), or null when it has none. */
    String database() {
        String url = properties.getProperty("quarkus.datasource.jdbc.url");
        return url == null ? null : url.substring(url.lastIndexOf('/') + 1);
    }

    /**
     * The environment variables a deployment must set, named as SmallRye Config maps them
     * ({@code quarkus.datasource.jdbc.url} is {@code QUARKUS_DATASOURCE_JDBC_URL}): every setting of the prod profile
     * (plain or {@code %prod.}) whose value names this machine, and every credential; a setting whose value is only
     * another setting of the file is set through that one.
     */
    SortedSet<String> deploymentSettings() {
        SortedSet<String> required = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String name = key;
            if (key.startsWith("%")) {
                if (!key.startsWith("%prod.")) {
                    continue;
                }
                name = key.substring("%prod.".length());
            }
            String value = properties.getProperty(key);
            Matcher reference = REFERENCE.matcher(value.trim());
            if (reference.matches() && properties.containsKey(reference.group(1))) {
                continue; // set through the setting it names, which is checked itself
            }
            if (LOCAL_VALUE.matcher(value).find() || CREDENTIAL.matcher(name).find()) {
                required.add(environmentName(name));
            }
        }
        return required;
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
