package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.notification.message.SessionNotices;
import io.remedy.notification.reminder.ReminderPlanner;
import io.remedy.notification.session.SessionBook;
import io.remedy.notification.webhook.WebhookFanOut;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;

/**
 * Booking's session events: each keeps the session projection, sets or drops the session's reminders and asks for
 * the client's message, all in the inbox's one transaction.
 */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "notification.sessions";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final EventData data;
    private final SessionBook sessions;
    private final ReminderPlanner reminders;
    private final SessionNotices notices;

    public SessionEventsConsumer(Inbox inbox, EventData data, SessionBook sessions, ReminderPlanner reminders,
                                 SessionNotices notices, WebhookFanOut webhooks) {
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.data = data;
        this.sessions = sessions;
        this.reminders = reminders;
        this.notices = notices;
    }

    @Incoming("sessions")
    public Uni<Void> onSessionEvent(Message<String> message) {
        // the chain's webhook endpoints hear of the event in the same transaction as its other effects
        return inbox.handle(CONSUMER, message, (envelope, json) -> apply(envelope, json)
                .chain(() -> webhooks.offer(envelope)));
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        String type = envelope.type();
        Instant now = Instant.now();
        if (EventCatalogue.SESSION_BOOKED.type().equals(type)) {
            SessionBooked booked = data.read(envelope, SessionBooked.class);
            return sessions.booked(envelope.tenant(), booked)
                    .chain(session -> reminders.plan(session, now))
                    .chain(() -> notices.booked(envelope, booked))
                    .replaceWithVoid();
        }
        if (EventCatalogue.SESSION_RESCHEDULED.type().equals(type)) {
            SessionRescheduled moved = data.read(envelope, SessionRescheduled.class);
            return sessions.rescheduled(envelope.tenant(), moved)
                    .chain(session -> reminders.plan(session, now))
                    .chain(() -> notices.rescheduled(envelope, moved))
                    .replaceWithVoid();
        }
        if (EventCatalogue.SESSION_CANCELLED.type().equals(type)) {
            SessionCancelled cancelled = data.read(envelope, SessionCancelled.class);
            return sessions.cancelled(envelope.tenant(), cancelled)
                    .chain(session -> reminders.drop(session.tenant, session.sessionId, now))
                    .chain(() -> notices.cancelled(envelope, cancelled))
                    .replaceWithVoid();
        }
        if (EventCatalogue.SESSION_COMPLETED.type().equals(type)) {
            SessionCompleted completed = data.read(envelope, SessionCompleted.class);
            return sessions.completed(envelope.tenant(), completed)
                    .chain(session -> reminders.drop(session.tenant, session.sessionId, now))
                    .chain(() -> notices.completed(envelope, completed))
                    .replaceWithVoid();
        }
        if (EventCatalogue.SESSION_NO_SHOW.type().equals(type)) {
            SessionNoShow missed = data.read(envelope, SessionNoShow.class);
            return sessions.noShow(envelope.tenant(), missed)
                    .chain(session -> reminders.drop(session.tenant, session.sessionId, now))
                    .chain(() -> notices.noShow(envelope, missed))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
