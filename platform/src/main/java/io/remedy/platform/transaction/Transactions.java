package io.remedy.platform.transaction;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.quarkus.logging.Log;
import io.remedy.platform.outbox.Backoff;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The one transaction path of every service: {@code @WithTransaction} / {@code @WithSession} methods (through
 * {@link RetriedTransactionInterceptor}), {@link #withTransaction} in place of {@code Panache.withTransaction}, and
 * {@code Idempotency.execute}. A transaction PostgreSQL rolled back because it met concurrent ones (a deadlock, 40P01,
 * or a serialization failure, 40001; see {@link Contention}) runs again from the start, in a fresh session, a bounded
 * number of times after a pause with jitter; when every run lost, the caller is answered 503 with {@code Retry-After},
 * never 500. Only the call that opens the Hibernate session runs again: a call that joins a session opened further
 * out hands the failure outwards, to the call that owns it.
 */
@ApplicationScoped
public class Transactions {

    /** The persistence unit Panache's {@code @WithTransaction} uses unless told otherwise. */
    static final String DEFAULT_UNIT = "<default>";

    private final TransactionRetryConfig config;
    private final Vertx vertx;

    public Transactions(TransactionRetryConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    /** {@code Panache.withTransaction(work)}, run again when it lost to concurrent transactions. */
    public <T> Uni<T> withTransaction(Supplier<Uni<T>> work) {
        return retrying(DEFAULT_UNIT, () -> Panache.withTransaction(work));
    }

    /**
     * Subscribes to {@code attempt()}, and to a fresh {@code attempt()} after a loss to concurrent transactions, when
     * no session of {@code unit} is open here (the attempt opens and closes its own); else runs it once.
     */
    <T> Uni<T> retrying(String unit, Supplier<Uni<T>> attempt) {
        // called when the work is called, as Panache decides whether to open a session: the first run starts now
        Uni<T> first = started(attempt);
        if (SessionOperations.getCurrentSession(unit) != null) {
            return first;
        }
        // the owner of the session: what its transactions ask to run after their commit runs once it succeeded
        Context context = Vertx.currentContext();
        return AfterCommit.around(() -> run(first, attempt, 0, context));
    }

    private <T> Uni<T> run(Uni<T> current, Supplier<Uni<T>> attempt, int retries, Context context) {
        return current.onFailure(Contention::is).recoverWithUni(lost -> {
            if (retries >= config.maxRetries()) {
                Log.warnf("A transaction lost to concurrent transactions %d times; answering 503", retries + 1);
                return Uni.createFrom().failure(exhausted(config));
            }
            Log.debugf("A transaction lost to concurrent transactions; running it again (%d of %d)", retries + 1,
                    config.maxRetries());
            Duration pause = pause(retries + 1);
            Uni<Void> waited = context == null ? Uni.createFrom().voidItem() : SafeContext.delay(vertx, context, pause);
            return waited.chain(() -> run(started(attempt), attempt, retries + 1, context));
        });
    }

    private static <T> Uni<T> started(Supplier<Uni<T>> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** The pause before run again number {@code retry} (1-based): capped exponential, less a random share. */
    Duration pause(int retry) {
        Duration full = new Backoff(config.initialBackoff(), config.maxBackoff()).after(retry);
        double jitter = Math.min(Math.max(config.jitter(), 0), 1);
        double share = 1 - jitter * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(full.toMillis() * share));
    }

    /** The 503 answered for a transaction that lost to concurrent ones and is not run again. */
    static ProblemException exhausted(TransactionRetryConfig config) {
        long seconds = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE,
                "Too many concurrent changes met this one; nothing was written, try again shortly"),
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
    }
}
