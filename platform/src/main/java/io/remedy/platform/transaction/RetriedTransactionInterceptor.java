package io.remedy.platform.transaction;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a {@code @WithTransaction} method again when its transaction lost to concurrent ones (see
 * {@link Transactions}). It wraps Panache's own interceptor (a lower priority runs outside), so each run opens a
 * fresh session and transaction.
 */
@WithTransaction
@Interceptor
@Priority(RetriedTransactionInterceptor.PRIORITY)
public class RetriedTransactionInterceptor {

    /** Outside Panache's session and transaction interceptors (priority 200). */
    static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE + 190;

    private final Transactions transactions;

    public RetriedTransactionInterceptor(Transactions transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retried(InvocationContext context) throws Exception {
        WithTransaction declared = context.getMethod().getAnnotation(WithTransaction.class);
        if (declared == null) {
            declared = context.getTarget().getClass().getAnnotation(WithTransaction.class);
        }
        String unit = declared == null ? Transactions.DEFAULT_UNIT : declared.value();
        return retried(transactions, context, unit);
    }

    static Object retried(Transactions transactions, InvocationContext context, String unit) throws Exception {
        if (!Uni.class.isAssignableFrom(context.getMethod().getReturnType())) {
            return context.proceed();
        }
        return transactions.<Object>retrying(unit, () -> {
            try {
                @SuppressWarnings("unchecked")
                Uni<Object> run = (Uni<Object>) context.proceed();
                return run;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The same for a {@code @WithSession} method, which owns the transactions of the methods it calls. */
    @WithSession
    @Interceptor
    @Priority(RetriedTransactionInterceptor.PRIORITY)
    public static class OfSession {

        private final Transactions transactions;

        public OfSession(Transactions transactions) {
            this.transactions = transactions;
        }

        @AroundInvoke
        Object retried(InvocationContext context) throws Exception {
            WithSession declared = context.getMethod().getAnnotation(WithSession.class);
            if (declared == null) {
                declared = context.getTarget().getClass().getAnnotation(WithSession.class);
            }
            String unit = declared == null ? Transactions.DEFAULT_UNIT : declared.value();
            return RetriedTransactionInterceptor.retried(transactions, context, unit);
        }
    }
}
