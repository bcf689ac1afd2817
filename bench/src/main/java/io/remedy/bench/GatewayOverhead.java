package io.remedy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway adds: the same read ({@code GET /api/v1/services}) made through the gateway and directly to
 * booking-service, interleaved so both see the same machine; then the gateway's throughput with concurrent callers.
 * Run the platform with the gateway's rate limits raised (see bench/results.md), or the limit is what you measure.
 *
 * <pre>java -Dbooking=http://localhost:8081 -jar remedy-bench.jar gateway-overhead [calls=2000] [workers=16] [seconds=15]</pre>
 */
final class GatewayOverhead {

    private GatewayOverhead() {
    }

    static void main(String[] args) {
        int calls = Bench.intArg(args, 0, 2000);
        int workers = Bench.intArg(args, 1, 16);
        int seconds = Bench.intArg(args, 2, 15);
        BenchApi viaGateway = BenchApi.as("admin@harbour.test");
        BenchApi direct = viaGateway.at(System.getProperty("booking", "http://localhost:8081"));
        String path = "/services";
        for (int i = 0; i < 200; i++) {
            viaGateway.get(path);
            direct.get(path);
        }
        Latencies gateway = new Latencies();
        Latencies service = new Latencies();
        for (int i = 0; i < calls; i++) {
            long sent = System.nanoTime();
            viaGateway.get(path);
            gateway.add(sent, System.nanoTime());
            sent = System.nanoTime();
            direct.get(path);
            service.add(sent, System.nanoTime());
        }
        System.out.printf(Locale.ROOT, "GET /api/v1/services, sequential, interleaved:%n  through the gateway %s%n"
                        + "  direct to booking  %s%n  added by the gateway: p50 %.2f ms, p99 %.2f ms%n",
                gateway.summary(), service.summary(), gateway.percentile(50) - service.percentile(50),
                gateway.percentile(99) - service.percentile(99));
        System.out.printf(Locale.ROOT, "throughput, %d workers for %d s: through the gateway %.0f req/s, direct %.0f "
                + "req/s%n", workers, seconds, throughput(viaGateway, path, workers, seconds),
                throughput(direct, path, workers, seconds));
    }

    private static double throughput(BenchApi api, String path, int workers, int seconds) {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Runnable> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            tasks.add(() -> {
                while (System.nanoTime() < until) {
                    api.get(path);
                    done.incrementAndGet();
                }
            });
        }
        Parallel.run(tasks);
        return done.get() / (double) seconds;
    }
}
