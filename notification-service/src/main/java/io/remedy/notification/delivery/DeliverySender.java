package io.remedy.notification.delivery;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.notification.inapp.LiveFeed;
import io.remedy.platform.observability.RequestLogContext;
import io.remedy.platform.observability.TraceContext;
import io.remedy.platform.reactive.SafeContext;
import io.remedy.platform.transaction.AfterCommit;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.MDC;

/**
 * Sends the messages waiting in the delivery log, one transaction per message. A message row stays locked
 * ({@code FOR UPDATE SKIP LOCKED}) while it is sent; after the channel answered, the attempt, the message's new state
 * and its {@code notification.delivered} or {@code .failed} event are written in that same transaction
 * ({@link DeliveryOutcomes}), so replicas never send one message twice and no outcome is lost. A failed send is
 * retried with backoff and, after the last try (or at once when the failure is permanent), parked as a dead letter.
 */
@ApplicationScoped
public class DeliverySender {

    /** Messages one lane sends in a round before the round ends (and, if there are more, another starts). */
    static final int BATCH = 20;
    /** Lanes sending side by side in a round. */
    static final int LANES = 4;

    private final DeliveryRepository deliveries;
    private final EmailChannel email;
    private final SmsChannel sms;
    private final LiveFeed live;
    private final EmailRecipients recipients;
    private final DeliveryOutcomes outcomes;
    private final DeliveryConfig config;
    private final Vertx vertx;
    private final Tracer tracer;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;

    public DeliverySender(DeliveryRepository deliveries, EmailChannel email, SmsChannel sms, LiveFeed live,
                          EmailRecipients recipients, DeliveryOutcomes outcomes, DeliveryConfig config, Vertx vertx,
                          Tracer tracer) {
        this.deliveries = deliveries;
        this.email = email;
        this.sms = sms;
        this.live = live;
        this.recipients = recipients;
        this.outcomes = outcomes;
        this.config = config;
        this.vertx = vertx;
        this.tracer = tracer;
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /**
     * Asks for a round soon: called when a delivery is written, so a message need not wait for the next poll. The
     * round starts once the writing transaction committed; where nobody reports that commit, after a delay that lets
     * it commit first (a round that still misses it leaves it to the poll).
     */
    public void nudge() {
        if (!AfterCommit.request(this::round)) {
            after(config.nudgeDelay());
        }
    }

    /** The safety net: waiting, deferred and retried messages are looked for on a fixed beat as well. */
    @Scheduled(every = "${remedy.delivery.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        round();
    }

    private void after(Duration delay) {
        if (!stopped) {
            vertx.setTimer(Math.max(1, delay.toMillis()), id -> round());
        }
    }

    /**
     * One round at a time; a request during a round runs another right after it. A round runs {@link #LANES} lanes
     * side by side, each taking the next due message (SKIP LOCKED keeps them apart) in a context of its own, so no
     * Hibernate session is shared between lanes or leaks from one round into the next.
     */
    private void round() {
        if (stopped) {
            return;
        }
        if (!sending.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        AtomicInteger open = new AtomicInteger(LANES);
        AtomicBoolean full = new AtomicBoolean();
        for (int lane = 0; lane < LANES; lane++) {
            SafeContext.create(vertx).runOnContext(v -> sendDue().subscribe()
                    .with(tried -> laneDone(open, full, tried >= BATCH), failure -> laneDone(open, full, false)));
        }
    }

    private void laneDone(AtomicInteger open, AtomicBoolean full, boolean laneWasFull) {
        if (laneWasFull) {
            full.set(true);
        }
        if (open.decrementAndGet() == 0) {
            afterRound(full.get());
        }
    }

    private void afterRound(boolean full) {
        sending.set(false);
        if (again.getAndSet(false) || full) {
            round();
        }
    }

    /**
     * Sends up to a batch of due messages, each in a transaction of its own: the message is committed as sent right
     * after its channel answered, so a crash can re-send at most the lane's one message whose answer was not yet recorded
     * (an e-mail then carries the same Message-ID). Emits how many were tried.
     */
    Uni<Integer> sendDue() {
        return sendFrom(0);
    }

    private Uni<Integer> sendFrom(int tried) {
        if (tried >= BATCH || stopped) {
            return Uni.createFrom().item(tried);
        }
        return AfterCommit.around(() -> Panache.withTransaction(this::sendNext))
                .onFailure().invoke(e -> {
                    if (!stopped) {
                        Log.warnf("Delivery round failed: %s", e.toString());
                    }
                })
                .onFailure().recoverWithItem(0)
                .flatMap(sent -> sent == 0 ? Uni.createFrom().item(tried) : sendFrom(tried + sent));
    }

    /** Sends the next due message, if any; emits how many were tried (0 or 1). */
    private Uni<Integer> sendNext() {
        return deliveries.lockDue(Instant.now(), 1).flatMap(due -> due.isEmpty() ? Uni.createFrom().item(0)
                : attempt(due.get(0)).replaceWith(1));
    }

    private Uni<Void> attempt(Delivery delivery) {
        delivery.attempts++;
        int attempt = delivery.attempts;
        // the sending continues the trace of what asked for the message (the booking's, for a confirmation)
        Span span = tracer.spanBuilder("deliver " + delivery.channel)
                .setParent(delivery.traceparent == null ? Context.root()
                        : new TraceContext(delivery.traceparent, delivery.tracestate).asParent())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("remedy.delivery.id", delivery.id.toString())
                .setAttribute("remedy.delivery.kind", delivery.kind)
                .setAttribute("remedy.delivery.attempt", attempt)
                .startSpan();
        Scope scope = span.makeCurrent();
        MDC.put(RequestLogContext.TENANT_MDC, delivery.tenant);
        return send(delivery)
                .invoke(outcome -> Log.infof("Delivery %s (%s) sent by %s on try %d", delivery.id, delivery.kind,
                        delivery.channel, attempt))
                .chain(outcome -> outcome.providerId() == null && outcome.nobody()
                        ? outcomes.nobodyLeft(delivery)
                        : outcomes.delivered(delivery, attempt, outcome.providerId()))
                .onFailure().invoke(failure -> span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName()))
                .onFailure().recoverWithUni(failure -> outcomes.failed(delivery, attempt, SendFailure.of(failure))
                        .invoke(next -> {
                            if (next.retryAfter() != null) {
                                after(next.retryAfter());
                            }
                            if (next.escalated()) {
                                nudge();
                            }
                        })
                        .replaceWithVoid())
                .eventually(() -> {
                    span.end();
                    scope.close();
                    MDC.remove(RequestLogContext.TENANT_MDC);
                });
    }

    /** What a channel answered: the provider's id, or that nobody is left to send to. */
    private record Outcome(String providerId, boolean nobody) {
    }

    private Uni<Outcome> send(Delivery delivery) {
        return switch (delivery.channel) {
            case EMAIL -> recipients.of(delivery).chain(addresses -> addresses.isEmpty()
                    ? Uni.createFrom().item(new Outcome(null, true))
                    : email.send(delivery, addresses).map(id -> new Outcome(id, false)));
            case SMS -> sms.send(delivery.address, delivery.bodyText).map(id -> new Outcome(id, false));
            case IN_APP -> Panache.getSession()
                    .chain(session -> live.announce(session, delivery, Instant.now()))
                    .replaceWith(new Outcome("in-app:" + delivery.id, false));
        };
    }
}
