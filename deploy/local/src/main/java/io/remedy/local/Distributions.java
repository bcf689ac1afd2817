package io.remedy.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The artifacts Maven resolved when this module was built: where the Keycloak and GreenMail distributions are in the
 * local repository, the classpath of the Kafka broker, and the location of this module's own classes.
 */
final class Distributions {

    private static final Properties PATHS = load();

    private Distributions() {
    }

    static Path keycloakZip() {
        return existing("keycloak.zip");
    }

    static String keycloakVersion() {
        return PATHS.getProperty("keycloak.version");
    }

    static Path greenMailJar() {
        return existing("greenmail.jar");
    }

    /** The classpath of the Kafka broker JVM (this module's runtime classpath, Kafka included). */
    static String kafkaBrokerClasspath() {
        try (InputStream in = Distributions.class.getResourceAsStream("kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker.classpath is missing from remedy-local: rebuild it with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or classes directory this module was loaded from, for JVMs that run its own main classes. */
    static String ownClasspath() {
        try {
            return Path.of(Distributions.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path existing(String key) {
        String value = PATHS.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(key + " was not recorded when remedy-local was built: rebuild it with Maven");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is gone from the local Maven repository: rebuild remedy-local with Maven");
        }
        return path;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream("remedy-local.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
