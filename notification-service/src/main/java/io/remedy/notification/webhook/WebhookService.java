package io.remedy.notification.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.notification.api.Versioned;
import io.remedy.notification.webhook.WebhookView.Endpoint;
import io.remedy.notification.webhook.WebhookView.EndpointRequest;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A chain admin's webhook endpoints: register, change, disable, rotate the secret, ping, read and redeliver. */
@ApplicationScoped
public class WebhookService {

    /** Bytes of a signing key (the specification asks for 24 to 64). */
    static final int SECRET_BYTES = 32;
    static final String SECRET_PREFIX = "whsec_";
    static final String DISABLED_BY_ADMIN = "DISABLED_BY_ADMIN";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookConfig config;
    private final WebhookSender sender;
    private final ObjectMapper json;

    public WebhookService(WebhookConfig config, WebhookSender sender, ObjectMapper json) {
        this.config = config;
        this.sender = sender;
        this.json = json;
    }

    /** Registers an endpoint (its URL checked already); the answer carries the secret, the only time it is shown. */
    @WithTransaction
    public Uni<Endpoint> register(Caller caller, EndpointRequest request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        List<String> events = events(request.events());
        Instant now = now();
        WebhookEndpoint row = new WebhookEndpoint();
        row.id = UUID.randomUUID();
        row.tenant = caller.tenant();
        row.url = request.url().trim();
        row.events(events);
        row.description = blankToNull(request.description());
        row.secret = newSecret();
        row.enabled = true;
        row.createdAt = now;
        row.updatedAt = now;
        return row.<WebhookEndpoint>persist().map(saved -> Endpoint.of(saved, saved.secret));
    }

