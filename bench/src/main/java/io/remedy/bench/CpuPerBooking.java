package io.remedy.bench;

import io.remedy.local.RecordedProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time each process of the platform spends per booking: user + system time of every component that
 * {@code ./remedy up} recorded (its pid file under {@code <state>/pids}, with the processes it started: PostgreSQL's
 * backends, Keycloak's JVM), read from {@code /proc/<pid>/stat} before a {@code booking-load} run and again after it
 * and a settling pause (so the event consumers and the mail sender have done their part), divided by the bookings.
 * CPU seconds are not stretched by other work on the machine the way latencies are, so this figure compares runs
 * on a shared machine. Linux only.
 *
 * <pre>java [-Dstate=.remedy] [-Dsettle=10] -jar remedy-bench.jar cpu-per-booking [bookings=400] [workers=8]</pre>
 */
final class CpuPerBooking {

    private CpuPerBooking() {
    }

    static void main(String[] args) {
        int bookings = Bench.intArg(args, 0, 400);
        int workers = Bench.intArg(args, 1, 8);
        Path state = Path.of(System.getProperty("state", ".remedy"));
        long settleSeconds = Long.getLong("settle", 10);
        long ticksPerSecond = Long.getLong("clk.tck", 100);
        DemoChain chain = new DemoChain(BenchApi.as("reception.norwich@harbour.test"));
        Map<String, Long> before = ticks(state);
        BookingLoad.Result load = BookingLoad.run(chain, bookings, workers);
        pause(settleSeconds);
        Map<String, Long> after = ticks(state);
        System.out.printf(Locale.ROOT, "POST /api/v1/sessions through the gateway, %d workers: %s%n", workers, load);
        System.out.printf(Locale.ROOT, "CPU per booking (user + system, %d bookings, %d s settling after the load):%n",
                bookings, settleSeconds);
        long total = 0;
        List<String> lines = new ArrayList<>();
        for (var entry : after.entrySet()) {
            long used = entry.getValue() - before.getOrDefault(entry.getKey(), entry.getValue());
            total += used;
            lines.add(String.format(Locale.ROOT, "  %-22s %7.2f ms  (%.1f s in all)", entry.getKey(),
                    used * 1000.0 / ticksPerSecond / bookings, used / (double) ticksPerSecond));
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "  %-22s %7.2f ms%n", "all of them", total * 1000.0 / ticksPerSecond / bookings);
    }

    /** Clock ticks (user + system) used so far by each recorded component and the processes it started. */
    private static Map<String, Long> ticks(Path state) {
        Map<String, Long> used = new LinkedHashMap<>();
        Path pids = state.resolve("pids");
        try (Stream<Path> files = Files.list(pids)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                RecordedProcess.read(file).flatMap(RecordedProcess::handle).ifPresent(process -> {
                    long sum = ticksOf(process.pid());
                    for (ProcessHandle child : process.descendants().toList()) {
                        sum += ticksOf(child.pid());
                    }
                    used.put(name, sum);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no pid files under " + pids + ": is -Dstate the stack's state directory?", e);
        }
        return used;
    }

    /** utime + stime of one process (fields 14 and 15 of /proc/<pid>/stat, counted after the command's ")"). */
    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0; // the process ended in between
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
