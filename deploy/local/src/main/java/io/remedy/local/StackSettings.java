package io.remedy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The local stack as {@code ./remedy} configures it: each setting from its flag, then its environment variable, then
 * (for ports and replicas) what the last {@code up} recorded, then its default.
 */
final class StackSettings {

    private final Path root;
    private final Map<String, String> options;
    private final Map<String, String> environment;

    StackSettings(Path root, Map<String, String> options, Map<String, String> environment) {
        this.root = root;
        this.options = options;
        this.environment = environment;
    }

    /** The stack as configured by flags and environment; with {@code recorded}, the ports of the last {@code up}. */
    LocalStack stack(boolean withServices, boolean recorded) {
        Path state = root.resolve(".remedy");
        Properties ports = new Properties();
        Path portsFile = state.resolve("ports.properties");
        if (recorded && Files.isRegularFile(portsFile)) {
            try (var in = Files.newBufferedReader(portsFile)) {
                ports.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + portsFile, e);
            }
        }
        StackBuilder builder = LocalStack.builder(state)
                .cacheDir(state.resolve("cache"))
                .postgres(port("pg", "postgres", 15432, ports), "booking", "records", "notification")
                .databaseCredentials("remedy", setting("db-password", "REMEDY_DB_PASSWORD", "remedy"))
                .kafka(port("kafka", "kafka", 19092, ports), port("kafka-controller", "kafka-controller", 19093, ports))
                .keycloak(port("keycloak", "keycloak", 18080, ports),
                        root.resolve(setting("realm", "REMEDY_REALM", "deploy/keycloak/remedy-realm.json")))
                .keycloakAdmin(setting("keycloak-admin", "REMEDY_KEYCLOAK_ADMIN", "admin"),
                        setting("keycloak-admin-password", "REMEDY_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .mail(port("smtp", "mail", 3025, ports), port("imap", "imap", 3143, ports))
                .sms(port("sms", "sms", 18090, ports), setting("sms-token", "REMEDY_SMS_TOKEN", "local-sms-token"))
                .payments(port("payments", "payments", 18091, ports),
                        setting("payments-token", "REMEDY_PAYMENTS_TOKEN", "local-payments-token"),
                        setting("payments-webhook-secret", "REMEDY_PAYMENTS_WEBHOOK_SECRET",
                                "whsec_bG9jYWwtcGF5bWVudHMtd2ViaG9vay1zZWNyZXQ="))
                .repository(root);
        if (withServices) {
            builder.replicas(replicas(ports));
            for (PlatformService service : PlatformService.values()) {
                String flag = service.module().replace("-service", "");
                builder.service(service, port(flag, service.module(), service.defaultPort(), ports));
            }
        }
        return builder.build();
    }

    /** Instances of each service: --replicas, then REMEDY_REPLICAS, then what the last up recorded, then 1. */
    private int replicas(Properties recorded) {
        String value = setting("replicas", "REMEDY_REPLICAS", recorded.getProperty("replicas", "1"));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--replicas / REMEDY_REPLICAS is not a number: " + value);
        }
    }

    /** A port: the --NAME-port flag, then REMEDY_NAME_PORT, then the port recorded by the last up, then the default. */
    private int port(String flag, String component, int defaultPort, Properties recorded) {
        String variable = "REMEDY_" + flag.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
        String value = setting(flag + "-port", variable, recorded.getProperty(component + ".port", String.valueOf(defaultPort)));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + flag + "-port / " + variable + " is not a port: " + value);
        }
    }

    private String setting(String flag, String variable, String defaultValue) {
        String value = options.get(flag);
        if (value == null) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
