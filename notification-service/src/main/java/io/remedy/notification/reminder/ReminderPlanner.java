package io.remedy.notification.reminder;

import io.remedy.notification.session.SessionCopy;
import io.remedy.notification.settings.ChainSettingsService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a session's reminders in the database: computed from its start in the location's time zone with the chain's
 * offsets when it is booked, moved with it when it is rescheduled, dropped when it is cancelled or missed. Runs
 * inside the inbox's transaction, so a redelivered event changes nothing and a crash loses nothing.
 */
@ApplicationScoped
public class ReminderPlanner {

    private final ReminderRepository reminders;
    private final ChainSettingsService settings;

    public ReminderPlanner(ReminderRepository reminders, ChainSettingsService settings) {
        this.reminders = reminders;
        this.settings = settings;
    }

    /**
     * Sets the session's reminders to its (new) start: existing ones keep their offsets and move (one already sent
     * is scheduled again for the new time); a session without any gets the chain's offsets. A reminder whose time
     * has passed is skipped.
     */
    public Uni<Void> plan(SessionCopy session, Instant now) {
        return reminders.ofSession(session.tenant, session.sessionId).chain(existing -> {
            Uni<List<Duration>> offsets = existing.isEmpty() ? settings.reminderOffsets(session.tenant)
                    : Uni.createFrom().item(existing.stream().map(r -> Duration.ofMinutes(r.offsetMinutes)).toList());
            return offsets.chain(wanted -> {
                List<Reminder> fresh = new ArrayList<>();
                for (Duration offset : wanted) {
                    Reminder reminder = existing.stream().filter(r -> r.offsetMinutes == offset.toMinutes())
                            .findFirst().orElse(null);
                    if (reminder == null) {
                        reminder = new Reminder();
                        reminder.id = UUID.randomUUID();
                        reminder.tenant = session.tenant;
                        reminder.sessionId = session.sessionId;
                        reminder.offsetMinutes = (int) offset.toMinutes();
                        fresh.add(reminder);
                    }
                    setTo(reminder, session, offset, now);
                }
                return fresh.isEmpty() ? Uni.createFrom().voidItem()
                        : Multi.createFrom().iterable(fresh).onItem()
                                .transformToUniAndConcatenate(reminders::persist).collect().last().replaceWithVoid();
            });
        });
    }

    /** Drops the session's reminders not sent yet (cancelled, missed or completed). */
    public Uni<Void> drop(String tenant, UUID sessionId, Instant now) {
        return reminders.ofSession(tenant, sessionId).invoke(found -> found.stream()
                .filter(r -> r.status == Reminder.Status.SCHEDULED)
                .forEach(r -> {
                    r.status = Reminder.Status.DROPPED;
                    r.updatedAt = now;
                })).replaceWithVoid();
    }

    /** Drops every reminder of a client not sent yet (erasure). */
    public Uni<Void> dropForClient(String tenant, UUID clientId, Instant now) {
        return reminders.update("status = :dropped, updatedAt = :now where tenant = :tenant and clientId = :client"
                        + " and status = :scheduled", Map.of("dropped", Reminder.Status.DROPPED, "now", now,
                        "tenant", tenant, "client", clientId, "scheduled", Reminder.Status.SCHEDULED))
                .replaceWithVoid();
    }

    private static void setTo(Reminder reminder, SessionCopy session, Duration offset, Instant now) {
        Instant due = ReminderSchedule.dueAt(session.startsAt, session.zone(), offset);
        boolean moved = reminder.dueAt == null || !reminder.dueAt.equals(due)
                || !session.startsAt.equals(reminder.sessionStartsAt);
        reminder.clientId = session.clientId;
        reminder.sessionStartsAt = session.startsAt;
        reminder.dueAt = due;
        if (session.status != SessionCopy.Status.BOOKED) {
            reminder.status = Reminder.Status.DROPPED;
        } else if (moved || reminder.status == null) {
            reminder.status = due.isAfter(now) ? Reminder.Status.SCHEDULED : Reminder.Status.SKIPPED;
            reminder.sentAt = null;
        }
        reminder.updatedAt = now;
    }
}
