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
import io.remedy.contracts.notification.NotificationDelivered;
import io.remedy.contracts.notification.NotificationFailed;
import io.remedy.contracts.notification.Recipient;
import io.remedy.notification.inapp.LiveFeed;
import io.remedy.notification.message.MessageKind;
import io.remedy.notification.preference.MessagePreferences;
import io.remedy.notification.preference.PreferenceService;
import io.remedy.notification.staff.StaffDirectory;
import io.remedy.notification.staff.StaffMember;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.observability.RequestLogContext;
import io.remedy.platform.observability.TraceContext;
import io.remedy.platform.outbox.Backoff;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.reactive.SafeContext;
import io.remedy.platform.transaction.AfterCommit;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.MDC;

/**
 * Sends the messages waiting in the delivery log, one transaction per message. A message row stays locked
 * ({@code FOR UPDATE SKIP LOCKED}) while it is sent; after the channel answered, the attempt, the message's new state
 * and its {@code notification.delivered} or {@code .failed} event are written in that same transaction, so replicas
 * never send one message twice and no outcome is lost. A failed send is retried with backoff and, after the last try (or
 * at once when the failure is permanent), parked as a dead letter.
 */
@ApplicationScoped
public class DeliverySender {

    /** Messages one lane sends in a round before the round ends (and, if there are more, another starts). */
    static final int BATCH = 20;
    /** Lanes sending side by side in a round. */
    static final int LANES = 4;
    /** Longest error text kept; the contract allows 500 characters. */
    static final int MAX_ERROR = 480;

    private final DeliveryRepository deliveries;
    private final EmailChannel email;
    private final SmsChannel sms;
    private final LiveFeed live;
    private final StaffDirectory directory;
    private final PreferenceService preferences;
    private final Outbox outbox;
    private final DeliveryConfig config;
    private final Vertx vertx;
    private final Tracer tracer;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;