    /** The chain's endpoints, newest first. */
    @WithSession
    public Uni<Page<Endpoint>> page(Caller caller, int limit, String cursor) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Cursor.Keyset after = Cursor.keyset(cursor);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        String where = "tenant = :tenant";
        if (after != null) {
            where += " and (createdAt < :at or (createdAt = :at and id < :id))";
            params.put("at", after.at());
            params.put("id", after.id());
        }
        return WebhookEndpoint.<WebhookEndpoint>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list()
                .map(rows -> Page.of(rows.stream().map(row -> Endpoint.of(row, null)).toList(), limit,
                        item -> Cursor.after(item.createdAt(), item.id())));
    }

    @WithSession
    public Uni<Versioned<Endpoint>> get(Caller caller, UUID id) {
        return endpoint(caller, id).map(row -> new Versioned<>(Endpoint.of(row, null), row.version));
    }

    /** Replaces URL (checked already), events and description; {@code If-Match} must name the version read. */
    @WithTransaction
    public Uni<Versioned<Endpoint>> replace(Caller caller, UUID id, String ifMatch, EndpointRequest request) {
        List<String> events = events(request.events());
        return endpoint(caller, id).chain(row -> {
            IfMatch.require(ifMatch, row.version);
            row.url = request.url().trim();
            row.events(events);
            row.description = blankToNull(request.description());
            row.updatedAt = now();
            return saved(row);
        });
    }

    /**
     * Deletes an endpoint; the database deletes its deliveries and their tries with it. The endpoint's row is locked
     * first, as the sender locks it before a delivery when it records a try, so the two never wait on each other in
     * a circle. A bulk delete rather than the entity's removal: under concurrent deletes Hibernate Reactive may resume
     * an entity removal on another event loop than its session's (quarkusio/quarkus#41945), which fails the request and
     * leaves its transaction open, holding its locks.
     */
    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return WebhookEndpoint.<WebhookEndpoint>find("id = ?1 and tenant = ?2", id, caller.tenant())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(row -> {
                    if (row == null) {
                        throw ProblemException.notFound("webhook endpoint", id);
                    }
                    return WebhookEndpoint.delete("id", row.id);
                })
                .replaceWithVoid();
    }

    /** Disables or enables an endpoint; enabling clears its failure record, and what waited is sent again. */
    @WithTransaction
    public Uni<Versioned<Endpoint>> enable(Caller caller, UUID id, boolean enabled) {
        return endpoint(caller, id).chain(row -> {
            Instant now = now();
            if (enabled) {
                row.enabled = true;
                row.disabledReason = null;
                row.disabledAt = null;
                row.failingSince = null;
                row.updatedAt = now;
            } else if (row.enabled) {
                row.disable(DISABLED_BY_ADMIN, now);
            }
            return saved(row);
        }).invoke(() -> {
            if (enabled) {
                sender.nudge();
            }
        });
    }

    /** A new secret; the old one keeps signing (a second signature) for the configured grace period. */
    @WithTransaction
    public Uni<Endpoint> rotate(Caller caller, UUID id) {
        return endpoint(caller, id).chain(row -> {
            Instant now = now();
            row.previousSecret = row.secret;
            row.previousSecretUntil = now.plus(config.previousSecretFor());
            row.secret = newSecret();
            row.updatedAt = now;
            return Panache.flush().map(ignored -> Endpoint.of(row, row.secret));
        });
    }

    /** Queues a {@code ping} to the endpoint (even a disabled one: it is how an admin checks it works again). */
    @WithTransaction
    public Uni<WebhookView.Delivery> ping(Caller caller, UUID id) {
        return endpoint(caller, id).chain(row -> {
            Instant now = now();
            Map<String, Object> data = Map.of("endpointId", row.id.toString());
            String body = WebhookEvents.body(json, WebhookEvents.PING, now, json.valueToTree(data));
            WebhookDelivery delivery = WebhookDelivery.of(row, "ping:" + UUID.randomUUID(), WebhookEvents.PING, body,
                    now);
            return delivery.<WebhookDelivery>persist();
        }).map(saved -> WebhookView.Delivery.of(saved, List.of())).invoke(sender::nudge);
    }

    /** The endpoint's deliveries, newest first, each with its tries. */
    @WithSession
    public Uni<Page<WebhookView.Delivery>> deliveries(Caller caller, UUID id, int limit, String cursor) {
        Cursor.Keyset after = Cursor.keyset(cursor);
        return endpoint(caller, id).chain(row -> {
            Map<String, Object> params = new HashMap<>();
            params.put("endpoint", row.id);
            String where = "endpointId = :endpoint";
            if (after != null) {
                where += " and (createdAt < :at or (createdAt = :at and id < :id))";
                params.put("at", after.at());
                params.put("id", after.id());
            }
            return WebhookDelivery.<WebhookDelivery>find(where + " order by createdAt desc, id desc", params)
                    .page(0, limit + 1).list();
        }).chain(rows -> {
            List<UUID> ids = rows.stream().map(d -> d.id).toList();
            Uni<List<WebhookAttempt>> tries = ids.isEmpty() ? Uni.createFrom().item(List.of())
                    : WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by attempt", ids);
            return tries.map(all -> {
                Map<UUID, List<WebhookAttempt>> byDelivery = all.stream()
                        .collect(Collectors.groupingBy(a -> a.deliveryId));
                List<WebhookView.Delivery> items = rows.stream()
                        .map(d -> WebhookView.Delivery.of(d, byDelivery.getOrDefault(d.id, List.of()))).toList();
                return Page.of(items, limit, item -> Cursor.after(item.createdAt(), item.id()));
            });
        });
    }

    /** Queues a delivery again with fresh tries, under the same {@code webhook-id}. */
    @WithTransaction
    public Uni<WebhookView.Delivery> redeliver(Caller caller, UUID id, UUID deliveryId) {
        return endpoint(caller, id)
                .chain(row -> WebhookDelivery.<WebhookDelivery>find("id = ?1 and endpointId = ?2", deliveryId, row.id)
                        .<WebhookDelivery>firstResult())
                .chain(delivery -> {
                    if (delivery == null) {
                        throw ProblemException.notFound("webhook delivery", deliveryId);
                    }
                    delivery.status = WebhookDelivery.Status.PENDING;
                    delivery.attempts = 0;
                    delivery.nextAttemptAt = now();
                    // the retry period starts again
                    delivery.createdAt = delivery.nextAttemptAt;
                    delivery.succeededAt = null;
                    return WebhookAttempt.<WebhookAttempt>list("deliveryId = ?1 order by attempt", delivery.id)
                            .map(tries -> WebhookView.Delivery.of(delivery, tries));
                })
                .invoke(sender::nudge);
    }

    private Uni<WebhookEndpoint> endpoint(Caller caller, UUID id) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return WebhookEndpoint.<WebhookEndpoint>find("id = ?1 and tenant = ?2", id, caller.tenant()).firstResult()
                .map(row -> {
                    if (row == null) {
                        throw ProblemException.notFound("webhook endpoint", id);
                    }
                    return row;
                });
    }

    private static Uni<Versioned<Endpoint>> saved(WebhookEndpoint row) {
        return Panache.flush().map(ignored -> new Versioned<>(Endpoint.of(row, null), row.version));
    }

    /** Event names as sent: each one of the catalogue's, each once (a 400 naming {@code events[i]} if not). */
    static List<String> events(List<String> sent) {
        Set<String> known = Set.copyOf(WebhookEvents.names());
        Set<String> events = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String event = sent.get(i) == null ? "" : sent.get(i).trim();
            if (!known.contains(event)) {
                errors.add(new FieldError("events[" + i + "]", "must be one of " + WebhookEvents.names()));
            } else {
                events.add(event);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return List.copyOf(events);
    }

    static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Now, to the microsecond the database keeps, so a cursor built from a row finds it again. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
