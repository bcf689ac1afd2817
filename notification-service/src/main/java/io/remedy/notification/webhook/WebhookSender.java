package io.remedy.notification.webhook;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hibernate.LockMode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Sends due webhook deliveries. A round claims due rows ({@code FOR UPDATE SKIP LOCKED}, so replicas never take the
 * same one) by moving their next try past the time a try may take, and commits; each claimed delivery is then sent
 * on its own, and its outcome recorded in a transaction of its own. No transaction is held open while an endpoint
 * answers; at most {@code per-endpoint} tries to one endpoint run at once (per replica), so a slow endpoint holds up
 * only its own deliveries. A crash between a send and its record re-sends that delivery once its claim lapses, under
 * the same {@code webhook-id} (receivers drop repeats by it, as the specification asks).
 *
 * <p>A try is {@link WebhookCalls}'; what its outcome does (retries, a 410, an endpoint failing too long) is
 * {@link WebhookOutcomes}'.
 */
@ApplicationScoped
public class WebhookSender {

    /** Deliveries one claim takes at most. */
    static final int BATCH = 20;

    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final WebhookCalls calls;
    private final WebhookOutcomes outcomes;
    private final Vertx vertx;
    private final Map<UUID, AtomicInteger> busy = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;

    public WebhookSender(WebhookConfig config, WebhookTargets targets, WebhookCalls calls, WebhookOutcomes outcomes,
                         Vertx vertx) {
        this.config = config;
        this.targets = targets;
        this.calls = calls;
        this.outcomes = outcomes;
        this.vertx = vertx;
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    /** Asks for a round soon (after the writing transaction committed). */
    public void nudge() {
        if (!stopped) {
            vertx.setTimer(50, id -> round());
        }
    }

    @Scheduled(every = "${remedy.notification.webhooks.poll-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        round();
    }

    /** One claim at a time; a request during a claim runs another right after it. */
    private void round() {
        if (stopped) {
            return;
        }
        if (!claiming.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        int room = Math.min(BATCH, config.inFlight() - inFlight.get());
        if (room <= 0) {
            claiming.set(false);
            return;
        }
        SafeContext.create(vertx).runOnContext(v -> Panache.withTransaction(() -> claim(room)).subscribe().with(
                claimed -> {
                    claiming.set(false);
                    claimed.forEach(this::sendOnItsOwn);
                    if (again.getAndSet(false) || claimed.size() == room) {
                        round();
                    }
                },
                failure -> {
                    claiming.set(false);
                    if (!stopped) {
                        Log.warnf("Webhook claim failed: %s", failure.toString());
                    }
                }));
    }

    /** What a claimed delivery needs to be sent, read before its transaction ended. */
    record Claimed(UUID deliveryId, UUID endpointId, String url, List<String> secrets, String payload, int attempt) {
    }

    /**
     * Locks due deliveries of enabled endpoints, takes those whose endpoint has room, and moves their next try past
     * the claim's lease; the rest stay for the next round.
     */
    Uni<List<Claimed>> claim(int limit) {
        Instant now = Instant.now();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select d.* from webhook_delivery d
                        join webhook_endpoint e on e.id = d.endpoint_id
                        where d.status in ('PENDING', 'FAILED') and d.next_attempt_at <= :now
                          and (e.enabled or d.event_type = 'ping')
                        order by d.next_attempt_at
                        limit :limit
                        for update of d skip locked""", WebhookDelivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit * 2)
                .setLockMode(LockMode.NONE)
                .getResultList())
                .chain(due -> {
                    if (due.isEmpty()) {
                        return Uni.createFrom().item(List.<Claimed>of());
                    }
                    List<UUID> endpointIds = due.stream().map(d -> d.endpointId).distinct().toList();
                    return WebhookEndpoint.<WebhookEndpoint>list("id in ?1", endpointIds).map(endpoints -> {
                        Map<UUID, WebhookEndpoint> byId = endpoints.stream()
                                .collect(Collectors.toMap(e -> e.id, e -> e));
                        Map<UUID, Integer> taken = new HashMap<>();
                        List<Claimed> claimed = new ArrayList<>();
                        Instant lease = now.plus(lease());
                        for (WebhookDelivery delivery : due) {
                            WebhookEndpoint endpoint = byId.get(delivery.endpointId);
                            int running = busy.computeIfAbsent(delivery.endpointId, id -> new AtomicInteger()).get()
                                    + taken.getOrDefault(delivery.endpointId, 0);
                            if (endpoint == null || running >= config.perEndpoint() || claimed.size() >= limit) {
                                continue;
                            }
                            taken.merge(delivery.endpointId, 1, Integer::sum);
                            delivery.nextAttemptAt = lease;
                            claimed.add(new Claimed(delivery.id, endpoint.id, endpoint.url,
                                    endpoint.signingSecrets(now), delivery.payload, delivery.attempts + 1));
                        }
                        claimed.forEach(c -> {
                            busy.get(c.endpointId()).incrementAndGet();
                            inFlight.incrementAndGet();
                        });
                        return claimed;
                    });
                });
    }

    /** Longer than any try can take: a claim lapses only when its replica died during the send. */
    private Duration lease() {
        return config.timeout().multipliedBy(2).plusSeconds(30);
    }

    private void sendOnItsOwn(Claimed claimed) {
        long started = System.nanoTime();
        Instant at = Instant.now();
        targets.checked(claimed.url())
                .chain(target -> calls.send(claimed, target, at))
                .onFailure().recoverWithItem(failure -> WebhookCalls.Outcome.failed(failure))
                .subscribe().with(outcome -> {
                    busy.get(claimed.endpointId()).decrementAndGet();
                    inFlight.decrementAndGet();
                    int took = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
                    record(claimed, outcome, at, took);
                });
    }

    /** Records a try and its consequences in a transaction of its own. */
    private void record(Claimed claimed, WebhookCalls.Outcome outcome, Instant at, int took) {
        SafeContext.create(vertx).runOnContext(v -> Panache.withTransaction(
                        () -> outcomes.recorded(claimed, outcome, at, took))
                .subscribe().with(ignored -> {
                    if (outcome.succeeded()) {
                        round(); // the endpoint has room again
                    } else {
                        nudgeLater();
                    }
                }, failure -> {
                    if (!stopped) {
                        Log.warnf("Webhook delivery %s: outcome not recorded: %s", claimed.deliveryId(),
                                failure.toString());
                    }
                }));
    }

    private void nudgeLater() {
        Duration first = config.retrySchedule().isEmpty() ? Duration.ofSeconds(5) : config.retrySchedule().get(0);
        if (!stopped) {
            vertx.setTimer(Math.max(1, first.toMillis()) + 20, id -> round());
        }
    }
}
