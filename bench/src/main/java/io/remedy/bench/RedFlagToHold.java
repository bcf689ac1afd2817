package io.remedy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time from an urgent red flag's {@code 201} (records-service) to the client's future session showing its hold
 * (booking-service, after {@code red-flag.raised} crossed Kafka): for each run a new client with one future session
 * with Ana, screened by Ana with a cauda equina sign; the session is polled every 5 ms through the gateway.
 *
 * <pre>java -jar remedy-bench.jar red-flag-to-hold [runs=20]</pre>
 */
final class RedFlagToHold {

    private RedFlagToHold() {
    }

    static void main(String[] args) {
        int runs = Bench.intArg(args, 0, 20);
        DemoChain desk = new DemoChain(BenchApi.as("reception.norwich@harbour.test"));
        BenchApi ana = BenchApi.as("ana.therapist@harbour.test");
        List<String> slots = desk.freeSlots(runs, DemoChain.farDay());
        Latencies toHold = new Latencies();
        for (int i = 0; i < runs; i++) {
            String client = desk.newClient(DemoChain.benchEmail());
            String session = desk.api.call("POST", "/sessions", desk.booking(client, slots.get(i)), 201)
                    .get("id").asText();
            // records learns the client and that Ana treats them from client.registered and session.booked: wait for it
            long since = System.nanoTime();
            while (ana.send("GET", "/records/clients/" + client + "/red-flags", null).statusCode() != 200) {
                if (System.nanoTime() - since > 60_000_000_000L) {
                    throw new IllegalStateException("records never learnt of session " + session);
                }
                pause();
            }
            ana.call("POST", "/records/clients/" + client + "/red-flags", Map.of("locationId", desk.norwich,
                    "findings", List.of("SADDLE_NUMBNESS"), "notes", "benchmark screen"), 201);
            long raised = System.nanoTime();
            while (!held(desk.api.get("/sessions/" + session))) {
                if (System.nanoTime() - raised > 60_000_000_000L) {
                    throw new IllegalStateException("session " + session + " not held within 60 s");
                }
                pause();
            }
            toHold.add(raised, System.nanoTime());
        }
        System.out.printf(Locale.ROOT, "urgent red flag 201 -> client's future session on hold, %d runs:%n  %s%n",
                runs, toHold.summary());
    }

    private static boolean held(JsonNode session) {
        return "ON_HOLD".equals(session.path("status").asText()) || session.path("hold").isObject();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
