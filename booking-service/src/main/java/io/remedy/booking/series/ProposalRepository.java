package io.remedy.booking.series;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.remedy.booking.session.Session;
import io.remedy.booking.session.SessionLifecycle;
import io.remedy.platform.paging.Cursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Series proposals; every query is scoped by tenant. */
@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<SessionProposal, UUID> {

    /**
     * The client's live session (booked, checked in or completed) that overlaps {@code [from, until)}, if any: a date
     * of a series the client is already booked at, or busy at.
     */
    public Uni<Session> clientsLiveSession(String tenant, UUID clientId, Instant from, Instant until) {
        return Session.<Session>find("tenant = ?1 and clientId = ?2 and status in ?3 and startsAt < ?4"
                        + " and blockedUntil > ?5 order by startsAt", tenant, clientId, SessionLifecycle.LIVE, until, from)
                .firstResult();
    }

    public Uni<SessionProposal> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResult();
    }

    /** The proposal, locked until the transaction ends: two confirmations of one proposal run one after the other. */
    public Uni<SessionProposal> lockInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Every proposal of a plan. */
    public Uni<List<SessionProposal>> ofPlan(String tenant, UUID planId) {
        return list("tenant = ?1 and planId = ?2", tenant, planId);
    }

    /**
     * A page of a client's current (open or confirmed) proposals, newest first, optionally only at some locations
     * or of one therapist.
     */
    public Uni<List<SessionProposal>> currentOf(String tenant, UUID clientId, Collection<UUID> locationIds,
                                                UUID therapistId, Cursor.Keyset after, int limit) {
        StringBuilder query = new StringBuilder("tenant = :tenant and clientId = :client and status in :current");
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "client", clientId,
                "current", List.of(SessionProposal.Status.OPEN, SessionProposal.Status.CONFIRMED)));
        if (locationIds != null || therapistId != null) {
            List<String> visible = new ArrayList<>();
            if (locationIds != null && !locationIds.isEmpty()) {
                visible.add("locationId in :locations");
                params.put("locations", locationIds);
            }
            if (therapistId != null) {
                visible.add("therapistId = :therapist");
                params.put("therapist", therapistId);
            }
            if (visible.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            query.append(" and (").append(String.join(" or ", visible)).append(")");
        }
        if (after != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
