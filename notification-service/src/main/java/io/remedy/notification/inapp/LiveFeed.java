package io.remedy.notification.inapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.RecipientKind;
import io.remedy.notification.inapp.InboxView.InboxMessage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes in-app messages to the callers following them live, on whichever replica they are connected to: a sent
 * message is announced with PostgreSQL {@code NOTIFY} inside the transaction that marks it sent, so every replica
 * hears it once that transaction commits (and never if it rolls back), and passes it to its own listeners whose
 * {@link Audience} it is for.
 */
@ApplicationScoped
public class LiveFeed {

    static final String CHANNEL = "remedy_inapp";
    /** NOTIFY payloads must stay under 8000 bytes; longer bodies are cut (the inbox has them whole). */
    static final int MAX_BODY = 2000;

    private final Vertx vertx;
    private final ObjectMapper json;
    private final LiveConfig config;
    private final PgConnectOptions connection;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> streamsPerUser = new ConcurrentHashMap<>();
    private PgSubscriber subscriber;
    private volatile boolean stopping;

    public LiveFeed(Vertx vertx, ObjectMapper json, LiveConfig config, Config settings) {
        this.vertx = vertx;
        this.json = json;
        this.config = config;
        // the service's own database: every replica listens to the same channel there
        String url = settings.getValue("quarkus.datasource.reactive.url", String.class);
        this.connection = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(settings.getValue("quarkus.datasource.username", String.class))
                .setPassword(settings.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }

    /** What travels in a NOTIFY: the message and to whom it is addressed. */
    record Announcement(String tenant, RecipientKind recipientKind, String userId, String role, String locationCode,
                        InboxMessage message) {
    }

    private record Listener(Audience audience, MultiEmitter<? super Heard> emitter) {
    }

    void start(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, connection)
                .reconnectPolicy(retries -> config.reconnectAfter().toMillis());
        subscriber.channel(CHANNEL).handler(this::hear);
        subscriber.closeHandler(v -> {
            if (!stopping) {
                Log.warn("Live feed lost its database connection; listening again");
            }
        });
        listen();
    }

    /** Connects the listener; until the database answers, tries again now and then. */
    private void listen() {
        subscriber.connect().onFailure(e -> {
            if (!stopping) {
                Log.warnf("Live feed could not listen yet: %s", e.toString());
                vertx.setTimer(config.reconnectAfter().toMillis(), id -> listen());
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        listeners.forEach(listener -> listener.emitter().complete());
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** Announces a sent in-app message within the session's current transaction. */
    public Uni<Void> announce(Mutiny.Session session, Delivery delivery, Instant deliveredAt) {
        String body = delivery.bodyText != null && delivery.bodyText.length() > MAX_BODY
                ? delivery.bodyText.substring(0, MAX_BODY) + "…" : delivery.bodyText;
        InboxMessage message = new InboxMessage(delivery.id, delivery.kind, delivery.subject, body,
                delivery.locationId, delivery.aboutId, delivery.urgent, deliveredAt, null);
        String payload;
        try {
            payload = json.writeValueAsString(new Announcement(delivery.tenant, delivery.recipientKind,
                    delivery.recipientUserId, delivery.recipientRole, delivery.locationCode, message));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        // no result class: see NativeScalars
        return session.createNativeQuery("select count(*) from (select pg_notify(:channel, :payload)) sent")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult()
                .replaceWithVoid();
    }

    /** What a follower hears: first that it is listening ({@code message} null), then each message. */
    public record Heard(InboxMessage message) {

        public boolean listening() {
            return message == null;
        }
    }

    /**
     * The in-app messages for this audience from now on, as they are sent, after a first {@link Heard} saying the
     * follower is registered (so nothing sent after it is missed); ends when the subscriber cancels.
     */
    public Multi<Heard> follow(Audience audience) {
        return Multi.createFrom().emitter(emitter -> {
            Listener listener = new Listener(audience, emitter);
            listeners.add(listener);
            emitter.onTermination(() -> listeners.remove(listener));
            emitter.emit(new Heard(null));
        }, BackPressureStrategy.BUFFER);
    }

    /**
     * Takes one of the user's stream places on this replica; false when all of theirs are taken. Every place taken
     * is given back with {@link #leave(Audience)}.
     */
    public boolean tryEnter(Audience audience) {
        boolean[] entered = {false};
        streamsPerUser.compute(key(audience), (user, open) -> {
            int now = open == null ? 0 : open;
            if (now >= config.maxStreamsPerUser()) {
                return open;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    /** Gives back a stream place taken with {@link #tryEnter(Audience)}. */
    public void leave(Audience audience) {
        streamsPerUser.computeIfPresent(key(audience), (user, open) -> open <= 1 ? null : open - 1);
    }

    private static String key(Audience audience) {
        return audience.tenant() + "\n" + audience.userId();
    }

    /** How many callers follow live on this replica. */
    public int listening() {
        return listeners.size();
    }

    private void hear(String payload) {
        Announcement announcement;
        try {
            announcement = json.readValue(payload, Announcement.class);
        } catch (JsonProcessingException e) {
            Log.warnf("Live feed ignored an unreadable announcement: %s", e.getOriginalMessage());
            return;
        }
        for (Listener listener : listeners) {
            if (listener.audience().hears(announcement.tenant(), announcement.recipientKind(),
                    announcement.userId(), announcement.role(), announcement.locationCode())) {
                listener.emitter().emit(new Heard(announcement.message()));
            }
        }
    }
}
