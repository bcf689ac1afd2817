package io.remedy.notification.reminder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.notification.message.Addressee;
import io.remedy.notification.message.MessageKind;
import io.remedy.notification.message.Messenger;
import io.remedy.notification.message.Notice;
import io.remedy.notification.session.SessionCopy;
import io.remedy.notification.session.SessionCopyRepository;
import io.remedy.platform.reactive.ScheduledRound;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.List;

/**
 * Sends reminders whose time came. Each round locks due rows ({@code FOR UPDATE SKIP LOCKED}), writes their
 * messages and marks them sent in one transaction: with several replicas, or after a restart, a reminder is sent
 * once; one that came due while the service was down goes out when it is back, unless its session began.
 */
@ApplicationScoped
public class ReminderSender {

    private final ReminderRepository reminders;
    private final SessionCopyRepository sessions;
    private final Messenger messenger;
    private final ReminderConfig config;
    private final Vertx vertx;
    private volatile boolean stopped;

    public ReminderSender(ReminderRepository reminders, SessionCopyRepository sessions, Messenger messenger,
                          ReminderConfig config, Vertx vertx) {
        this.reminders = reminders;
        this.sessions = sessions;
        this.messenger = messenger;
        this.config = config;
        this.vertx = vertx;
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    @Scheduled(every = "${remedy.reminders.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return ScheduledRound.run(vertx, "Reminder", () -> stopped, () -> sendDue(Instant.now()));
    }

    /** One round: the reminders due at {@code now}, in one transaction; emits how many were handled. */
    Uni<Integer> sendDue(Instant now) {
        return Panache.withTransaction(() -> reminders.lockDue(now, config.batch()).chain(due -> due.isEmpty()
                ? Uni.createFrom().item(0)
                : Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(reminder -> send(reminder, now))
                        .collect().last().replaceWith(due.size())));
    }

    private Uni<Void> send(Reminder reminder, Instant now) {
        return sessions.findInTenant(reminder.tenant, reminder.sessionId).chain(session -> {
            reminder.updatedAt = now;
            if (session == null || session.status != SessionCopy.Status.BOOKED) {
                reminder.status = Reminder.Status.DROPPED;
                return Uni.createFrom().voidItem();
            }
            if (!session.startsAt.isAfter(now)) {
                reminder.status = Reminder.Status.SKIPPED;
                return Uni.createFrom().voidItem();
            }
            Notice notice = Notice.scheduled(MessageKind.SESSION_REMINDER, reminder.tenant,
                            "reminder:" + reminder.id + ":" + reminder.dueAt.toEpochMilli(), reminder.dueAt)
                    .about(session.sessionId)
                    .at(session.locationId, session.locationCode, session.locationName, session.timeZone)
                    .value("serviceName", session.serviceName)
                    .value("therapistName", session.therapistName)
                    .moment("when", session.startsAt)
                    .build();
            return messenger.send(notice, List.of(new Addressee.Client(session.clientId))).invoke(written -> {
                reminder.status = Reminder.Status.SENT;
                reminder.sentAt = now;
            }).replaceWithVoid();
        });
    }
}
