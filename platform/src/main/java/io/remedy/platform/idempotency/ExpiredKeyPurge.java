package io.remedy.platform.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.Housekeeping;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Deletes idempotency keys older than {@code remedy.idempotency.retention}, every {@code purge-every}. */
@ApplicationScoped
public class ExpiredKeyPurge {

    private final Idempotency idempotency;
    private final Housekeeping housekeeping;

    public ExpiredKeyPurge(Idempotency idempotency, IdempotencyConfig config, Vertx vertx) {
        this.idempotency = idempotency;
        this.housekeeping = new Housekeeping("Expired idempotency keys purge", vertx, config.purgeBatch());
    }

    @Scheduled(every = "${remedy.idempotency.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        housekeeping.round(idempotency::purgeExpired);
    }

    void stop(@Observes ShutdownEvent event) {
        housekeeping.stop();
    }
}
