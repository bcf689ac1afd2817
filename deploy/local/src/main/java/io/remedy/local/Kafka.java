package io.remedy.local;

import io.remedy.contracts.Topics.TopicSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node Kafka (KRaft, broker and controller in one JVM) with every replication factor and min ISR at 1,
 * and the platform's topics created with their partition counts.
 */
public final class Kafka extends ProcessComponent {

    public static final String NAME = "kafka";

    private final int port;
    private final int controllerPort;
    private final List<TopicSpec> topics;

    public Kafka(StackLayout layout, int port, int controllerPort, List<TopicSpec> topics) {
        super(NAME, layout);
        this.port = port;
        this.controllerPort = controllerPort;
        this.topics = List.copyOf(topics);
    }

    @Override
    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** {@code 127.0.0.1:<port>} */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public List<TopicSpec> topics() {
        return topics;
    }

    private Path serverProperties() {
        return dataDir().resolve("server.properties");
    }

    @Override
    protected void prepare() throws IOException {
        Path logDirs = dataDir().resolve("kraft");
        Files.createDirectories(logDirs);
        Properties server = new Properties();
        server.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", logDirs.toString()),
                Map.entry("num.partitions", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "10"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "4"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true")));
        try (var out = Files.newBufferedWriter(serverProperties())) {
            server.store(out, "written by remedy-local on every start");
        }
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            format();
        }
    }

    private void format() throws IOException {
        List<String> command = List.of(javaExecutable(), "-cp", Distributions.kafkaBrokerClasspath(),
                "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", serverProperties().toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new ComponentFailure(NAME, "formatting the storage failed", logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComponentFailure(NAME, "interrupted while formatting the storage", logFile(), e);
        }
    }

    @Override
    protected List<String> command() throws IOException {
        // the long classpath goes into an argument file, to keep the command line (and ps) readable
        Path classpath = Files.writeString(dataDir().resolve("classpath.args"),
                "-cp \"" + Distributions.kafkaBrokerClasspath() + "\"\n");
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.kafka.coordinator=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.coordinator=warn",
                "@" + classpath, "kafka.Kafka", serverProperties().toString()));
        return command;
    }

    @Override
    protected boolean ready() {
        return Ports.answers(port);
    }

    @Override
    protected Duration readyTimeout() {
        return Duration.ofSeconds(90);
    }

    /**
     * Creates the missing topics with their settings, and sets the settings of topics that exist already (a data
     * directory from before a topic became compacted); waits for the broker to answer the admin API first.
     */
    @Override
    protected void afterReady() throws InterruptedException, ExecutionException {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get();
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
                    .toList();
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
            for (TopicSpec topic : topics) {
                if (existing.contains(topic.name()) && !topic.configs().isEmpty()) {
                    settings.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                            topic.configs().entrySet().stream()
                                    .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                                            AlterConfigOp.OpType.SET))
                                    .toList());
                }
            }
            if (!settings.isEmpty()) {
                admin.incrementalAlterConfigs(settings).all().get();
            }
        }
    }

    /** An admin client of this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }
}
