package io.remedy.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform services of a stack as processes: each service's port, management port and replicas' ports, and its
 * environment (its database, Kafka, the realm, and what it calls: mail and SMS for notification, the payment
 * provider for billing, every service for the gateway, the gateway for the console).
 */
final class ServiceEnvironments {

    private ServiceEnvironments() {
    }

    /**
     * Adds a {@link QuarkusService} for each service (and each of its replicas) with the environment that points it at
     * the stack's backing services and at the services it calls.
     */
    static void add(StackLayout layout, Map<String, ProcessComponent> components,
                    Map<PlatformService, Integer> servicePorts, int replicas, Path repositoryRoot,
                    List<String> serviceJvmOptions) {
        if (repositoryRoot == null) {
            throw new IllegalStateException("services need the repository root: call repository(...)");
        }
        for (String needed : List.of(Postgres.NAME, Kafka.NAME, Keycloak.NAME)) {
            if (!components.containsKey(needed)) {
                throw new IllegalStateException("the services need " + needed + " in the stack");
            }
        }
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        servicePorts.forEach((service, port) -> ports.put(service, Ports.resolve(port)));
        // each service's management interface (health, metrics): its port + 1000 (8081 -> 9081), any free port
        // when the service's own was "any"
        Map<PlatformService, Integer> managementPorts = new EnumMap<>(PlatformService.class);
        servicePorts.forEach((service, port) -> managementPorts.put(service,
                port == 0 ? Ports.free() : port + LocalStack.MANAGEMENT_PORT_OFFSET));
        // further replicas: the port plus a step each (8181, 9181), any free ports when the service's was "any"
        Map<PlatformService, List<int[]>> replicaPorts = new EnumMap<>(PlatformService.class);
        servicePorts.forEach((service, port) -> {
            List<int[]> more = new ArrayList<>();
            for (int n = 1; n < (LocalStack.replicated(service) ? replicas : 1); n++) {
                more.add(port == 0 ? new int[] {Ports.free(), Ports.free()}
                        : new int[] {port + n * LocalStack.REPLICA_PORT_STEP,
                            port + n * LocalStack.REPLICA_PORT_STEP + LocalStack.MANAGEMENT_PORT_OFFSET});
            }
            replicaPorts.put(service, more);
        });
        Postgres postgres = (Postgres) components.get(Postgres.NAME);
        Kafka kafka = (Kafka) components.get(Kafka.NAME);
        Keycloak keycloak = (Keycloak) components.get(Keycloak.NAME);
        for (Map.Entry<PlatformService, Integer> entry : ports.entrySet()) {
            PlatformService service = entry.getKey();
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(entry.getValue()));
            environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
            if (service.database() != null) {
                environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(service.database()));
                environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
                environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
                environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            }
            if (service == PlatformService.NOTIFICATION) {
                MailServer mail = (MailServer) require(components, MailServer.NAME, service);
                SmsStub sms = (SmsStub) require(components, SmsStub.NAME, service);
                environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
                environment.put("QUARKUS_MAILER_PORT", String.valueOf(mail.smtpPort()));
                environment.put("REMEDY_SMS_URL", sms.url());
                environment.put("REMEDY_SMS_TOKEN", sms.token());
                // receipts are fetched from billing (its internal path) when they are e-mailed
                if (ports.containsKey(PlatformService.BILLING)) {
                    environment.put("REMEDY_NOTIFICATION_RECEIPTS_BILLING_URL",
                            serviceUrl(ports, PlatformService.BILLING));
                }
                // webhooks may call receivers on this machine: the local stack only, never a real deployment
                environment.put("REMEDY_NOTIFICATION_WEBHOOKS_ALLOWED_HOSTS", "localhost,127.0.0.1");
            }
            if (service == PlatformService.BILLING) {
                PaymentStub payments = (PaymentStub) require(components, PaymentStub.NAME, service);
                environment.put("REMEDY_BILLING_PROVIDER_URL", payments.url());
                environment.put("REMEDY_BILLING_PROVIDER_TOKEN", payments.token());
                environment.put("REMEDY_BILLING_PROVIDER_WEBHOOK_SECRET", payments.webhookSecret());
                environment.put("REMEDY_BILLING_PROVIDER_WEBHOOK_URL",
                        "http://127.0.0.1:" + entry.getValue() + "/provider/webhooks");
            }
            if (service == PlatformService.GATEWAY) {
                // Swagger UI signs in from the browser: the realm as browsers reach it
                environment.put("REMEDY_GATEWAY_OPENAPI_AUTH_SERVER_URL", keycloak.publicRealmUrl());
                // the document's servers: where Swagger UI's "Try it out" and generated clients send calls
                environment.put("REMEDY_GATEWAY_OPENAPI_SERVER_URL", "http://localhost:" + entry.getValue());
                // every replica of a service, for the gateway's static service discovery (Stork)
                replicaPorts.forEach((replicated, more) -> {
                    if (!more.isEmpty()) {
                        String key = replicated.module().replace("-service", "").toUpperCase(Locale.ROOT);
                        List<String> addresses = new ArrayList<>(List.of("127.0.0.1:" + ports.get(replicated)));
                        more.forEach(p -> addresses.add("127.0.0.1:" + p[0]));
                        environment.put("REMEDY_GATEWAY_DISCOVERY_INSTANCES_" + key, String.join(",", addresses));
                    }
                });
                environment.put("REMEDY_GATEWAY_BOOKING_URL", serviceUrl(ports, PlatformService.BOOKING));
                environment.put("REMEDY_GATEWAY_RECORDS_URL", serviceUrl(ports, PlatformService.RECORDS));
                environment.put("REMEDY_GATEWAY_NOTIFICATION_URL", serviceUrl(ports, PlatformService.NOTIFICATION));
                environment.put("REMEDY_GATEWAY_BOOKING_MANAGEMENT_URL",
                        serviceUrl(managementPorts, PlatformService.BOOKING));
                environment.put("REMEDY_GATEWAY_RECORDS_MANAGEMENT_URL",
                        serviceUrl(managementPorts, PlatformService.RECORDS));
                environment.put("REMEDY_GATEWAY_NOTIFICATION_MANAGEMENT_URL",
                        serviceUrl(managementPorts, PlatformService.NOTIFICATION));
                // billing is optional in a stack (an older one, a test's): the gateway's defaults apply without it
                if (ports.containsKey(PlatformService.BILLING)) {
                    environment.put("REMEDY_GATEWAY_BILLING_URL", serviceUrl(ports, PlatformService.BILLING));
                    environment.put("REMEDY_GATEWAY_BILLING_MANAGEMENT_URL",
                            serviceUrl(managementPorts, PlatformService.BILLING));
                }
            }
            if (service == PlatformService.CONSOLE) {
                environment.put("QUARKUS_REST_CLIENT_GATEWAY_URL", serviceUrl(ports, PlatformService.GATEWAY));
            }
            components.put(service.module(), new QuarkusService(layout, service.module(),
                    repositoryRoot.resolve(service.module()), entry.getValue(), managementPorts.get(service),
                    environment, serviceJvmOptions));
            List<int[]> more = replicaPorts.get(service);
            for (int n = 1; n <= more.size(); n++) {
                int[] replicaPort = more.get(n - 1);
                Map<String, String> replicaEnvironment = new LinkedHashMap<>(environment);
                replicaEnvironment.put("QUARKUS_HTTP_PORT", String.valueOf(replicaPort[0]));
                if (service == PlatformService.BILLING) {
                    replicaEnvironment.put("REMEDY_BILLING_PROVIDER_WEBHOOK_URL",
                            "http://127.0.0.1:" + replicaPort[0] + "/provider/webhooks");
                }
                components.put(LocalStack.replicaName(service, n), new QuarkusService(layout,
                        LocalStack.replicaName(service, n),
                        repositoryRoot.resolve(service.module()), replicaPort[0], replicaPort[1],
                        replicaEnvironment, serviceJvmOptions));
            }
        }
    }

    private static ProcessComponent require(Map<String, ProcessComponent> components, String name, PlatformService by) {
        ProcessComponent component = components.get(name);
        if (component == null) {
            throw new IllegalStateException(by.module() + " needs " + name + " in the stack");
        }
        return component;
    }

    private static String serviceUrl(Map<PlatformService, Integer> ports, PlatformService service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalStateException("the gateway needs " + service.module() + " in the stack");
        }
        return "http://127.0.0.1:" + port;
    }
}
