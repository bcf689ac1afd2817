package io.remedy.booking;

import io.quarkus.logging.Log;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Rounds of concurrent requests for one slot, all let go at once: every answer is counted, any 5xx fails the test at
 * once (with its body), and each round must have exactly one winner. {@link #toString()} is the tally of all rounds.
 */
public final class Race implements AutoCloseable {

    private final ExecutorService pool;
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private int rounds;
    private int requests;
    private long nanos;

    /** A race of up to {@code contenders} concurrent requests a round. */
    public Race(int contenders) {
        pool = Executors.newFixedThreadPool(contenders);
    }

    /**
     * Runs one round: all {@code contenders} start together. Fails on any 5xx, on any answer {@code allowed} does not
     * accept, and unless exactly one answer is a {@code win}. Returns the answers, in the order of the contenders.
     */
    public List<Response> round(List<Callable<Response>> contenders, Predicate<Response> win,
                               Predicate<Response> allowed) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(contenders.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> contender : contenders) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return contender.call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS), "contenders ready");
        long started = System.nanoTime();
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            try {
                responses.add(future.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new IllegalStateException("a contender failed to get an answer", e);
            }
        }
        nanos += System.nanoTime() - started;
        rounds++;
        for (Response response : responses) {
            requests++;
            answers.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                fail("round " + rounds + " answered " + response.statusCode() + ": " + response.body().asString()
                        + " (so far " + this + ")");
            }
            if (!allowed.test(response)) {
                fail("round " + rounds + " answered " + response.statusCode() + ": " + response.body().asString());
            }
        }
        long winners = responses.stream().filter(win).count();
        assertEquals(1, winners, "round " + rounds + " must have exactly one winner: " + statuses(responses));
        return responses;
    }

    /** A 409 problem naming one of {@code fields} as taken. */
    public static boolean refusedAsTaken(Response response, String... fields) {
        if (response.statusCode() != 409
                || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return false;
        }
        List<String> named = response.jsonPath().getList("errors.field");
        return named != null && named.stream().anyMatch(List.of(fields)::contains);
    }

    /**
     * The answers of all rounds so far and the time they took, e.g.
     * {@code 20 rounds, 800 requests: 20 x 201, 780 x 409, 0 x 5xx; racing took 9 s}.
     */
    @Override
    public String toString() {
        StringBuilder tally = new StringBuilder(rounds + " rounds, " + requests + " requests:");
        answers.forEach((status, count) -> tally.append(' ').append(count).append(" x ").append(status).append(','));
        long faults = answers.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        return tally.append(' ').append(faults).append(" x 5xx; racing took ")
                .append(TimeUnit.NANOSECONDS.toMillis(nanos)).append(" ms").toString();
    }

    /** Logs the tally of all rounds under {@code name}, for the build's log. */
    public void report(String name) {
        Log.infof("Race '%s': %s", name, this);
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
