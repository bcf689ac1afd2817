package io.remedy.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Latency of a chain-wide availability search for one week (every location and therapist of the demo chain), as a
 * client on the phone asks it, sequentially.
 *
 * <pre>java -jar remedy-bench.jar availability [queries=200]</pre>
 */
final class AvailabilityQuery {

    private AvailabilityQuery() {
    }

    static void main(String[] args) {
        int queries = Bench.intArg(args, 0, 200);
        BenchApi client = BenchApi.as("sam.client@harbour.test");
        String service = client.idWhere("/services", "name", "Remedial massage 60 min");
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusDays(7).with(java.time.DayOfWeek.MONDAY);
        String path = "/availability?serviceId=" + service + "&from=" + monday + "&to=" + monday.plusDays(6)
                + "&limit=100";
        int slots = client.get(path).path("items").size();
        for (int i = 0; i < 10; i++) {
            client.get(path);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < queries; i++) {
            long sent = System.nanoTime();
            client.get(path);
            latencies.add(sent, System.nanoTime());
        }
        System.out.printf(Locale.ROOT, "GET /api/v1/availability chain-wide, week of %s (first page: %d slots), "
                + "through the gateway:%n  latency %s%n", monday, slots, latencies.summary());
    }
}
