package io.remedy.notification.reminder;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reminders; queries for callers are scoped by tenant. */
@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<Reminder, UUID> {

    public Uni<List<Reminder>> ofSession(String tenant, UUID sessionId) {
        return list("tenant = :tenant and sessionId = :session order by dueAt",
                Map.of("tenant", tenant, "session", sessionId));
    }

    /**
     * Scheduled reminders whose time came, locked for this sender; rows another replica holds are skipped
     * ({@code FOR UPDATE SKIP LOCKED}), so a reminder is sent by one replica, once.
     */
    public Uni<List<Reminder>> lockDue(Instant now, int limit) {
        return getSession().flatMap(session -> session
                .createNativeQuery("""
                        select * from reminder
                        where status = 'SCHEDULED' and due_at <= :now
                        order by due_at
                        limit :limit
                        for update skip locked""", Reminder.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setLockMode(LockMode.NONE)
                .getResultList());
    }
}
