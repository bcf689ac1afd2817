package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Session notes; every query is scoped by tenant. */
@ApplicationScoped
public class SessionNoteRepository implements PanacheRepositoryBase<SessionNote, UUID> {

    /** Notes still to be written or signed, in these states. */
    static final List<NoteStatus> UNSIGNED = List.of(NoteStatus.DUE, NoteStatus.DRAFT);

    public Uni<List<SessionNote>> forSession(String tenant, UUID sessionId) {
        return list("tenant = ?1 and sessionId = ?2 order by createdAt", tenant, sessionId);
    }

    public Uni<SessionNote> dueFor(String tenant, UUID sessionId) {
        return find("tenant = ?1 and sessionId = ?2", tenant, sessionId).firstResult();
    }

    public Uni<SessionNote> findInSession(String tenant, UUID sessionId, UUID noteId) {
        return find("tenant = ?1 and sessionId = ?2 and id = ?3", tenant, sessionId, noteId).firstResult();
    }

    public Uni<List<SessionNote>> forClient(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by sessionStartsAt, id", tenant, clientId);
    }

    /**
     * Overdue notes (unsigned after their due time) the caller may see, by due time: at these locations (by code;
     * null = all), or owed by this therapist (by login), optionally at one location.
     */
    public Uni<List<SessionNote>> overdue(String tenant, Collection<String> locationCodes, String therapistUserId,
                                          UUID locationId, Instant now, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "unsigned", UNSIGNED, "now", now));
        StringBuilder query = new StringBuilder("tenant = :tenant and status in :unsigned and dueAt <= :now");
        if (locationCodes != null) {
            List<String> visible = new ArrayList<>();
            if (!locationCodes.isEmpty()) {
                visible.add("locationCode in :codes");
                params.put("codes", locationCodes);
            }
            if (therapistUserId != null) {
                visible.add("therapistUserId = :therapist");
                params.put("therapist", therapistUserId);
            }
            if (visible.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            query.append(" and (").append(String.join(" or ", visible)).append(")");
        }
        if (locationId != null) {
            query.append(" and locationId = :location");
            params.put("location", locationId);
        }
        query.append(Keyset.after("dueAt", after, params)).append(" order by dueAt, id");
        return find(query.toString(), params).range(0, limit - 1).list();
    }
}
