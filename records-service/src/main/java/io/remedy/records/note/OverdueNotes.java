package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.remedy.contracts.records.NoteOverdue;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.reactive.SafeContext;
import io.remedy.records.common.Instants;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.List;

/**
 * Announces {@code note.overdue} once per note still unsigned after its due time. Safe with several replicas:
 * each scan claims notes with {@code FOR UPDATE SKIP LOCKED} and marks them in the same transaction as their
 * outbox events, so no note is announced twice and none is skipped for good.
 */
@ApplicationScoped
public class OverdueNotes {

    static final String CLAIM = """
            SELECT * FROM session_note
            WHERE status IN ('DUE', 'DRAFT') AND due_at <= :now AND overdue_published_at IS NULL
            ORDER BY due_at
            LIMIT :batch
            FOR UPDATE SKIP LOCKED""";

    private final Outbox outbox;
    private final NotesConfig config;
    private final Vertx vertx;
    private volatile boolean stopping;

    public OverdueNotes(Outbox outbox, NotesConfig config, Vertx vertx) {
        this.outbox = outbox;
        this.config = config;
        this.vertx = vertx;
    }

    @Scheduled(identity = "overdue-notes", every = "${remedy.records.notes.overdue-scan-every}",
            delayed = "${remedy.records.notes.overdue-scan-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledScan() {
        return stopping ? Uni.createFrom().voidItem() : scan().replaceWithVoid();
    }

    void onStop(@Observes ShutdownEvent event) {
        // the database pool closes during shutdown: a scan then would only fail
        stopping = true;
    }

    /** One scan: announces a batch of overdue notes; returns how many. */
    public Uni<Integer> scan() {
        Context context = SafeContext.create(vertx);
        return Uni.createFrom().voidItem()
                .emitOn(SafeContext.executor(context))
                .chain(() -> Panache.withTransaction(this::announceBatch))
                .invoke(count -> {
                    if (count > 0) {
                        Log.infof("Announced %d overdue session notes", count);
                    }
                })
                .onFailure().invoke(failure -> {
                    if (!stopping) {
                        Log.warnf("Overdue-note scan failed: %s", failure.toString());
                    }
                })
                .onFailure().recoverWithItem(0);
    }

    private Uni<Integer> announceBatch() {
        Instant now = Instants.now();
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, SessionNote.class)
                .setParameter("now", now)
                .setParameter("batch", config.overdueBatch())
                .getResultList())
                .flatMap(claimed -> announce(claimed, now).replaceWith(claimed.size()));
    }

    private Uni<Void> announce(List<SessionNote> claimed, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SessionNote note : claimed) {
            chain = chain.chain(() -> {
                note.overduePublishedAt = now;
                return outbox.append(OutgoingEvent.of(new NoteOverdue(note.id, note.sessionId, note.clientId,
                        note.therapistId, note.therapistUserId, note.locationId, note.locationCode,
                        note.timeZone == null ? "UTC" : note.timeZone, note.sessionStartsAt, note.dueAt),
                        note.tenant));
            });
        }
        return chain;
    }
}
