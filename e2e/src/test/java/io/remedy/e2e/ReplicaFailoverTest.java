package io.remedy.e2e;

import io.remedy.local.PlatformService;
import io.remedy.local.QuarkusService;
import io.remedy.local.testing.TestMailbox;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of every service behind the one gateway, under a steady booking load at the front desk: one instance
 * of each service is killed ({@code kill -9}), left dead a while and started again. Nothing a user was told happened is
 * lost or doubled: every booking (retried by its front end with the same {@code Idempotency-Key} while it got no
 * answer) exists once, every booking's confirmation is one e-mail (distinct Message-IDs; a crash may re-send the one
 * message in flight as the same e-mail) and its session note is due once; the surviving instances' outbox relays and
 * consumer group members took over the dead ones' work.
 * The load is steady and bounded (a few callers at the front desk, each booking every few seconds), so it spans the kill,
 * the dead time and the restarts with a hundred-odd bookings whose confirmations the checks can wait for in seconds.
 * Should it meet the gateway's rate limit (its buckets are shared, in the gateway's database), a booking refused with
 * 429 is made again, with its key, after the {@code Retry-After} the gateway named; it was never taken, so it is
 * neither lost nor doubled. The checks' own reads wait out a 429 the same way.
 * Runs in a platform of its own ({@code replicas} run of this module: {@code -Dremedy.e2e.replicas=2}).
 */
@Tag("replicas")
class ReplicaFailoverTest {

    private static final List<PlatformService> SERVICES = List.of(PlatformService.BOOKING, PlatformService.RECORDS,
            PlatformService.NOTIFICATION, PlatformService.BILLING);
    private static final int CLIENTS = 12;
    /**
     * The load: a few front-desk callers, each starting a booking every {@link #PACE} (sooner only when the last took
     * longer): about one booking a second, steady through the kill, the dead time and the restarts (100-150 bookings
     * on a small machine), and below the mail sender's pace, so the confirmations to check do not pile up into a
     * backlog of minutes.
     */
    private static final int WORKERS = 3;
    private static final Duration PACE = Duration.ofSeconds(3);
    /** How long the confirmations of the load may take to arrive: this, and the next per booking. */
    private static final Duration MAIL_BACKLOG_BASE = Duration.ofSeconds(240);
    private static final Duration MAIL_PER_BOOKING = Duration.ofMillis(250);

    private static Clinic clinic;
    private static TestMailbox mail;

    @BeforeAll
    static void platform() {
        Platform.stack();
        for (PlatformService service : SERVICES) {
            assertEquals(2, Platform.stack().replicas(service).size(), service + " runs twice in this run");
        }
        clinic = new Clinic();
        mail = new TestMailbox("127.0.0.1", Platform.stack().mail().imapPort());
    }

    /** One booking as its front end makes it: retried with the same key while no answer came, until it is booked. */
    private record Booked(String clientId, String sessionId, int attempts, long millis) {
    }

    /** When (System.nanoTime) a call last went unanswered. */
    private static final AtomicLong LAST_UNANSWERED = new AtomicLong();
    /** Calls the gateway refused for its rate limit (429), each made again after its Retry-After. */
    private static final AtomicInteger RATE_LIMITED = new AtomicInteger();

    /**
     * Makes a call, and again after the {@code Retry-After} the gateway names while it answers 429 (over the rate
     * limit: the call was not passed on, so making it again, with the same idempotency key, takes nothing twice).
     */
    private static Response withinRateLimit(Supplier<Response> call) {
        for (int refused = 0; ; refused++) {
            Response response = call.get();
            if (response.statusCode() != 429) {
                return response;
            }
            if (refused >= 60) {
                throw new AssertionError("still over the rate limit after 60 waits: " + response.asString());
            }
            RATE_LIMITED.incrementAndGet();
            String retryAfter = response.header("Retry-After");
            assertNotNull(retryAfter, "a 429 names its Retry-After");
            long seconds = Math.max(1, Long.parseLong(retryAfter.trim()));
            await().pollDelay(Duration.ofSeconds(seconds)).atMost(Duration.ofSeconds(seconds + 10)).until(() -> true);
        }
    }

