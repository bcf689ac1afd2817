package io.remedy.bench;

import io.remedy.local.testing.TestMailbox;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Time from a booking's {@code 201} at the gateway to its confirmation email being readable over IMAP (so accepted
 * by the SMTP server and stored), under a burst: {@code bookings} sessions booked by {@code workers} concurrent
 * callers, each for a client with a mailbox of its own, while pollers read the mailboxes every few milliseconds.
 * Path: booking outbox → relay → Kafka → notification inbox → delivery → sender → SMTP.
 *
 * <pre>java -jar remedy-bench.jar booking-to-email [bookings=300] [workers=8] [pollers=8]</pre>
 * With {@code workers=1} it is the sequential case: one booking at a time, each measured alone.
 */
final class BookingToEmail {

    private BookingToEmail() {
    }

    static void main(String[] args) {
        int bookings = Bench.intArg(args, 0, 300);
        int workers = Bench.intArg(args, 1, 8);
        int pollers = Bench.intArg(args, 2, 8);
        DemoChain chain = new DemoChain(BenchApi.as("reception.norwich@harbour.test"));
        List<String> slots = chain.freeSlots(bookings, DemoChain.farDay());
        List<String> emails = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < bookings; i++) {
            emails.add(DemoChain.benchEmail());
            clients.add(chain.newClient(emails.get(i)));
        }
        Map<String, Long> bookedAt = new ConcurrentHashMap<>();
        Latencies toEmail = new Latencies();
        AtomicInteger next = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            tasks.add(() -> {
                for (int i = next.getAndIncrement(); i < bookings; i = next.getAndIncrement()) {
                    HttpResponse<String> answer = chain.api.send("POST", "/sessions",
                            chain.booking(clients.get(i), slots.get(i)));
                    if (answer.statusCode() != 201) {
                        throw new IllegalStateException("booking: " + answer.statusCode() + " " + answer.body());
                    }
                    bookedAt.put(emails.get(i), System.nanoTime());
                }
            });
        }
        for (int p = 0; p < pollers; p++) {
            int shard = p;
            tasks.add(() -> poll(emails, shard, pollers, bookedAt, toEmail));
        }
        long started = System.nanoTime();
        Parallel.run(tasks);
        long lastBooked = bookedAt.values().stream().mapToLong(Long::longValue).max().orElse(started);
        System.out.printf(Locale.ROOT, "booking 201 -> confirmation readable over IMAP, burst of %d bookings by %d "
                + "callers (%d mailbox pollers):%n  %s%n", bookings, workers, pollers, toEmail.summary());
        System.out.printf(Locale.ROOT, "  the %d bookings took %.1f s; the last confirmation was readable %.1f s after "
                + "the last 201%n", bookings, (lastBooked - started) / 1e9, (toEmail.lastEnd() - lastBooked) / 1e9);
    }

    /** Polls this shard's mailboxes until each has its confirmation; the time counts from the booking's 201. */
    private static void poll(List<String> emails, int shard, int shards, Map<String, Long> bookedAt,
                             Latencies toEmail) {
        TestMailbox mailbox = new TestMailbox("127.0.0.1", Integer.getInteger("imap", 3143));
        List<String> pending = new ArrayList<>();
        for (int i = shard; i < emails.size(); i += shards) {
            pending.add(emails.get(i));
        }
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " confirmations missing after 10 minutes");
            }
            boolean checked = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                String email = it.next();
                Long booked = bookedAt.get(email);
                if (booked == null) {
                    continue;
                }
                checked = true;
                if (!mailbox.messagesTo(email).isEmpty()) {
                    toEmail.add(booked, System.nanoTime());
                    it.remove();
                }
            }
            if (!checked) {
                pause();
            }
        }
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
