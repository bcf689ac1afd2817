package io.remedy.notification.delivery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the messages waiting in the delivery log. A message row stays locked ({@code FOR UPDATE SKIP LOCKED}) while
 * it is sent and is marked in the same transaction, so replicas never send one message twice; a failed send is
 * retried with backoff and, after the last try, parked as a dead letter.
 */
@ApplicationScoped
public class DeliverySender {

    static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final ReactiveMailer mailer;
    private final DeliveryConfig config;
    private final Vertx vertx;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public DeliverySender(DeliveryRepository deliveries, ReactiveMailer mailer, DeliveryConfig config, Vertx vertx) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.config = config;
        this.vertx = vertx;
    }

    /**
     * Asks for a round soon: called when a delivery is written, so a message need not wait for the next poll. The
     * delay lets the writing transaction commit first; a round that still misses it leaves it to the poll.
     */
    public void nudge() {
        vertx.setTimer(config.nudgeDelay().toMillis(), id -> round());
    }

    /** The safety net: waiting and retried messages are looked for on a fixed beat as well. */
    @Scheduled(every = "${remedy.delivery.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        round();
    }

    /** One round at a time; a request during a round runs another right after it. */
    private void round() {
        if (!sending.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        // each round gets a fresh safe context, so no Hibernate session leaks from one round into the next
        SafeContext.create(vertx).runOnContext(v -> sendDue().subscribe()
                .with(done -> afterRound(), failure -> afterRound()));
    }

    private void afterRound() {
        sending.set(false);
        if (again.getAndSet(false)) {
            round();
        }
    }

    Uni<Void> sendDue() {
        return Panache.withTransaction(() -> deliveries.lockDue(Instant.now(), BATCH).flatMap(this::sendAll))
                .onFailure().invoke(e -> Log.warnf("Delivery round failed: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> sendAll(List<Delivery> due) {
        return Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(this::attempt)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> attempt(Delivery delivery) {
        delivery.attempts++;
        return send(delivery)
                .invoke(() -> {
                    delivery.status = DeliveryStatus.SENT;
                    delivery.sentAt = Instant.now();
                    delivery.lastError = null;
                    delivery.bodyHtml = null;
                    delivery.bodyText = null;
                })
                .onFailure().recoverWithUni(failure -> {
                    delivery.lastError = String.valueOf(failure.getMessage());
                    if (delivery.attempts >= config.maxAttempts()) {
                        delivery.status = DeliveryStatus.DEAD;
                        Log.warnf("Delivery %s parked as dead letter after %d attempts", delivery.id, delivery.attempts);
                    } else {
                        delivery.status = DeliveryStatus.FAILED;
                        delivery.nextAttemptAt = Instant.now().plus(backoff(delivery.attempts));
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> send(Delivery delivery) {
        if (delivery.channel == Channel.EMAIL) {
            Mail mail = Mail.withHtml(delivery.address, delivery.subject, delivery.bodyHtml)
                    .setText(delivery.bodyText)
                    .addHeader("Message-ID", "<" + delivery.id + "@remedy>");
            return mailer.send(mail);
        }
        return Uni.createFrom().failure(new IllegalStateException("Channel " + delivery.channel + " is not open yet"));
    }

    /** 5 s, 10 s, 20 s ... capped at the configured maximum. */
    Duration backoff(int attempts) {
        Duration next = config.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
        return next.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : next;
    }
}
