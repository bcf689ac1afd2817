package io.remedy.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.Housekeeping;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Deletes outbox rows sent longer ago than {@code remedy.outbox.retention.sent}, every {@code purge-every}. */
@ApplicationScoped
public class SentRowPurge {

    private final Outbox outbox;
    private final Housekeeping housekeeping;

    public SentRowPurge(Outbox outbox, OutboxConfig config, Vertx vertx) {
        this.outbox = outbox;
        this.housekeeping = new Housekeeping("Sent outbox rows purge", vertx, config.retention().purgeBatch());
    }

    @Scheduled(every = "${remedy.outbox.retention.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        housekeeping.round(outbox::purgeSent);
    }

    void stop(@Observes ShutdownEvent event) {
        housekeeping.stop();
    }
}
