package io.remedy.booking.waitlist;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.ScheduledRound;
import io.remedy.platform.transaction.Transactions;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;

/**
 * Lets lapsed waitlist offers go, on a fixed beat. Safe with several replicas: each round locks the lapsed offers it
 * takes with {@code FOR UPDATE SKIP LOCKED}, so no offer is expired twice, and one being accepted is left alone.
 */
@ApplicationScoped
public class OfferExpiry {

    private final FreedSlotOffers freedSlots;
    private final WaitlistConfig config;
    private final Vertx vertx;
    private final Transactions transactions;
    private volatile boolean stopping;

    public OfferExpiry(FreedSlotOffers freedSlots, WaitlistConfig config, Vertx vertx, Transactions transactions) {
        this.freedSlots = freedSlots;
        this.config = config;
        this.vertx = vertx;
        this.transactions = transactions;
    }

    @Scheduled(every = "${remedy.waitlist.expiry-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expireLapsedOffers() {
        return ScheduledRound.run(vertx, "Waitlist expiry", () -> stopping, () -> transactions.withTransaction(
                        () -> freedSlots.expireLapsed(Instant.now(), config.expiryBatch()))
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("%d waitlist offers lapsed", count);
                    }
                }));
    }

    /** No new rounds once the application stops: the database pool is closing. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