    public DeliverySender(DeliveryRepository deliveries, EmailChannel email, SmsChannel sms, LiveFeed live,
                          StaffDirectory directory, PreferenceService preferences, Outbox outbox,
                          DeliveryConfig config, Vertx vertx, Tracer tracer) {
        this.deliveries = deliveries;
        this.email = email;
        this.sms = sms;
        this.live = live;
        this.directory = directory;
        this.preferences = preferences;
        this.outbox = outbox;
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
                        ? nobodyLeft(delivery)
                        : delivered(delivery, attempt, outcome.providerId()))
                .onFailure().invoke(failure -> span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName()))
                .onFailure().recoverWithUni(failure -> failed(delivery, attempt, SendFailure.of(failure)))
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
            case EMAIL -> emailAddresses(delivery).chain(addresses -> addresses.isEmpty()
                    ? Uni.createFrom().item(new Outcome(null, true))
                    : email.send(delivery, addresses).map(id -> new Outcome(id, false)));
            case SMS -> sms.send(delivery.address, delivery.bodyText).map(id -> new Outcome(id, false));
            case IN_APP -> Panache.getSession()
                    .chain(session -> live.announce(session, delivery, Instant.now()))
                    .replaceWith(new Outcome("in-app:" + delivery.id, false));
        };
    }

    /**
     * A client's address is in the message; staff addresses come from the directory at send time. A message to a
     * role goes to every member who did not opt out of it (empty: nobody left); no member at all is a failure.
     */
    private Uni<List<String>> emailAddresses(Delivery delivery) {
        return switch (delivery.recipientKind) {
            case CLIENT -> Uni.createFrom().item(delivery.address == null ? List.<String>of()
                    : List.of(delivery.address)).invoke(found -> requireSome(found, "The client has no e-mail address"));
            case STAFF -> directory.member(delivery.tenant, delivery.recipientUserId)
                    .map(member -> member.map(StaffMember::email).filter(a -> !a.isBlank()).map(List::of)
                            .orElse(List.of()))
                    .invoke(found -> requireSome(found, "The directory has no e-mail address for this user"));
            case ROLE -> directory.withRoleAt(delivery.tenant, delivery.recipientRole, delivery.locationCode)
                    .invoke(members -> requireSome(members, "Nobody holds this role at this location"))
                    .chain(members -> preferences.ofAll(delivery.tenant,
                                    members.stream().map(StaffMember::userId).toList())
                            .map(chosen -> members.stream()
                                    .filter(member -> wantsEmail(delivery, chosen.get(member.userId())))
                                    .map(StaffMember::email)
                                    .filter(address -> address != null && !address.isBlank())
                                    .distinct()
                                    .toList()));
        };
    }

    private static void requireSome(List<?> found, String why) {
        if (found.isEmpty()) {
            throw new SendFailure(SendFailure.NO_ADDRESS, why, true);
        }
    }

    /** A member of a role gets the group's e-mail unless they opted out of the kind (urgent alerts: always). */
    private static boolean wantsEmail(Delivery delivery, MessagePreferences chosen) {
        if (chosen == null || delivery.urgent) {
            return true;
        }
        MessageKind kind;
        try {
            kind = MessageKind.valueOf(delivery.kind);
        } catch (IllegalArgumentException unknown) {
            return true;
        }
        if (!kind.mayBeOptedOut()) {
            return true;
        }
        return !chosen.optedOutOf(kind)
                && chosen.channelsFor(kind).map(channels -> channels.contains(Channel.EMAIL)).orElse(true);
    }

    private Uni<Void> delivered(Delivery delivery, int attempt, String providerId) {
        Instant now = Instant.now();
        delivery.status = DeliveryStatus.SENT;
        delivery.sentAt = now;
        delivery.providerId = providerId;
        delivery.lastError = null;
        delivery.errorCode = null;
        delivery.nextAttemptAt = null;
        if (delivery.channel != Channel.IN_APP) {
            // an in-app message stays readable in the inbox; other channels' copies are not kept once sent
            delivery.bodyHtml = null;
            delivery.bodyText = null;
            delivery.calendar = null;
        }
        return DeliveryAttempt.of(delivery, attempt, DeliveryAttempt.Outcome.SENT, providerId, null, null, now)
                .persist()
                .chain(() -> outbox.append(OutgoingEvent.of(new NotificationDelivered(delivery.id,
                        contractChannel(delivery), delivery.kind, recipient(delivery), delivery.locationId,
                        delivery.sourceEventType == null ? null : delivery.sourceEventId, delivery.sourceEventType,
                        attempt, now), delivery.tenant)));
    }

    /** Every member of the role opted out: nothing to send, nothing failed. */
    private Uni<Void> nobodyLeft(Delivery delivery) {
        delivery.status = DeliveryStatus.CANCELLED;
        delivery.lastError = "Every recipient opted out";
        delivery.nextAttemptAt = null;
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> failed(Delivery delivery, int attempt, SendFailure failure) {
        Instant now = Instant.now();
        String error = redacted(failure.getMessage(), delivery);
        delivery.lastError = error;
        delivery.errorCode = failure.code();
        DeliveryAttempt row = DeliveryAttempt.of(delivery, attempt, DeliveryAttempt.Outcome.FAILED, null,
                failure.code(), error, now);
        if (failure.permanent() || attempt >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.DEAD;
            delivery.deadAt = now;
            delivery.nextAttemptAt = null;
            Log.warnf("Delivery %s (%s, %s) parked as dead letter after %d attempts: %s", delivery.id,
                    delivery.kind, delivery.channel, attempt, failure.code());
            return row.persist().chain(() -> outbox.append(OutgoingEvent.of(new NotificationFailed(delivery.id,
                    contractChannel(delivery), delivery.kind, recipient(delivery), delivery.locationId,
                    delivery.sourceEventType == null ? null : delivery.sourceEventId, delivery.sourceEventType,
                    attempt, failure.code(), error, now), delivery.tenant)))
                    .chain(() -> escalateUndelivered(delivery, now));
        }
        Duration wait = backoff(attempt);
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = now.plus(wait);
        after(wait);
        return row.persist().replaceWithVoid();
    }

    /**
     * An urgent message never dies silently: when one is parked as a dead letter, the chain's admins get it in-app
     * (which does not depend on an address), marked as undelivered and to whom. One such copy per message source and
     * kind, however many of its channels fail; a message to the admins themselves is not escalated again.
     */
    private Uni<Void> escalateUndelivered(Delivery dead, Instant now) {
        if (!dead.urgent || (dead.recipientKind == RecipientKind.ROLE && Caller.CHAIN_ADMIN.equals(dead.recipientRole))) {
            return Uni.createFrom().voidItem();
        }
        String location = dead.locationCode == null || dead.locationCode.isBlank() ? Caller.ALL_LOCATIONS
                : dead.locationCode;
        String recipient = "role:" + Caller.CHAIN_ADMIN + "@" + location;
        return deliveries.findOnce(dead.tenant, dead.sourceEventId, dead.kind, Channel.IN_APP, recipient)
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    Log.warnf("Urgent delivery %s (%s) is dead: escalated to the chain admins in-app", dead.id,
                            dead.kind);
                    Delivery copy = new Delivery();
                    copy.id = UUID.randomUUID();
                    copy.tenant = dead.tenant;
                    copy.sourceEventId = dead.sourceEventId;
                    copy.sourceEventType = dead.sourceEventType;
                    copy.kind = dead.kind;
                    copy.channel = Channel.IN_APP;
                    copy.recipientKind = RecipientKind.ROLE;
                    copy.recipient = recipient;
                    copy.recipientRole = Caller.CHAIN_ADMIN;
                    copy.locationId = dead.locationId;
                    copy.locationCode = location;
                    copy.aboutId = dead.aboutId;
                    copy.urgent = true;
                    copy.traceparent = dead.traceparent;
                    copy.tracestate = dead.tracestate;
                    copy.language = dead.language;
                    boolean spanish = "es".equals(dead.language);
                    copy.subject = (spanish ? "NO ENTREGADO: " : "UNDELIVERED: ") + dead.subject;
                    copy.bodyText = (spanish
                            ? "Este mensaje urgente no pudo entregarse (" + dead.channel + ", " + whom(dead)
                                    + "). Asegúrense de que alguien actúe. Mensaje:\n\n"
                            : "This urgent message could not be delivered (" + dead.channel + ", " + whom(dead)
                                    + "). Please make sure someone acts on it. The message:\n\n")
                            + (dead.bodyText == null ? "" : dead.bodyText);
                    copy.status = DeliveryStatus.PENDING;
                    copy.eventTime = dead.eventTime;
                    copy.createdAt = now;
                    return deliveries.persist(copy).invoke(this::nudge).replaceWithVoid();
                });
    }

    /** To whom a message was, without an address: the client, a member of staff by login, or a role at a place. */
    private static String whom(Delivery delivery) {
        return switch (delivery.recipientKind) {
            case CLIENT -> "client " + delivery.clientId;
            case STAFF -> "staff " + delivery.recipientUserId;
            case ROLE -> delivery.recipientRole + " @ " + delivery.locationCode;
        };
    }

    /** 5 s, 10 s, 20 s ... capped at the configured maximum. */
    Duration backoff(int attempts) {
        return new Backoff(config.firstRetryAfter(), config.maxRetryAfter()).after(attempts);
    }

    /** An error text without the recipient's address, short enough for the log and the event. */
    static String redacted(String error, Delivery delivery) {
        String text = error == null || error.isBlank() ? "Unknown failure" : error;
        if (delivery.address != null && !delivery.address.isBlank()) {
            text = text.replace(delivery.address, "<recipient>");
        }
        text = text.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "<address>").replaceAll("\\+?\\d{7,15}", "<number>");
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    private static io.remedy.contracts.notification.Channel contractChannel(Delivery delivery) {
        return io.remedy.contracts.notification.Channel.valueOf(delivery.channel.name());
    }

    static Recipient recipient(Delivery delivery) {
        return delivery.recipientKind == RecipientKind.CLIENT
                ? new Recipient(Recipient.Kind.CLIENT, delivery.clientId, blankToNull(delivery.recipientUserId))
                : new Recipient(Recipient.Kind.STAFF, null, blankToNull(delivery.recipientUserId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