    private static Booked book(String clientId, AtomicInteger unanswered) {
        Map<String, Object> booking = clinic.bookingFor(clientId);
        String key = UUID.randomUUID().toString();
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = withinRateLimit(() -> Api.as(Clinic.RECEPTION).header("Idempotency-Key", key)
                        .body(booking).post("/api/v1/sessions"));
            } catch (RuntimeException connectionLost) {
                response = null;
            }
            if (response != null && response.statusCode() == 201) {
                return new Booked(clientId, response.path("id"), attempt,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            if (response != null && response.statusCode() < 500) {
                throw new AssertionError("booking refused: " + response.statusCode() + " " + response.asString());
            }
            unanswered.incrementAndGet();
            LAST_UNANSWERED.set(System.nanoTime());
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(120)) {
                throw new AssertionError("a booking got no answer for 2 minutes");
            }
            // a front end waits a moment before it tries again
            await().pollDelay(Duration.ofMillis(250)).until(() -> true);
        }
    }

    private static long distinctConfirmations(String email) {
        return mail.messagesTo(email).stream().map(TestMailbox.Mail::messageId).distinct().count();
    }

    @Test
    void killingOneInstanceOfEachServiceUnderBookingLoadLosesAndDoublesNothing() throws Exception {
        // clients every service knows: each booked once, its confirmation arrived
        List<String> emails = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String email = Clinic.mailbox("replicas");
            emails.add(email);
            clients.add(clinic.newClient(email));
            clinic.book(clinic.bookingFor(clients.get(i))).then().statusCode(201);
        }
        for (String email : emails) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> distinctConfirmations(email) == 1);
        }

        // steady load: the workers book for the clients in turn until told to stop
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<Booked> booked = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                while (!stop.get()) {
                    long started = System.nanoTime();
                    Booked one = book(clients.get(next.getAndIncrement() % CLIENTS), unanswered);
                    booked.add(one);
                    slowest.accumulateAndGet(one.millis(), Math::max);
                    Duration rest = PACE.minusNanos(System.nanoTime() - started);
                    if (!rest.isNegative() && !rest.isZero() && !stop.get()) {
                        await().pollDelay(rest).atMost(rest.plusSeconds(10)).until(() -> true);
                    }
                }
                return null;
            }));
        }
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> booked.size() >= 10);

            long killedAt = System.nanoTime();
            int bookedBeforeKill = booked.size();
            List<QuarkusService> victims = SERVICES.stream().map(s -> Platform.stack().replicas(s).get(0)).toList();
            victims.forEach(Platform::crash);
            // the survivors carry the load alone for a while
            await().atMost(Duration.ofSeconds(120)).until(() -> booked.size() >= bookedBeforeKill + 10);
            long firstBookingAfterKill = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            long answeredAgainAfter = Math.max(0, TimeUnit.NANOSECONDS.toMillis(LAST_UNANSWERED.get() - killedAt));

            long restartAt = System.nanoTime();
            // one after another, as an orchestrator restarts crashed pods: four JVMs starting at once on a small machine
            // would each take longer than its readiness limit
            victims.forEach(QuarkusService::start);
            long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartAt);
            int bookedAtRestart = booked.size();
            await().atMost(Duration.ofSeconds(120)).until(() -> booked.size() >= bookedAtRestart + 10);
            System.out.printf("replica failover: %d bookings before the kill, %d while one instance of each service"
                            + " was dead or starting (ten of them within %d ms of the kill), last unanswered call %d ms"
                            + " after the kill, restarted instances ready after %d ms, %d calls unanswered and retried,"
                            + " %d refused for the rate limit and made again after Retry-After, slowest booking %d ms%n",
                    bookedBeforeKill, bookedAtRestart - bookedBeforeKill, firstBookingAfterKill, answeredAgainAfter,
                    restartMillis, unanswered.get(), RATE_LIMITED.get(), slowest.get());
        } finally {
            stop.set(true);
            for (Future<?> worker : running) {
                worker.get(180, TimeUnit.SECONDS);
            }
            workers.shutdown();
        }
        long loadStoppedAt = System.nanoTime();

        // every booking exists, once: each client's sessions are their first booking and exactly those of the load
        Map<String, List<Booked>> byClient = booked.stream().collect(Collectors.groupingBy(Booked::clientId));
        Set<String> sessions = ConcurrentHashMap.newKeySet();
        for (Booked one : booked) {
            assertTrue(sessions.add(one.sessionId()), "two bookings answered with one session");
        }
        for (String clientId : clients) {
            List<Booked> mine = byClient.getOrDefault(clientId, List.of());
            Response listed = withinRateLimit(() -> Api.as(Clinic.RECEPTION).queryParam("clientId", clientId)
                    .queryParam("limit", 500)
                    .queryParam("from", Instant.now().toString())
                    .queryParam("to", Instant.now().plus(Duration.ofDays(400)).toString())
                    .get("/api/v1/sessions"));
            listed.then().statusCode(200).body("nextCursor", nullValue()).body("items.size()", equalTo(1 + mine.size()));
            Map<String, String> status = new HashMap<>();
            List<Map<String, Object>> items = listed.jsonPath().getList("items");
            items.forEach(item -> status.put((String) item.get("id"), (String) item.get("status")));
            for (Booked one : mine) {
                assertEquals("BOOKED", status.get(one.sessionId()), "session " + one.sessionId() + " of its client");
            }
        }

        // one confirmation e-mail per booking, none lost, none doubled (a re-sent one keeps its Message-ID): every
        // mailbox has all of its own first, then (a doubled one would have come by then) exactly those. The load left
        // notification a backlog of e-mails, sent at the pace of a busy 2-core machine: one deadline for them all,
        // growing with their number, rather than a fixed wait per mailbox
        Instant deadline = Instant.now().plus(MAIL_BACKLOG_BASE).plus(MAIL_PER_BOOKING.multipliedBy(booked.size()));
        for (int i = 0; i < CLIENTS; i++) {
            String email = emails.get(i);
            long expected = 1 + byClient.getOrDefault(clients.get(i), List.of()).size();
            Duration left = Duration.between(Instant.now(), deadline);
            await().atMost(left.isNegative() ? Duration.ofSeconds(1) : left).pollInterval(Duration.ofSeconds(1))
                    .until(() -> distinctConfirmations(email), count -> count >= expected);
        }
        long confirmedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadStoppedAt);
        for (int i = 0; i < CLIENTS; i++) {
            assertEquals(1 + byClient.getOrDefault(clients.get(i), List.of()).size(),
                    distinctConfirmations(emails.get(i)), "confirmations of client " + i);
        }

        // one session note due per booking
        for (Booked one : booked) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    withinRateLimit(() -> Api.as(Clinic.ANA).get("/api/v1/records/sessions/" + one.sessionId()
                            + "/notes")).then().statusCode(200).body("items.size()", equalTo(1)));
        }
        System.out.printf("replica failover: %d bookings of the load, each once, with one confirmation and one due note;"
                + " every confirmation read back within %d ms of the load's end%n", booked.size(), confirmedAfter);
    }
}
