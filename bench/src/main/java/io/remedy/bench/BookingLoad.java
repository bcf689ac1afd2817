package io.remedy.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bookings per second sustained through the gateway, and the latency of {@code POST /api/v1/sessions}: a
 * receptionist's token, {@code workers} concurrent callers, each booking free slots (found by the availability
 * search, far ahead so the demo diary is not touched) for a client of its own.
 *
 * <pre>java -jar remedy-bench.jar booking-load [bookings=400] [workers=8]</pre>
 */
final class BookingLoad {

    private BookingLoad() {
    }

    static void main(String[] args) {
        int bookings = Bench.intArg(args, 0, 400);
        int workers = Bench.intArg(args, 1, 8);
        DemoChain chain = new DemoChain(BenchApi.as("reception.norwich@harbour.test"));
        Result result = run(chain, bookings, workers);
        System.out.printf(Locale.ROOT, "POST /api/v1/sessions through the gateway, %d workers: %s%n", workers, result);
    }

    /** What one load run measured. */
    record Result(int bookings, double seconds, int refused, Latencies latencies) {

        double perSecond() {
            return bookings / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d bookings in %.1f s = %.1f bookings/s sustained (%d not 201)%n"
                    + "  latency %s", bookings, seconds, perSecond(), refused, latencies.summary());
        }
    }

    /** Books {@code bookings} free slots of the demo chain through the gateway with {@code workers} callers. */
    static Result run(DemoChain chain, int bookings, int workers) {
        List<String> slots = chain.freeSlots(bookings, DemoChain.farDay());
        String[] clients = new String[workers];
        for (int w = 0; w < workers; w++) {
            clients[w] = chain.newClient(DemoChain.benchEmail());
        }
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long started = System.nanoTime();
        List<Runnable> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String client = clients[w];
            tasks.add(() -> {
                for (int i = next.getAndIncrement(); i < slots.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = chain.api.send("POST", "/sessions", chain.booking(client, slots.get(i)));
                    latencies.add(sent, System.nanoTime());
                    if (answer.statusCode() != 201) {
                        refused.incrementAndGet();
                        System.err.println("booking answered " + answer.statusCode() + ": " + answer.body());
                    }
                }
            });
        }
        Parallel.run(tasks);
        return new Result(bookings, (System.nanoTime() - started) / 1e9, refused.get(), latencies);
    }
}
