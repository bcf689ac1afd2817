package io.remedy.local;

import io.remedy.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The platform's backing services and services as native processes, configured with a builder: only what is
 * configured is part of the stack. The same code serves {@code ./remedy up}, the shared Quarkus test resource and the
 * end-to-end tests.
 *
 * <pre>{@code
 * LocalStack stack = LocalStack.builder(Path.of("target/stack"))
 *         .postgres(0, "booking")     // 0: any free port
 *         .kafka(0)
 *         .build();
 * stack.start();
 * String jdbc = stack.postgres().jdbcUrl("booking");
 * stack.stop();
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    /** A service's management interface (health, metrics) listens on its port plus this: 8081 -> 9081. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;

    /**
     * Replica {@code n} (0, 1, ...) of a service listens on its port plus {@code n} times this (8081, 8181, ...; its
     * management interface on 9081, 9181, ...) and is the component {@code <service>} for replica 0, else
     * {@code <service>-<n+1>} ({@code booking-service-2}). The gateway and the console run once.
     */
    public static final int REPLICA_PORT_STEP = 100;

    private final StackLayout layout;
    private final Map<String, ProcessComponent> components;

    private LocalStack(StackLayout layout, Map<String, ProcessComponent> components) {
        this.layout = layout;
        this.components = Collections.unmodifiableMap(components);
    }

    /** A stack keeping its pids, logs and data under {@code stateDir}. */
    public static Builder builder(Path stateDir) {
        return new Builder(stateDir);
    }

    /** The repository root above {@code start}: the first directory holding {@code mvnw} and {@code deploy/local}. */
    public static Path findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Remedy repository above " + start.toAbsolutePath());
    }

    public StackLayout layout() {
        return layout;
    }

    /** The configured components, in start order. */
    public List<ProcessComponent> components() {
        return List.copyOf(components.values());
    }

    /** Told when a component is ready: how long it took since its group was launched, and whether it already ran. */
    @FunctionalInterface
    public interface StartListener {
        void ready(ProcessComponent component, Duration took, boolean alreadyRunning);
    }

    /** Starts every configured component (backing services first, then the platform services) and waits for all. */
    public void start() {
        startBackingServices();
        startServices();
    }

    /** Starts the configured backing services together and waits until each is ready. */
    public void startBackingServices() {
        startBackingServices((component, took, alreadyRunning) -> { });
    }

    public void startBackingServices(StartListener listener) {
        startAll(components.values().stream().filter(c -> !(c instanceof QuarkusService)).toList(), listener);
    }

    /** Starts the configured platform services together and waits until each is ready. */
    public void startServices() {
        startServices((component, took, alreadyRunning) -> { });
    }

    public void startServices(StartListener listener) {
        startAll(components.values().stream().filter(QuarkusService.class::isInstance).toList(), listener);
    }

    private void startAll(List<ProcessComponent> group, StartListener listener) {
        writePorts();
        Set<String> running = group.stream().filter(c -> c.process().isPresent())
                .map(ProcessComponent::name).collect(Collectors.toSet());
        long launched = System.nanoTime();
        // launch all first: the slow ones (Keycloak) start while the others become ready
        group.forEach(ProcessComponent::launch);
        for (ProcessComponent component : group) {
            component.awaitReady();
            listener.ready(component, Duration.ofNanos(System.nanoTime() - launched), running.contains(component.name()));
        }
    }

    /**
     * Stops every component that runs, in tiers that are each stopped together: the platform services first (they
     * still commit to Kafka and PostgreSQL as they go), then the other backing services, PostgreSQL last (Keycloak
     * keeps its data there). Reports every component that did not stop.
     */
    public void stop() {
        List<ProcessComponent> all = new ArrayList<>(components.values());
        List<String> failures = new ArrayList<>();
        stopTogether(all.stream().filter(QuarkusService.class::isInstance).toList(), failures);
        stopTogether(all.stream().filter(c -> !(c instanceof QuarkusService) && !(c instanceof Postgres)).toList(),
                failures);
        stopTogether(all.stream().filter(Postgres.class::isInstance).toList(), failures);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("some components did not stop: " + String.join("; ", failures));
        }
    }

    private static void stopTogether(List<ProcessComponent> group, List<String> failures) {
        if (group.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(group.size());
        try {
            List<Future<?>> stopping = group.stream().map(c -> pool.submit(c::stop)).collect(Collectors.toList());
            for (Future<?> stop : stopping) {
                try {
                    stop.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add("interrupted while stopping");
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public List<ComponentStatus> status() {
        return components.values().stream().map(ProcessComponent::status).toList();
    }

    public Postgres postgres() {
        return component(Postgres.NAME, Postgres.class);
    }

    public Kafka kafka() {
        return component(Kafka.NAME, Kafka.class);
    }

    public Keycloak keycloak() {
        return component(Keycloak.NAME, Keycloak.class);
    }

    public MailServer mail() {
        return component(MailServer.NAME, MailServer.class);
    }

    public SmsStub sms() {
        return component(SmsStub.NAME, SmsStub.class);
    }

    public PaymentStub payments() {
        return component(PaymentStub.NAME, PaymentStub.class);
    }

    public QuarkusService service(PlatformService service) {
        return component(service.module(), QuarkusService.class);
    }

    /** Every replica of a service, the first ({@link #service}) first. */
    public List<QuarkusService> replicas(PlatformService service) {
        List<QuarkusService> replicas = new ArrayList<>();
        for (int n = 0; has(replicaName(service, n)); n++) {
            replicas.add(component(replicaName(service, n), QuarkusService.class));
        }
        return replicas;
    }

    /** The component name of replica {@code n} (from 0) of a service. */
    public static String replicaName(PlatformService service, int n) {
        return n == 0 ? service.module() : service.module() + "-" + (n + 1);
    }

    /** Whether a service runs in replicas (the gateway and the console run once). */
    public static boolean replicated(PlatformService service) {
        return service.database() != null && service != PlatformService.GATEWAY;
    }

    /** The gateway's URL: the platform's public entry point. */
    public String gatewayUrl() {
        return service(PlatformService.GATEWAY).url();
    }

    /** The console's URL as a browser opens it: {@code http://localhost:<port>}, the host sign-in redirects back to. */
    public String consoleUrl() {
        return "http://localhost:" + service(PlatformService.CONSOLE).port();
    }

    public boolean has(String component) {
        return components.containsKey(component);
    }

    /** A component by name ({@code postgres}, {@code kafka}, {@code booking-service}, ...). */
    public ProcessComponent component(String name) {
        ProcessComponent component = components.get(name);
        if (component == null) {
            throw new IllegalStateException(name + " is not part of this stack; it has " + components.keySet());
        }
        return component;
    }

    private <T extends ProcessComponent> T component(String name, Class<T> type) {
        return type.cast(component(name));
    }

    /** Records the ports in {@code ports.properties}, for {@code status} and for people. */
    private void writePorts() {
        Properties ports = new Properties();
        components.values().forEach(c -> ports.setProperty(c.name() + ".port", String.valueOf(c.port())));
        if (has(PlatformService.BOOKING.module())) {
            ports.setProperty("replicas", String.valueOf(replicas(PlatformService.BOOKING).size()));
        }
        components.values().stream().filter(QuarkusService.class::isInstance).map(QuarkusService.class::cast)
                .forEach(s -> ports.setProperty(s.name() + ".management-port", String.valueOf(s.managementPort())));
        if (has(Kafka.NAME)) {
            ports.setProperty("kafka-controller.port", String.valueOf(kafka().controllerPort()));
        }
        if (has(MailServer.NAME)) {
            ports.setProperty("imap.port", String.valueOf(mail().imapPort()));
        }
        try (Writer out = Files.newBufferedWriter(Files.createDirectories(layout.stateDir()).resolve("ports.properties"))) {
            ports.store(out, "ports of the running stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Configures a stack; ports given as 0 are replaced by free ports when the stack is built. */
    public static final class Builder {

        private final Path stateDir;
        private Path cacheDir = StackLayout.userCache();
        private boolean ephemeral;
        private Integer postgresPort;
        private final List<String> databases = new ArrayList<>();
        private String databaseUser = "remedy";
        private String databasePassword = "remedy";
        private Integer kafkaPort;
        private int kafkaControllerPort;
        private List<Topics.TopicSpec> topics = Topics.all();
        private Integer keycloakPort;
        private Path realmFile;
        private String keycloakAdmin = "admin";
        private String keycloakAdminPassword = "admin";
        private Integer smtpPort;
        private int imapPort;
        private Integer smsPort;
        private String smsToken = "local-sms-token";
        private Integer paymentsPort;
        private String paymentsToken = "local-payments-token";
        private String paymentsWebhookSecret = "whsec_bG9jYWwtcGF5bWVudHMtd2ViaG9vay1zZWNyZXQ=";
        private Path repositoryRoot;
        private final Map<PlatformService, Integer> servicePorts = new EnumMap<>(PlatformService.class);
        private int replicas = 1;
        private List<String> serviceJvmOptions = List.of();

        private Builder(Path stateDir) {
            this.stateDir = stateDir;
        }

        /** Where unpacked distributions go; shared between stacks. Default {@code ~/.cache/remedy}. */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir;
            return this;
        }

        /** Data that only lives for a test run: PostgreSQL skips fsync. */
        public Builder ephemeral(boolean ephemeral) {
            this.ephemeral = ephemeral;
            return this;
        }

        /** PostgreSQL on {@code port} with these databases (more are added by {@link #service}). */
        public Builder postgres(int port, String... databases) {
            this.postgresPort = port;
            for (String database : databases) {
                if (!this.databases.contains(database)) {
                    this.databases.add(database);
                }
            }
            return this;
        }

        public Builder databaseCredentials(String user, String password) {
            this.databaseUser = user;
            this.databasePassword = password;
            return this;
        }

        /** Kafka on {@code port}, its controller on any free port. */
        public Builder kafka(int port) {
            return kafka(port, 0);
        }

        public Builder kafka(int port, int controllerPort) {
            this.kafkaPort = port;
            this.kafkaControllerPort = controllerPort;
            return this;
        }

        /** The topics to create; default {@link Topics#all()}. */
        public Builder topics(List<Topics.TopicSpec> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        /** Keycloak on {@code port} with the realm imported from {@code realmFile}. */
        public Builder keycloak(int port, Path realmFile) {
            this.keycloakPort = port;
            this.realmFile = realmFile;
            return this;
        }

        public Builder keycloakAdmin(String user, String password) {
            this.keycloakAdmin = user;
            this.keycloakAdminPassword = password;
            return this;
        }

        /** GreenMail with SMTP on {@code smtpPort} and IMAP on {@code imapPort}. */
        public Builder mail(int smtpPort, int imapPort) {
            this.smtpPort = smtpPort;
            this.imapPort = imapPort;
            return this;
        }

        /** The SMS-provider stub on {@code port}, accepting {@code token}. */
        public Builder sms(int port, String token) {
            this.smsPort = port;
            this.smsToken = token;
            return this;
        }

        /**
         * The payment-provider stub on {@code port}, accepting {@code token} and signing its webhooks with
         * {@code webhookSecret} ({@code whsec_<Base64>}).
         */
        public Builder payments(int port, String token, String webhookSecret) {
            this.paymentsPort = port;
            this.paymentsToken = token;
            this.paymentsWebhookSecret = webhookSecret;
            return this;
        }

        /** Where the services' modules are: the repository root. */
        public Builder repository(Path repositoryRoot) {
            this.repositoryRoot = repositoryRoot;
            return this;
        }

        /** A platform service on {@code port}; needs the backing services it uses and {@link #repository}. */
        public Builder service(PlatformService service, int port) {
            servicePorts.put(service, port);
            if (service.database() != null && !databases.contains(service.database())) {
                databases.add(service.database());
            }
            return this;
        }

        /** Instances of each service (not of the gateway and the console): 1, or more to run them side by side. */
        public Builder replicas(int replicas) {
            if (replicas < 1 || replicas > 9) {
                throw new IllegalArgumentException("replicas must be 1 to 9: " + replicas);
            }
            this.replicas = replicas;
            return this;
        }

        /**
         * Options for every service's JVM besides its heap and collector: for a test platform that lives minutes on a
         * small machine ({@code -XX:TieredStopAtLevel=1}); {@code ./remedy up} gives none.
         */
        public Builder serviceJvmOptions(String... options) {
            this.serviceJvmOptions = List.of(options);
            return this;
        }

        /** All the services and the console on their default ports. */
        public Builder allServices() {
            for (PlatformService service : PlatformService.values()) {
                service(service, service.defaultPort());
            }
            return this;
        }

        public LocalStack build() {
            StackLayout layout = new StackLayout(stateDir, cacheDir);
            Map<String, ProcessComponent> components = new LinkedHashMap<>();
            if (postgresPort != null) {
                components.put(Postgres.NAME, new Postgres(layout, Ports.resolve(postgresPort), databaseUser,
                        databasePassword, databases, ephemeral));
            }
            if (kafkaPort != null) {
                components.put(Kafka.NAME, new Kafka(layout, Ports.resolve(kafkaPort), Ports.resolve(kafkaControllerPort), topics));
            }
            if (keycloakPort != null) {
                components.put(Keycloak.NAME, new Keycloak(layout, Ports.resolve(keycloakPort), realmFile,
                        keycloakAdmin, keycloakAdminPassword));
            }
            if (smtpPort != null) {
                components.put(MailServer.NAME, new MailServer(layout, Ports.resolve(smtpPort), Ports.resolve(imapPort)));
            }
            if (smsPort != null) {
                components.put(SmsStub.NAME, new SmsStub(layout, Ports.resolve(smsPort), smsToken));
            }
            if (paymentsPort != null) {
                components.put(PaymentStub.NAME, new PaymentStub(layout, Ports.resolve(paymentsPort), paymentsToken,
                        paymentsWebhookSecret));
            }
            if (!servicePorts.isEmpty()) {
                addServices(layout, components);
            }
            return new LocalStack(layout, components);
        }

        private void addServices(StackLayout layout, Map<String, ProcessComponent> components) {
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
                    port == 0 ? Ports.free() : port + MANAGEMENT_PORT_OFFSET));
            // further replicas: the port plus a step each (8181, 9181), any free ports when the service's was "any"
            Map<PlatformService, List<int[]>> replicaPorts = new EnumMap<>(PlatformService.class);
            servicePorts.forEach((service, port) -> {
                List<int[]> more = new ArrayList<>();
                for (int n = 1; n < (replicated(service) ? replicas : 1); n++) {
                    more.add(port == 0 ? new int[] {Ports.free(), Ports.free()}
                            : new int[] {port + n * REPLICA_PORT_STEP, port + n * REPLICA_PORT_STEP + MANAGEMENT_PORT_OFFSET});
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
                    components.put(replicaName(service, n), new QuarkusService(layout, replicaName(service, n),
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
}
