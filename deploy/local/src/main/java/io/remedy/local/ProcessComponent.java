package io.remedy.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One backing service or platform service run as a native process: started detached (it outlives the JVM that
 * started it), its output in {@code logs/<name>.log}, its pid in {@code pids/<name>.pid}, stopped by that pid and its
 * descendants only.
 */
public abstract class ProcessComponent {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final boolean HAS_SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"));

    private final String name;
    protected final StackLayout layout;

    protected ProcessComponent(String name, StackLayout layout) {
        this.name = name;
        this.layout = layout;
    }

    /** The component's name: its pid file, log file and data directory are named after it. */
    public final String name() {
        return name;
    }

    /** The main port the component listens on. */
    public abstract int port();

    public final Path logFile() {
        return layout.logFile(name);
    }

    public final Path dataDir() {
        return layout.dataDir(name);
    }

    /** Unpacks, initialises, writes configuration: whatever must exist before the process starts. */
    protected void prepare() throws IOException {
    }

    /** The command line of the process. */
    protected abstract List<String> command() throws IOException;

    /** Extra environment variables of the process. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    /** A cheap check that the component serves requests. */
    protected abstract boolean ready();

    /** How long the component may take to become ready. */
    protected Duration readyTimeout() {
        return Duration.ofSeconds(60);
    }

    /** Runs once the component is ready, on every start (also when it already ran): must be idempotent. */
    protected void afterReady() throws Exception {
    }

    /** How the process is asked to stop; by default a termination signal to it and its descendants. */
    protected void shutdown(RecordedProcess process) {
        if (!process.stop(Duration.ofSeconds(20))) {
            throw new ComponentFailure(name, "pid " + process.pid() + " did not stop", logFile());
        }
    }

    /** The recorded process, if it still runs. */
    public final Optional<RecordedProcess> process() {
        return RecordedProcess.read(layout.pidFile(name)).filter(RecordedProcess::alive);
    }

    /** Whether the recorded process runs and serves requests. */
    public final boolean running() {
        return process().isPresent() && ready();
    }

    /** Starts the component and waits until it is ready. */
    public final void start() {
        launch();
        awaitReady();
    }

    /**
     * Starts the process without waiting for it; does nothing when the recorded process still runs. Fails when
     * another program already listens on the port.
     */
    public final void launch() {
        if (process().isPresent()) {
            return;
        }
        if (Ports.answers(port())) {
            throw new ComponentFailure(name, "port " + port() + " is already in use by a process this stack did not start", null);
        }
        try {
            prepare();
            List<String> command = new ArrayList<>();
            if (HAS_SETSID) {
                // its own session: a terminal closing or a Ctrl-C in the launching shell does not reach it
                command.add("setsid");
            }
            command.addAll(command());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(Files.createDirectories(dataDir()).toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            builder.environment().putAll(environment());
            Files.writeString(logFile(), "---- " + java.time.Instant.now() + " starting " + name + ": "
                    + String.join(" ", command) + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = builder.start();
            RecordedProcess.of(process.toHandle()).write(layout.pidFile(name));
        } catch (IOException e) {
            throw new ComponentFailure(name, "could not start: " + e.getMessage(), logFile(), e);
        }
    }

    /** Waits until the component is ready, then runs {@link #afterReady()}; fails early if the process ends. */
    public final void awaitReady() {
        Duration timeout = readyTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready()) {
            if (process().isEmpty()) {
                throw new ComponentFailure(name, "the process ended before it was ready", logFile());
            }
            if (System.nanoTime() > deadline) {
                throw new ComponentFailure(name, "not ready after " + timeout.toSeconds() + " s", logFile());
            }
            pause();
        }
        try {
            afterReady();
        } catch (ComponentFailure e) {
            throw e;
        } catch (Exception e) {
            throw new ComponentFailure(name, "ready, but setting it up failed: " + e, logFile(), e);
        }
    }

    /** Stops the recorded process and its descendants. */
    public final void stop() {
        Optional<RecordedProcess> process = process();
        process.ifPresent(this::shutdown);
        try {
            Files.deleteIfExists(layout.pidFile(name));
        } catch (IOException e) {
            throw new ComponentFailure(name, "could not delete its pid file: " + e.getMessage(), null, e);
        }
    }

    /** What {@code ./remedy status} shows of this component. */
    public final ComponentStatus status() {
        Optional<RecordedProcess> process = process();
        return new ComponentStatus(name, process.map(RecordedProcess::pid).orElse(-1L), port(),
                process.isPresent() && ready(), logFile());
    }

    protected static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    /** The java launcher of the running JVM, used for every Java process of the stack. */
    protected static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Whether this JVM runs as root (PostgreSQL refuses to). */
    protected static boolean runningAsRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }
}
