package io.remedy.platform.reactive;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Vert.x duplicated contexts marked safe, which Hibernate Reactive sessions need, for work that does not start from
 * an HTTP request or a Kafka message (the outbox relay), and pauses that come back on the same context.
 */
public final class SafeContext {

    private SafeContext() {
    }

    /** A fresh duplicated context, marked safe for Hibernate Reactive. */
    public static Context create(Vertx vertx) {
        Context root = vertx.getOrCreateContext();
        Context duplicate = VertxContext.createNewDuplicatedContext(root);
        VertxContextSafetyToggle.setContextSafe(duplicate, true);
        return duplicate;
    }

    /** Runs tasks on this context (to come back after a Kafka or timer callback). */
    public static Executor executor(Context context) {
        return task -> context.runOnContext(ignored -> task.run());
    }

    /** Completes after {@code delay}, on {@code context}. */
    public static Uni<Void> delay(Vertx vertx, Context context, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().<Void>emitter(emitter -> vertx.setTimer(delay.toMillis(),
                ignored -> context.runOnContext(v -> emitter.complete(null))));
    }
}
