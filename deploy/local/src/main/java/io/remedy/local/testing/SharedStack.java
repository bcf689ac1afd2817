package io.remedy.local.testing;

import io.remedy.local.LocalStack;
import io.remedy.local.Ports;
import io.remedy.local.StackLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The one native stack of a test JVM. Its settings (state directory, ports) live in the system properties, because
 * Quarkus loads test classes in several class loaders and every one of them must find the same stack; the
 * components themselves are found by their pid files, so any class loader can start what is missing.
 */
final class SharedStack {

    private static final String PREFIX = "io.remedy.local.testing.stack.";

    private SharedStack() {
    }

    /** The stack of this JVM: PostgreSQL, Kafka, mail, SMS and payments configured (each started on demand). */
    static LocalStack localStack() {
        Properties settings = settings();
        return LocalStack.builder(Path.of(settings.getProperty("state")))
                .cacheDir(Path.of(settings.getProperty("cache")))
                .ephemeral(true)
                .postgres(port(settings, "postgres"))
                .kafka(port(settings, "kafka"), port(settings, "kafka-controller"))
                .mail(port(settings, "smtp"), port(settings, "imap"))
                .sms(port(settings, "sms"), settings.getProperty("sms.token"))
                .payments(port(settings, "payments"), settings.getProperty("payments.token"),
                        settings.getProperty("payments.webhook-secret"))
                .build();
    }

    /** Keycloak of this JVM, with the realm file of its first start. */
    static LocalStack identityStack(Path realmFile) {
        Properties settings = settings();
        String realm = setting("keycloak.realm", realmFile.toAbsolutePath().toString());
        return LocalStack.builder(Path.of(settings.getProperty("state")).resolve("identity"))
                .cacheDir(Path.of(settings.getProperty("cache")))
                .keycloak(port(settings, "keycloak"), Path.of(realm))
                .build();
    }

    /** A value shared by every class loader of this JVM: the first caller's {@code value} wins. */
    static String setting(String name, String value) {
        Properties system = System.getProperties();
        synchronized (system) {
            String existing = system.getProperty(PREFIX + name);
            if (existing != null) {
                return existing;
            }
            system.setProperty(PREFIX + name, value);
            return value;
        }
    }

    static String setting(String name) {
        return System.getProperty(PREFIX + name);
    }

    private static int port(Properties settings, String name) {
        return Integer.parseInt(settings.getProperty(name + ".port"));
    }

    private static Properties settings() {
        Properties system = System.getProperties();
        synchronized (system) {
            if (system.getProperty(PREFIX + "state") == null) {
                Path state = stateDirectory();
                for (String port : new String[] {"postgres", "kafka", "kafka-controller", "smtp", "imap", "sms", "payments", "keycloak"}) {
                    system.setProperty(PREFIX + port + ".port", String.valueOf(Ports.free()));
                }
                system.setProperty(PREFIX + "sms.token", "test-sms-token");
                system.setProperty(PREFIX + "payments.token", "test-payments-token");
                system.setProperty(PREFIX + "payments.webhook-secret",
                        "whsec_" + java.util.Base64.getEncoder().encodeToString(("test-" + java.util.UUID.randomUUID())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                system.setProperty(PREFIX + "cache", cacheDirectory().toString());
                system.setProperty(PREFIX + "state", state.toString());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(state), "remedy-local-stack-stop"));
            }
            Properties settings = new Properties();
            system.stringPropertyNames().stream().filter(name -> name.startsWith(PREFIX))
                    .forEach(name -> settings.setProperty(name.substring(PREFIX.length()), system.getProperty(name)));
            return settings;
        }
    }

    /** Stops everything started from this JVM (found by pid files) and deletes its data. */
    private static void stopAll(Path state) {
        try {
            localStack().stop();
            if (setting("keycloak.realm") != null) {
                identityStack(Path.of(setting("keycloak.realm"))).stop();
            }
            StackLayout.deleteRecursively(state);
        } catch (RuntimeException e) {
            System.err.println("remedy-local: stopping the test stack failed: " + e.getMessage());
        }
    }

    /** Under the module's {@code target/} when the tests run from a module directory, else a temporary directory. */
    private static Path stateDirectory() {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                return Files.createTempDirectory(target.toAbsolutePath(), "remedy-stack-");
            }
            return Files.createTempDirectory("remedy-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's {@code .remedy/cache} (shared with {@code ./remedy up}), else the user's cache. */
    private static Path cacheDirectory() {
        try {
            return LocalStack.findRepositoryRoot(Path.of("")).resolve(".remedy/cache");
        } catch (IllegalStateException e) {
            return StackLayout.userCache();
        }
    }
}
