package io.remedy.platform.transaction;

import io.quarkus.logging.Log;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Work that waits for the current transaction's commit: a sender that should pick up what the transaction wrote
 * (the outbox relay, the notification sender) is woken the moment the rows are visible, instead of after a guessed
 * delay or its next poll. The owner of a transaction (the one that opens its session: {@link Transactions}, the
 * inbox, a sender's own rounds) runs it through {@link #around}; code inside asks with {@link #request}. An action
 * runs only after a successful commit, on the owner's context; nothing runs after a rollback. Hibernate Reactive
 * has no after-commit hook of its own, hence this one.
 */
public final class AfterCommit {

    private static final String KEY = AfterCommit.class.getName();

    private AfterCommit() {
    }

    /** The actions of one transaction; closed once it ended, so a late request is refused rather than lost. */
    private static final class Scope {
        final List<Runnable> actions = new ArrayList<>();
        boolean open = true;
    }

    /**
     * Runs {@code action} after the current transaction commits. False (and nothing is kept) when the current
     * context has no transaction owner that runs such actions: the caller then wakes its sender another way.
     */
    public static boolean request(Runnable action) {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return false;
        }
        Scope scope = ContextLocals.<Scope>get(KEY).orElse(null);
        if (scope == null || !scope.open) {
            return false;
        }
        scope.actions.add(action);
        return true;
    }

    /**
     * Subscribes to {@code transaction} (one that opens and commits its own session) with a scope for
     * {@link #request}s, and runs the requested actions once it succeeded.
     */
    public static <T> Uni<T> around(Supplier<Uni<T>> transaction) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            if (context == null || !VertxContext.isDuplicatedContext(context)) {
                return transaction.get();
            }
            // a transaction of its own inside another owner's (a sender's round inside a request): once it ended,
            // the outer one's requests go to the outer scope again
            Scope outer = ContextLocals.<Scope>get(KEY).orElse(null);
            Scope scope = new Scope();
            ContextLocals.put(KEY, scope);
            return transaction.get()
                    .invoke(() -> {
                        scope.open = false;
                        for (Runnable action : scope.actions) {
                            try {
                                action.run();
                            } catch (RuntimeException e) {
                                Log.warnf("An after-commit action failed: %s", e.toString());
                            }
                        }
                    })
                    .eventually(() -> {
                        scope.open = false;
                        if (outer != null) {
                            ContextLocals.put(KEY, outer);
                        } else {
                            ContextLocals.remove(KEY);
                        }
                    });
        });
    }
}
