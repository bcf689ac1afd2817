package io.remedy.booking.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Sessions' histories; every query is scoped by tenant. */
@ApplicationScoped
public class SessionChangeRepository implements PanacheRepositoryBase<SessionChange, UUID> {

    /** A page of a session's changes, oldest first, after position {@code after} (null: from the start). */
    public Uni<List<SessionChange>> history(String tenant, UUID sessionId, Long after, int limit) {
        return find("tenant = ?1 and sessionId = ?2 and seq > ?3 order by seq", tenant, sessionId,
                after == null ? 0L : after).page(0, limit).list();
    }
}
