package io.remedy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process this stack started, as recorded in its pid file: the pid on the first line and the process start time on
 * the second, so that a pid the system has since given to another program is never taken for ours.
 */
public record RecordedProcess(long pid, Instant started) {

    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    /** The process as recorded in {@code pidFile}, if the file exists and is readable. */
    public static Optional<RecordedProcess> read(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            Instant started = lines.size() > 1 ? Instant.ofEpochMilli(Long.parseLong(lines.get(1).trim())) : null;
            return Optional.of(new RecordedProcess(pid, started));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a process that was just started. */
    public static RecordedProcess of(ProcessHandle process) {
        return new RecordedProcess(process.pid(), process.info().startInstant().orElse(null));
    }

    public void write(Path pidFile) {
        String text = pid + "\n" + (started == null ? "" : started.toEpochMilli()) + "\n";
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process, if it still runs and is the one that was recorded. */
    public Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isSameProcess);
    }

    public boolean alive() {
        return handle().isPresent();
    }

    private boolean isSameProcess(ProcessHandle process) {
        if (started == null) {
            return true;
        }
        return process.info().startInstant()
                .map(actual -> Duration.between(started, actual).abs().compareTo(START_TOLERANCE) <= 0)
                .orElse(true);
    }

    /**
     * Stops the process and everything it started: a polite termination signal first, then, after {@code grace},
     * a forced kill of whatever is left. Descendants are collected before the parent goes, because orphans are
     * re-parented and no longer found through it.
     *
     * @return whether every process of the tree has ended
     */
    public boolean stop(Duration grace) {
        Optional<ProcessHandle> root = handle();
        if (root.isEmpty()) {
            return true;
        }
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root.get());
        root.get().descendants().forEach(tree::add);
        root.get().destroy();
        if (awaitExit(tree, grace)) {
            return true;
        }
        List<ProcessHandle> late = tree.stream().flatMap(ProcessHandle::descendants).toList();
        tree.addAll(late);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return awaitExit(tree, Duration.ofSeconds(10));
    }

    /** Waits until every process of {@code tree} has ended; true if they all did in time. */
    static boolean awaitExit(List<ProcessHandle> tree, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : List.copyOf(tree)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return tree.stream().noneMatch(ProcessHandle::isAlive);
            }
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                // timed out, or the handle cannot be waited on: decided by the final check
            }
        }
        return tree.stream().noneMatch(ProcessHandle::isAlive);
    }
}
