package io.remedy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the platform's Quarkus services, run from its {@code target/quarkus-app/quarkus-run.jar}. */
public final class QuarkusService extends ProcessComponent {

    private final Path jar;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;

    /**
     * @param module         the service's module directory, e.g. {@code booking-service}
     * @param managementPort its management interface (health, metrics), given to it as {@code QUARKUS_MANAGEMENT_PORT}
     * @param environment    its configuration, as Quarkus environment variables
     * @param jvmOptions     options for its JVM besides the heap and the collector, e.g. {@code -XX:TieredStopAtLevel=1}
     */
    public QuarkusService(StackLayout layout, String name, Path module, int port, int managementPort,
                          Map<String, String> environment, List<String> jvmOptions) {
        super(name, layout);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        this.port = port;
        this.managementPort = managementPort;
        Map<String, String> all = new java.util.LinkedHashMap<>(environment);
        all.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        this.environment = Map.copyOf(all);
    }

    @Override
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface's port: health and metrics, never public. */
    public int managementPort() {
        return managementPort;
    }

    /** {@code http://127.0.0.1:<management port>}: {@code /q/health/ready}, {@code /q/metrics} */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public Path jar() {
        return jar;
    }

    @Override
    protected void prepare() {
        if (!Files.isRegularFile(jar)) {
            throw new ComponentFailure(name(), jar + " does not exist: build it with ./mvnw -DskipTests install", null);
        }
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    @Override
    protected Map<String, String> environment() {
        return environment;
    }

    @Override
    protected boolean ready() {
        // health is served on the management interface; an application built without one answers on its own port
        return Ports.answersOk(managementPort, managementUrl() + "/q/health/ready")
                || Ports.answersOk(port, url() + "/q/health/ready");
    }

    @Override
    protected Duration readyTimeout() {
        return Duration.ofSeconds(120);
    }
}
