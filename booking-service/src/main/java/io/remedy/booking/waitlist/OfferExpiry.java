package io.remedy.booking.waitlist;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.SafeContext;
import io.remedy.platform.transaction.Transactions;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets lapsed waitlist offers go, on a fixed beat. Safe with several replicas: each round locks the lapsed offers it
 * takes with {@code FOR UPDATE SKIP LOCKED}, so no offer is expired twice, and one being accepted is left alone.
 */
@ApplicationScoped
public class OfferExpiry {

    private final WaitlistService waitlist;
    private final WaitlistConfig config;
    private final Vertx vertx;
    private final Transactions transactions;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public OfferExpiry(WaitlistService waitlist, WaitlistConfig config, Vertx vertx, Transactions transactions) {
        this.waitlist = waitlist;
        this.config = config;
        this.vertx = vertx;
        this.transactions = transactions;
    }

    @Scheduled(every = "${remedy.waitlist.expiry-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireLapsedOffers() {
        if (stopping.get() || !running.compareAndSet(false, true)) {
            return;
        }
        // each round gets a fresh safe context, so no Hibernate session leaks from one round into the next
        SafeContext.create(vertx).runOnContext(v -> transactions.withTransaction(
                        () -> waitlist.expireLapsed(Instant.now(), config.expiryBatch()))
                .subscribe().with(count -> {
                    running.set(false);
                    if (count > 0) {
                        Log.infof("%d waitlist offers lapsed", count);
                    }
                }, failure -> {
                    running.set(false);
                    if (stopping.get()) {
                        Log.debugf("Waitlist expiry round cut short by the shutdown: %s", failure.toString());
                    } else {
                        Log.warnf("Waitlist expiry round failed: %s", failure.toString());
                    }
                }));
    }

    /** No new rounds once the application stops: the database pool is closing. */
    void stop(@Observes ShutdownEvent event) {
        stopping.set(true);
    }
}
