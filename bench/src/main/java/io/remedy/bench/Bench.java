package io.remedy.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Benchmarks against a platform started by {@code ./remedy up}. Each prints its figures; bench/results.md keeps
 * them with the machine and the date. Nothing here is a test: no figure is asserted anywhere.
 *
 * <pre>java -jar bench/target/remedy-bench.jar &lt;scenario&gt; [arguments]</pre>
 */
public final class Bench {

    private static final Map<String, Consumer<String[]>> SCENARIOS = new TreeMap<>(Map.ofEntries(
            scenario("booking-to-email", BookingToEmail::main),
            scenario("booking-load", BookingLoad::main),
            scenario("booking-anchor", BookingAnchor::main),
            scenario("cpu-per-booking", CpuPerBooking::main),
            scenario("availability", AvailabilityQuery::main),
            scenario("gateway-overhead", GatewayOverhead::main),
            scenario("red-flag-to-hold", RedFlagToHold::main),
            scenario("console-pages", ConsolePages::main),
            scenario("large-chain", LargeChain::main),
            scenario("large-chain-availability", LargeChainAvailability::main),
            scenario("large-chain-report", LargeChainReport::main)));

    private Bench() {
    }

    private static Map.Entry<String, Consumer<String[]>> scenario(String name, Consumer<String[]> main) {
        return Map.entry(name, main);
    }

    public static void main(String[] args) {
        Consumer<String[]> scenario = args.length == 0 ? null : SCENARIOS.get(args[0].toLowerCase(Locale.ROOT));
        if (scenario == null) {
            System.err.println("usage: java -jar bench/target/remedy-bench.jar <scenario> [arguments]; scenarios: "
                    + String.join(", ", SCENARIOS.keySet()));
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        scenario.accept(Arrays.copyOfRange(args, 1, args.length));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "(%s took %.1f s; %d cores, Java %s)%n", args[0],
                (System.nanoTime() - started) / 1e9, runtime.availableProcessors(), Runtime.version());
    }

    static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
