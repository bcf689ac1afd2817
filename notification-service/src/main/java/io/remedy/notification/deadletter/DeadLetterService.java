package io.remedy.notification.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.notification.deadletter.DeadLetterView.DeadLetter;
import io.remedy.notification.deadletter.DeadLetterView.Source;
import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.DeliveryRepository;
import io.remedy.notification.delivery.DeliverySender;
import io.remedy.notification.delivery.DeliveryStatus;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingRecord;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dead letters of a chain, for its admins: messages parked after their last try, and incoming events parked on a
 * dead-letter topic. Each is replayed at most once: a message is queued to be sent again, an event is published
 * again, as it was, to its original topic through the outbox (consumers' inboxes make a redelivery harmless).
 */
@ApplicationScoped
public class DeadLetterService {

    /** Newest first, ties by id in the database's order (its uuid order is that of the text form). */
    private static final Comparator<DeadLetter> NEWEST_FIRST = Comparator
            .comparing(DeadLetter::parkedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(letter -> letter.id().toString())
            .reversed();

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final Outbox outbox;
    private final ObjectMapper json;

    public DeadLetterService(DeliveryRepository deliveries, DeliverySender sender, Outbox outbox, ObjectMapper json) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.outbox = outbox;
        this.json = json;
    }

    /** Newest first, messages and events together. */
    @WithSession
    public Uni<Page<DeadLetter>> page(Caller caller, int limit, String cursor) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Cursor.Keyset after = Cursor.keyset(cursor);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        String deadAfter = "";
        String capturedAfter = "";
        if (after != null) {
            deadAfter = " and (deadAt < :at or (deadAt = :at and id < :id))";
            capturedAfter = " and (capturedAt < :at or (capturedAt = :at and id < :id))";
            params.put("at", after.at());
            params.put("id", after.id());
        }
        Uni<List<DeadLetter>> dead = deliveries.find("tenant = :tenant and status = 'DEAD'" + deadAfter
                        + " order by deadAt desc, id desc", params).page(0, limit + 1).list()
                .map(found -> found.stream().map(DeadLetterService::view).toList());
        String capturedQuery = "tenant = :tenant" + capturedAfter + " order by capturedAt desc, id desc";
        return dead.chain(messages -> CapturedEvent.<CapturedEvent>find(capturedQuery, params).page(0, limit + 1).list()
                .map(events -> {
                    List<DeadLetter> all = new ArrayList<>(messages);
                    events.forEach(event -> all.add(view(event)));
                    all.sort(NEWEST_FIRST);
                    List<DeadLetter> first = all.size() > limit + 1 ? all.subList(0, limit + 1) : all;
                    return Page.of(first, limit, item -> Cursor.after(item.parkedAt(), item.id()));
                }));
    }

    /** Replays one dead letter, once; 409 if it was replayed already (or is not dead any more). */
    public Uni<DeadLetter> replay(Caller caller, UUID id) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        String tenant = caller.tenant();
        return Panache.withTransaction(() -> deliveries.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .chain(delivery -> delivery != null && delivery.tenant.equals(tenant)
                        ? Uni.createFrom().item(requeue(delivery))
                        : CapturedEvent.<CapturedEvent>findById(id, LockModeType.PESSIMISTIC_WRITE)
                                .chain(event -> event != null && tenant.equals(event.tenant) ? republish(event)
                                        : Uni.createFrom().failure(ProblemException.notFound("Dead letter", id)))))
                .invoke(replayed -> {
                    if (replayed.source() == Source.DELIVERY) {
                        sender.nudge();
                    }
                });
    }

    private static DeadLetter requeue(Delivery delivery) {
        if (delivery.replayedAt != null) {
            throw ProblemException.conflict("This dead letter was replayed already; each is replayed once");
        }
        if (delivery.status != DeliveryStatus.DEAD) {
            throw ProblemException.conflict("This message is not a dead letter");
        }
        DeadLetter before = view(delivery);
        Instant now = Instant.now();
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = null;
        delivery.replayedAt = now;
        Log.infof("Dead letter %s (%s, %s) replayed", delivery.id, delivery.kind, delivery.channel);
        return new DeadLetter(before.id(), before.source(), before.parkedAt(), false, now, before.kind(),
                before.channel(), before.recipientKind(), before.locationId(), before.attempts(), before.errorCode(),
                before.reason(), null, null, null);
    }

    /**
     * Marks the record replayed and writes it to the outbox in the same transaction: the relay publishes it after
     * the commit, so a replay is either both recorded and sent, or neither (no dual write).
     */
    private Uni<DeadLetter> republish(CapturedEvent event) {
        if (event.replayedAt != null) {
            return Uni.createFrom().failure(ProblemException.conflict(
                    "This dead letter was replayed already; each is replayed once"));
        }
        Map<String, String> headers;
        try {
            headers = json.readValue(event.headers, HEADERS);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Stored headers are not readable", e));
        }
        Map<String, String> original = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            // the dead-letter path's own headers say why it was parked; the replayed record is the original
            if (!name.startsWith("dead-letter-") && value != null) {
                original.put(name, value);
            }
        });
        event.replayedAt = Instant.now();
        // the letter's id is the outbox row's: a second replay could not write a second row
        return outbox.appendRecord(new OutgoingRecord(event.id, event.originalTopic, event.recordKey,
                        original.get(CloudEventHeaders.SUBJECT), event.tenant, event.payload, original))
                .map(written -> {
                    Log.infof("Dead-letter record %s queued for %s", event.id, event.originalTopic);
                    return view(event);
                });
    }

    static DeadLetter view(Delivery d) {
        return new DeadLetter(d.id, Source.DELIVERY, d.deadAt, d.replayedAt == null, d.replayedAt, d.kind, d.channel,
                d.recipientKind, d.locationId, d.attempts, d.errorCode, d.lastError, null, null, null);
    }

    static DeadLetter view(CapturedEvent e) {
        return new DeadLetter(e.id, Source.EVENT, e.capturedAt, e.replayedAt == null, e.replayedAt, null, null, null,
                null, null, null, e.reason, e.originalTopic, e.eventId, e.eventType);
    }
}
