package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Session notes; every query is scoped by tenant. */
@ApplicationScoped
public class SessionNoteRepository implements PanacheRepositoryBase<SessionNote, UUID> {

    public Uni<List<SessionNote>> forSession(String tenant, UUID sessionId) {
        return list("tenant = ?1 and sessionId = ?2 order by createdAt", tenant, sessionId);
    }

    public Uni<SessionNote> dueFor(String tenant, UUID sessionId) {
        return find("tenant = ?1 and sessionId = ?2", tenant, sessionId).firstResult();
    }
}
