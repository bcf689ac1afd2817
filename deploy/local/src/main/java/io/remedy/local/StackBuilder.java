package io.remedy.local;

import io.remedy.contracts.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configures a {@link LocalStack}; ports given as 0 are replaced by free ports when the stack is built. */
public final class StackBuilder {

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

    StackBuilder(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** Where unpacked distributions go; shared between stacks. Default {@code ~/.cache/remedy}. */
    public StackBuilder cacheDir(Path cacheDir) {
        this.cacheDir = cacheDir;
        return this;
    }

    /** Data that only lives for a test run: PostgreSQL skips fsync. */
    public StackBuilder ephemeral(boolean ephemeral) {
        this.ephemeral = ephemeral;
        return this;
    }

    /** PostgreSQL on {@code port} with these databases (more are added by {@link #service}). */
    public StackBuilder postgres(int port, String... databases) {
        this.postgresPort = port;
        for (String database : databases) {
            if (!this.databases.contains(database)) {
                this.databases.add(database);
            }
        }
        return this;
    }

    public StackBuilder databaseCredentials(String user, String password) {
        this.databaseUser = user;
        this.databasePassword = password;
        return this;
    }

    /** Kafka on {@code port}, its controller on any free port. */
    public StackBuilder kafka(int port) {
        return kafka(port, 0);
    }

    public StackBuilder kafka(int port, int controllerPort) {
        this.kafkaPort = port;
        this.kafkaControllerPort = controllerPort;
        return this;
    }

    /** The topics to create; default {@link Topics#all()}. */
    public StackBuilder topics(List<Topics.TopicSpec> topics) {
        this.topics = List.copyOf(topics);
        return this;
    }

    /** Keycloak on {@code port} with the realm imported from {@code realmFile}. */
    public StackBuilder keycloak(int port, Path realmFile) {
        this.keycloakPort = port;
        this.realmFile = realmFile;
        return this;
    }

    public StackBuilder keycloakAdmin(String user, String password) {
        this.keycloakAdmin = user;
        this.keycloakAdminPassword = password;
        return this;
    }

    /** GreenMail with SMTP on {@code smtpPort} and IMAP on {@code imapPort}. */
    public StackBuilder mail(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        return this;
    }

    /** The SMS-provider stub on {@code port}, accepting {@code token}. */
    public StackBuilder sms(int port, String token) {
        this.smsPort = port;
        this.smsToken = token;
        return this;
    }

    /**
     * The payment-provider stub on {@code port}, accepting {@code token} and signing its webhooks with
     * {@code webhookSecret} ({@code whsec_<Base64>}).
     */
    public StackBuilder payments(int port, String token, String webhookSecret) {
        this.paymentsPort = port;
        this.paymentsToken = token;
        this.paymentsWebhookSecret = webhookSecret;
        return this;
    }

    /** Where the services' modules are: the repository root. */
    public StackBuilder repository(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
        return this;
    }

    /** A platform service on {@code port}; needs the backing services it uses and {@link #repository}. */
    public StackBuilder service(PlatformService service, int port) {
        servicePorts.put(service, port);
        if (service.database() != null && !databases.contains(service.database())) {
            databases.add(service.database());
        }
        return this;
    }

    /** Instances of each service (not of the gateway and the console): 1, or more to run them side by side. */
    public StackBuilder replicas(int replicas) {
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
    public StackBuilder serviceJvmOptions(String... options) {
        this.serviceJvmOptions = List.of(options);
        return this;
    }

    /** All the services and the console on their default ports. */
    public StackBuilder allServices() {
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
            ServiceEnvironments.add(layout, components, servicePorts, replicas, repositoryRoot,
                    serviceJvmOptions);
        }
        return new LocalStack(layout, components);
    }
}
