package io.remedy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    LocalStack(StackLayout layout, Map<String, ProcessComponent> components) {
        this.layout = layout;
        this.components = Collections.unmodifiableMap(components);
    }

    /** A stack keeping its pids, logs and data under {@code stateDir}. */
    public static StackBuilder builder(Path stateDir) {
        return new StackBuilder(stateDir);
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
}
