package io.remedy.platform.reactive;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One round of a scheduled job, for {@code @Scheduled(concurrentExecution = SKIP)} methods that return
 * {@code Uni<Void>}: the scheduler skips a beat while the round's {@code Uni} is running, so no job needs a flag of
 * its own. The round runs on a fresh safe context (no Hibernate session leaks from one round into the next); a
 * failure ends the round with a warning, and none is started or reported once the application is stopping (its
 * database pool is closing).
 */
public final class ScheduledRound {

    private ScheduledRound() {
    }

    public static Uni<Void> run(Vertx vertx, String name, BooleanSupplier stopping, Supplier<Uni<?>> work) {
        if (stopping.getAsBoolean()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().voidItem()
                .emitOn(SafeContext.executor(SafeContext.create(vertx)))
                .chain(work::get)
                .onFailure().invoke(failure -> {
                    if (stopping.getAsBoolean()) {
                        Log.debugf("%s round cut short by the shutdown: %s", name, failure.toString());
                    } else {
                        Log.warnf("%s round failed: %s", name, failure.toString());
                    }
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
