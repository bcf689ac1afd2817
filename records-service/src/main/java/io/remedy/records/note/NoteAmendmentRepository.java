package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.platform.paging.Cursor;
import io.remedy.records.common.Keyset;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Amendments of signed notes; every query is scoped by tenant. */
@ApplicationScoped
public class NoteAmendmentRepository implements PanacheRepositoryBase<NoteAmendment, UUID> {

    public Uni<List<NoteAmendment>> page(String tenant, UUID noteId, Cursor.Keyset after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "note", noteId));
        String query = "tenant = :tenant and noteId = :note" + Keyset.after("amendedAt", after, params)
                + " order by amendedAt, id";
        return find(query, params).range(0, limit - 1).list();
    }

    public Uni<List<NoteAmendment>> forClient(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 order by amendedAt, id", tenant, clientId);
    }

    public Uni<NoteAmendment> findForNote(String tenant, UUID noteId, UUID amendmentId) {
        return find("tenant = ?1 and noteId = ?2 and id = ?3", tenant, noteId, amendmentId).firstResult();
    }
}
