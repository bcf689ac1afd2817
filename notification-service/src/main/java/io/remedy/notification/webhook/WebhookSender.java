package io.remedy.notification.webhook;

import com.standardwebhooks.Webhook;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.platform.reactive.SafeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
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
 * <p>A failed try is retried after the next wait of {@code retry-schedule} until {@code give-up-after}; an answer 410
 * disables the endpoint at once; an endpoint failing for {@code disable-after} is disabled and the chain admins are
 * told.
 */
@ApplicationScoped
public class WebhookSender {

    /** Deliveries one claim takes at most. */
    static final int BATCH = 20;
    /** Longest error text kept. */
    static final int MAX_ERROR = 300;
    static final String GONE = "GONE";
    static final String FAILING = "FAILING";

    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final WebhookAlerts alerts;
    private final Vertx vertx;
    private final WebClient web;
    private final Map<UUID, AtomicInteger> busy = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;

    public WebhookSender(WebhookConfig config, WebhookTargets targets, WebhookAlerts alerts, Vertx vertx) {
        this.config = config;
        this.targets = targets;
        this.alerts = alerts;
        this.vertx = vertx;
        int timeout = (int) config.timeout().toMillis();
        this.web = WebClient.create(new io.vertx.mutiny.core.Vertx(vertx), new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout(timeout)
                .setIdleTimeout(Math.max(1, timeout / 1000) * 2)
                .setMaxPoolSize(Math.max(1, config.perEndpoint()))
                .setUserAgent("Remedy-Webhooks/1"));
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        web.close();
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
                .chain(target -> send(claimed, target, at))
                .onFailure().recoverWithItem(failure -> Outcome.failed(failure))
                .subscribe().with(outcome -> {
                    busy.get(claimed.endpointId()).decrementAndGet();
                    inFlight.decrementAndGet();
                    int took = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
                    record(claimed, outcome, at, took);
                });
    }

    /** What an endpoint answered: its status code, or why there was none. */
    record Outcome(Integer status, String error) {

        static Outcome failed(Throwable failure) {
            String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return new Outcome(null, text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text);
        }

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * One try, to the address the guard checked: the connection goes there (no second resolution), while the URL's
     * host name is what {@code Host} and TLS SNI (and the certificate's check) name.
     */
    private Uni<Outcome> send(Claimed claimed, WebhookTargets.Target target, Instant at) {
        String id = claimed.deliveryId().toString();
        long timestamp = at.getEpochSecond();
        String signatures;
        try {
            List<String> each = new ArrayList<>();
            for (String secret : claimed.secrets()) {
                each.add(new Webhook(secret).sign(id, timestamp, claimed.payload()));
            }
            signatures = String.join(" ", each);
        } catch (Exception e) {
            return Uni.createFrom().item(Outcome.failed(e));
        }
        // an address literal: nothing left for the client's own resolver to look up
        SocketAddress server = SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress());
        return web.requestAbs(HttpMethod.POST, server, target.uri().toString())
                .timeout(config.timeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signatures)
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(claimed.payload()))
                .map(response -> new Outcome(response.statusCode(),
                        response.statusCode() >= 300 ? "Answered " + response.statusCode() : null));
    }

    /** Records a try and its consequences in a transaction of its own. */
    private void record(Claimed claimed, Outcome outcome, Instant at, int took) {
        SafeContext.create(vertx).runOnContext(v -> Panache.withTransaction(() -> recorded(claimed, outcome, at, took))
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

    /**
     * Locks the endpoint first and the delivery after it, in the order a deletion of the endpoint takes them (its row,
     * then the deliveries the database deletes with it), so that a try recorded during a deletion waits for it rather
     * than deadlocking with it.
     */
    private Uni<Void> recorded(Claimed claimed, Outcome outcome, Instant at, int took) {
        Instant now = Instant.now();
        return WebhookEndpoint.<WebhookEndpoint>findById(claimed.endpointId(), LockModeType.PESSIMISTIC_WRITE)
                .chain(endpoint -> {
            if (endpoint == null) {
                return Uni.createFrom().voidItem(); // deleted meanwhile, with its deliveries
            }
            return WebhookDelivery.<WebhookDelivery>findById(claimed.deliveryId()).chain(delivery -> {
                if (delivery == null) {
                    return Uni.createFrom().voidItem();
                }
                delivery.attempts++;
                delivery.lastAttemptAt = at;
                delivery.lastResponseCode = outcome.status();
                delivery.lastError = outcome.error();
                WebhookAttempt attempt = new WebhookAttempt();
                attempt.id = UUID.randomUUID();
                attempt.deliveryId = delivery.id;
                attempt.attempt = delivery.attempts;
                attempt.attemptedAt = at;
                attempt.responseCode = outcome.status();
                attempt.error = outcome.error();
                attempt.durationMs = took;
                Uni<Void> alert = Uni.createFrom().voidItem();
                if (outcome.succeeded()) {
                    delivery.status = WebhookDelivery.Status.SUCCEEDED;
                    delivery.succeededAt = now;
                    delivery.nextAttemptAt = null;
                    delivery.lastError = null;
                    endpoint.failingSince = null;
                } else if (outcome.status() != null && outcome.status() == 410) {
                    delivery.status = WebhookDelivery.Status.DEAD;
                    delivery.nextAttemptAt = null;
                    if (endpoint.enabled) {
                        Log.infof("Webhook endpoint %s answered 410: disabled", endpoint.id);
                        endpoint.disable(GONE, now);
                        alert = alerts.disabled(endpoint, now);
                    }
                } else {
                    Duration wait = WebhookRetries.waitAfter(config.retrySchedule(), delivery.attempts);
                    Instant next = now.plus(wait);
                    if (next.isAfter(delivery.createdAt.plus(config.giveUpAfter()))) {
                        delivery.status = WebhookDelivery.Status.DEAD;
                        delivery.nextAttemptAt = null;
                    } else {
                        delivery.status = WebhookDelivery.Status.FAILED;
                        delivery.nextAttemptAt = next;
                    }
                    if (!WebhookEvents.PING.equals(delivery.eventType)) {
                        if (endpoint.failingSince == null) {
                            endpoint.failingSince = at;
                        } else if (endpoint.enabled
                                && !endpoint.failingSince.plus(config.disableAfter()).isAfter(now)) {
                            Log.infof("Webhook endpoint %s failing since %s: disabled", endpoint.id,
                                    endpoint.failingSince);
                            endpoint.disable(FAILING, now);
                            alert = alerts.disabled(endpoint, now);
                        }
                    }
                }
                Uni<Void> told = alert;
                return attempt.persist().chain(() -> Panache.flush()).chain(() -> told);
            });
        });
    }
}
