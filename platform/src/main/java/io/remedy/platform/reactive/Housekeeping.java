package io.remedy.platform.reactive;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A scheduled clean-up (a purge of expired rows) run in batches, each in its own transaction on a fresh safe
 * context, until a batch comes back short. One round at a time per process; none once the application stops. Safe
 * with several replicas when each batch takes its rows with {@code FOR UPDATE SKIP LOCKED}.
 */
public final class Housekeeping {

    private final String what;
    private final Vertx vertx;
    private final int batch;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public Housekeeping(String what, Vertx vertx, int batch) {
        this.what = what;
        this.vertx = vertx;
        this.batch = batch;
    }

    /** Starts a round unless one is running: {@code batchOfWork} runs inside a transaction and emits rows done. */
    public void round(Supplier<Uni<Integer>> batchOfWork) {
        if (stopping.get() || !running.compareAndSet(false, true)) {
            return;
        }
        SafeContext.create(vertx).runOnContext(v -> rounds(batchOfWork, 0).subscribe().with(total -> {
            running.set(false);
            if (total > 0) {
                Log.infof("%s: %d rows removed", what, total);
            }
        }, failure -> {
            running.set(false);
            if (stopping.get()) {
                Log.debugf("%s cut short by the shutdown: %s", what, failure.toString());
            } else {
                Log.warnf("%s failed: %s", what, failure.toString());
            }
        }));
    }

    /** No new rounds once the application stops: the database pool is closing. */
    public void stop() {
        stopping.set(true);
    }

    private Uni<Integer> rounds(Supplier<Uni<Integer>> batchOfWork, int doneSoFar) {
        return Panache.withTransaction(batchOfWork).chain(done -> done >= batch && !stopping.get()
                ? rounds(batchOfWork, doneSoFar + done)
                : Uni.createFrom().item(doneSoFar + done));
    }
}
